package org.sijill.site;

import java.util.List;

/**
 * Text to show, in a language ({@code ar} or {@code en}), cut into runs: a run with {@code bdi} set
 * is in the other script (a Latin name inside Arabic text) and is isolated with {@code <bdi>}.
 */
public record Txt(String lang, String dir, List<Run> runs) {
  public Txt {
    runs = List.copyOf(runs);
  }

  /** One stretch of text; {@code bdi} when it is in the script foreign to the text's language. */
  public record Run(String text, boolean bdi) {}

  /** The text without markup. */
  public String plain() {
    StringBuilder out = new StringBuilder();
    for (Run run : runs) {
      out.append(run.text());
    }
    return out.toString();
  }
}
