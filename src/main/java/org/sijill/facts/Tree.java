package org.sijill.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML value about to be written: a scalar, or a mapping or sequence in block or flow style.
 * {@link TreeEmitter} renders it; {@link Scalars} decides how each scalar is quoted.
 */
public sealed interface Tree {
  /**
   * A scalar; a {@code verbatim} one (a number, a date) is written plain whenever the syntax
   * allows.
   */
  record Scalar(String value, boolean verbatim) implements Tree {}

  record Entry(String key, Tree value) {}

  record Mapping(List<Entry> entries, boolean flow) implements Tree {
    public Mapping {
      entries = List.copyOf(entries);
    }
  }

  record Sequence(List<Tree> items, boolean flow) implements Tree {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  static Scalar text(String value) {
    return new Scalar(value, false);
  }

  static Scalar verbatim(String value) {
    return new Scalar(value, true);
  }

  /** A number without exponent: 14300000000, not 1.43E+10. */
  static Scalar number(BigDecimal value) {
    return verbatim((value.scale() < 0 ? value.setScale(0) : value).toPlainString());
  }

  static Sequence flowList(List<String> values) {
    return new Sequence(values.stream().map(Tree::text).map(Tree.class::cast).toList(), true);
  }

  /** Builds a mapping in key order, leaving out absent values and empty lists. */
  final class MappingBuilder {
    private final List<Entry> entries = new ArrayList<>();
    private final boolean flow;

    MappingBuilder(boolean flow) {
      this.flow = flow;
    }

    MappingBuilder put(String key, Tree value) {
      boolean empty =
          value == null
              || (value instanceof Sequence s && s.items().isEmpty())
              || (value instanceof Mapping m && m.entries().isEmpty())
              || (value instanceof Scalar s && s.value() == null);
      if (!empty) {
        entries.add(new Entry(key, value));
      }
      return this;
    }

    MappingBuilder text(String key, String value) {
      return put(key, value == null ? null : Tree.text(value));
    }

    MappingBuilder verbatim(String key, String value) {
      return put(key, value == null ? null : Tree.verbatim(value));
    }

    MappingBuilder number(String key, BigDecimal value) {
      return put(key, value == null ? null : Tree.number(value));
    }

    Mapping build() {
      return new Mapping(entries, flow);
    }
  }

  static MappingBuilder block() {
    return new MappingBuilder(false);
  }

  static MappingBuilder flow() {
    return new MappingBuilder(true);
  }
}
