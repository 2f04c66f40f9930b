package org.sijill.extract;

/**
 * A date that a preposition starts ("ضخّت في حزيران/يونيو نحو 14.3 مليار دولار في X"): the
 * preposition starts a time, not the deal's object, and the date's words, a month given twice
 * ("حزيران/يونيو"، "أيلول (سبتمبر)") with them, count as none in a distance.
 */
final class DatedPhrases {
  private DatedPhrases() {}

  /** The words of the date that starts at word {@code j} of {@code v}, its preposition with it, or 0. */
  static int at(SentenceView v, int j) {
    Tokens t = v.tokens();
    int last = j >= t.size() ? -1 : dateFrom(v, j);
    if (last < 0) {
      return 0;
    }
    for (int next = last + 1; next < t.size() && (t.gapBefore(next).contains("/") || t.gapBefore(next).contains("(")); ) {
      int more = dateFrom(v, next);
      if (more < 0) {
        break;
      }
      last = more;
      next = more + 1;
    }
    return last - j + 1;
  }

  /** The last word of the date starting at word {@code j}, or -1. */
  private static int dateFrom(SentenceView v, int j) {
    Tokens t = v.tokens();
    int start = t.get(j).start();
    for (Value val : v.values()) {
      if (val instanceof DateValue d && d.start() == start) {
        int last = t.indexAt(d.end() - 1);
        return last >= j ? last : -1;
      }
    }
    return -1;
  }
}
