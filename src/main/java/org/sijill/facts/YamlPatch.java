package org.sijill.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Additions to the text of a YAML file that leave every other byte as it was: comments, key order,
 * quoting, blank lines and line endings. Each addition is placed using the positions SnakeYAML
 * recorded for the original text, so several can be collected and applied at once.
 */
public final class YamlPatch {
  private final YamlDocument doc;
  private final String lineBreak;
  private final List<Edit> edits = new ArrayList<>();

  /** Text replacing {@code [start, end)}; at one offset, deeper edits come first. */
  private record Edit(int start, int end, int depth, int order, String text) {}

  public YamlPatch(YamlDocument doc) {
    this.doc = doc;
    this.lineBreak = doc.text().contains("\r\n") ? "\r\n" : "\n";
  }

  public boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Whether the file has a value at {@code pointer}. */
  public boolean has(String pointer) {
    return doc.node(pointer).isPresent();
  }

  /** Appends {@code items} to the sequence at {@code pointer}, in the sequence's own style. */
  public YamlPatch append(String pointer, List<? extends Tree> items) {
    SequenceNode seq = require(pointer, SequenceNode.class);
    if (items.isEmpty()) {
      return this;
    }
    if (seq.getFlowStyle().equals(FlowStyle.FLOW)) {
      StringBuilder text = new StringBuilder();
      for (Tree item : items) {
        text.append(text.length() > 0 || !seq.getValue().isEmpty() ? ", " : "")
            .append(TreeEmitter.inline(item, true));
      }
      return add(flowEnd(seq), pointer, text.toString());
    }
    int dash = seq.getStartMark().getColumn();
    int content = seq.getValue().get(0).getStartMark().getColumn();
    StringBuilder text = new StringBuilder();
    items.forEach(item -> text.append(TreeEmitter.item(item, dash, content)));
    return add(afterLine(seq), pointer, text.toString());
  }

  /** Adds {@code key} (absent so far) at the end of the mapping at {@code pointer}. */
  public YamlPatch addKey(String pointer, String key, Tree value) {
    MappingNode mapping = require(pointer, MappingNode.class);
    if (YamlDocument.entry(mapping, key) != null) {
      throw new IllegalArgumentException(doc.path() + ": " + pointer + " already has " + key);
    }
    if (mapping.getFlowStyle().equals(FlowStyle.FLOW)) {
      String entry = key + ": " + TreeEmitter.inline(value, true);
      return add(flowEnd(mapping), pointer, mapping.getValue().isEmpty() ? entry : ", " + entry);
    }
    int column = mapping.getStartMark().getColumn();
    return add(afterLine(mapping), pointer, TreeEmitter.entry(key, value, column));
  }

  /** Appends to the sequence at {@code pointer}/{@code key}, or adds the key with those items. */
  public YamlPatch appendOrAdd(
      String pointer, String key, List<? extends Tree> items, boolean flowIfNew) {
    if (items.isEmpty()) {
      return this;
    }
    String child = JsonPointers.child(pointer, key);
    if (doc.node(child).isPresent()) {
      return append(child, items);
    }
    return addKey(pointer, key, new Tree.Sequence(List.copyOf(items), flowIfNew));
  }

  /**
   * Replaces the value at {@code pointer} (for machine-owned values such as the ledger); a block
   * sequence stays a block sequence.
   */
  public YamlPatch replace(String pointer, Tree value) {
    Node node = require(pointer, Node.class);
    int start = doc.offset(node.getStartMark());
    int end = doc.offset(contentEnd(node));
    String text;
    if (node instanceof SequenceNode seq
        && isBlock(seq)
        && value instanceof Tree.Sequence items
        && !items.items().isEmpty()) {
      int dash = seq.getStartMark().getColumn();
      text =
          TreeEmitter.sequence(items, dash, seq.getValue().get(0).getStartMark().getColumn())
              .substring(dash);
      text = text.substring(0, text.length() - 1);
    } else {
      text = TreeEmitter.inline(value, inFlow(pointer));
    }
    edits.add(new Edit(start, end, depth(pointer), edits.size(), text));
    return this;
  }

