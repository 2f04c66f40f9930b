package org.sijill.extract;

import java.util.regex.Pattern;

/** Runs of words between quotation marks, found from their last word. */
final class QuotedRuns {
  private static final Pattern OPENING = Pattern.compile("[\"«“]\\s*$");

  private QuotedRuns() {}

  /**
   * The first word of the run that ends at word {@code last} and opens with a quotation mark, its
   * words apart by single spaces and at most {@code longest} of them; -1 if there is none.
   */
  static int opened(Tokens t, int last, int longest) {
    int first = last;
    while (first > 0 && last - first < longest && !OPENING.matcher(t.gapBefore(first)).find() && t.gapBefore(first).equals(" ")) {
      first--;
    }
    return OPENING.matcher(t.gapBefore(first)).find() ? first : -1;
  }
}
