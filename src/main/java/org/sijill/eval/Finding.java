package org.sijill.eval;

/** A gold item extraction missed, or an item it proposed that the gold does not have. */
public record Finding(Category category, boolean missed, String text) implements Comparable<Finding> {
  @Override
  public int compareTo(Finding o) {
    int c = category.compareTo(o.category);
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(!missed, !o.missed);
    return c != 0 ? c : text.compareTo(o.text);
  }

  /** "missed move trapit-bansal: openai > meta". */
  public String format() {
    return (missed ? "missed " : "false ") + category.singular() + " " + text;
  }
}