  /** The patched text. */
  public String apply() {
    StringBuilder out = new StringBuilder(doc.text());
    int length = out.length();
    boolean atEnd = edits.stream().anyMatch(e -> e.start() == length && e.text().endsWith("\n"));
    int shift = 0;
    if (atEnd && length > 0 && "\r\n".indexOf(out.charAt(length - 1)) < 0) {
      out.append(lineBreak);
      shift = lineBreak.length();
    }
    List<Edit> ordered = new ArrayList<>(edits);
    ordered.sort(
        Comparator.comparingInt(Edit::start)
            .reversed()
            .thenComparingInt(Edit::depth)
            .thenComparing(Comparator.comparingInt(Edit::order).reversed()));
    for (Edit edit : ordered) {
      int start = edit.start() == length ? length + shift : edit.start();
      int end = edit.start() == length ? length + shift : edit.end();
      out.replace(start, end, edit.text().replace("\n", lineBreak));
    }
    return out.toString();
  }

  private YamlPatch add(int offset, String pointer, String text) {
    edits.add(new Edit(offset, offset, depth(pointer), edits.size(), text));
    return this;
  }

  private <N extends Node> N require(String pointer, Class<N> type) {
    Node node =
        doc.node(pointer)
            .orElseThrow(
                () -> new IllegalArgumentException(doc.path() + ": no value at " + pointer));
    if (!type.isInstance(node)) {
      throw new IllegalArgumentException(
          doc.path() + ": " + pointer + " is not a " + type.getSimpleName());
    }
    return type.cast(node);
  }

  private static int depth(String pointer) {
    return JsonPointers.tokens(pointer).size();
  }

  private static boolean isBlock(CollectionNode<?> node) {
    return !node.getFlowStyle().equals(FlowStyle.FLOW);
  }

  /** Whether the value at {@code pointer} sits inside a flow collection. */
  private boolean inFlow(String pointer) {
    String parent = pointer;
    while (!parent.isEmpty()) {
      parent = JsonPointers.parent(parent);
      if (doc.node(parent).orElse(null) instanceof CollectionNode<?> c && !isBlock(c)) {
        return true;
      }
    }
    return false;
  }

  /** Just after the last item of a flow collection, or after its opening bracket if empty. */
  private int flowEnd(CollectionNode<?> node) {
    if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
      return doc.offset(seq.getValue().get(seq.getValue().size() - 1).getEndMark());
    }
    if (node instanceof MappingNode map && !map.getValue().isEmpty()) {
      return doc.offset(map.getValue().get(map.getValue().size() - 1).getValueNode().getEndMark());
    }
    return doc.offset(node.getStartMark()) + 1;
  }

  /**
   * The start of the line after the last content of a block collection (after any comment there).
   */
  private int afterLine(Node node) {
    String text = doc.text();
    int end = doc.offset(contentEnd(node));
    if (end == 0 || "\r\n".indexOf(text.charAt(end - 1)) >= 0) {
      return end;
    }
    int newline = text.indexOf('\n', end);
    int cr = text.indexOf('\r', end);
    if (cr >= 0 && (newline < 0 || cr < newline)) {
      return cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? cr + 2 : cr + 1;
    }
    return newline < 0 ? text.length() : newline + 1;
  }

  /** Where a node's own text ends: block collections end with their last value. */
  private static Mark contentEnd(Node node) {
    if (node instanceof SequenceNode seq && isBlock(seq) && !seq.getValue().isEmpty()) {
      return contentEnd(seq.getValue().get(seq.getValue().size() - 1));
    }
    if (node instanceof MappingNode map && isBlock(map) && !map.getValue().isEmpty()) {
      NodeTuple last = map.getValue().get(map.getValue().size() - 1);
      return contentEnd(last.getValueNode());
    }
    return node.getEndMark();
  }
}
