package org.sijill.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Tree} as YAML text: block mappings with two-space indentation, block sequence
 * items indented under their key, flow collections on one line. Every line ends with {@code \n}.
 */
final class TreeEmitter {
  private TreeEmitter() {}

  /** The entries of a block mapping, each key at column {@code indent}. */
  static String mapping(Tree.Mapping mapping, int indent) {
    StringBuilder out = new StringBuilder();
    for (Tree.Entry entry : mapping.entries()) {
      out.append(entry(entry.key(), entry.value(), indent));
    }
    return out.toString();
  }

  /** One mapping entry with its key at column {@code indent}. */
  static String entry(String key, Tree value, int indent) {
    String head = " ".repeat(indent) + key + ":";
    if (value instanceof Tree.Mapping m && !m.flow()) {
      return head + "\n" + mapping(m, indent + 2);
    }
    if (value instanceof Tree.Sequence s && !s.flow()) {
      return head + "\n" + sequence(s, indent + 2, indent + 4);
    }
    return head + " " + inline(value, false) + "\n";
  }

  /** A block sequence: dashes at column {@code dash}, item content at column {@code content}. */
  static String sequence(Tree.Sequence sequence, int dash, int content) {
    StringBuilder out = new StringBuilder();
    for (Tree item : sequence.items()) {
      out.append(item(item, dash, content));
    }
    return out.toString();
  }

  /** One block sequence item. */
  static String item(Tree item, int dash, int content) {
    String prefix = " ".repeat(dash) + "-" + " ".repeat(Math.max(1, content - dash - 1));
    if (item instanceof Tree.Mapping m && !m.flow() && !m.entries().isEmpty()) {
      String lines = mapping(m, content);
      return prefix + lines.substring(content);
    }
    return prefix + inline(item, false) + "\n";
  }

  /** A scalar or a collection written in flow style, on one line. */
  static String inline(Tree tree, boolean inFlow) {
    if (tree instanceof Tree.Scalar s) {
      return Scalars.render(s.value(), inFlow, s.verbatim());
    }
    List<String> parts = new ArrayList<>();
    if (tree instanceof Tree.Mapping m) {
      m.entries().forEach(e -> parts.add(e.key() + ": " + inline(e.value(), true)));
      return "{" + String.join(", ", parts) + "}";
    }
    ((Tree.Sequence) tree).items().forEach(item -> parts.add(inline(item, true)));
    return "[" + String.join(", ", parts) + "]";
  }
}
