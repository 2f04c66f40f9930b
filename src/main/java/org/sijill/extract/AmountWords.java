package org.sijill.extract;

/**
 * How many words amounts of money take in a stretch of a sentence: a distance between a deal word
 * and its preposition counts an amount as no words ("استثمار ما يصل إلى 100 مليار دولار في X").
 */
final class AmountWords {
  private AmountWords() {}

  /** The words of the amounts of money that start in words {@code [from, to)} of {@code v}. */
  static int length(SentenceView v, int from, int to) {
    Tokens t = v.tokens();
    int words = 0;
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m) {
        int first = t.indexAt(m.start());
        int last = t.indexAt(m.end() - 1);
        if (first >= from && first < to && last >= first) {
          words += last - first + 1;
        }
      }
    }
    return words;
  }
}
