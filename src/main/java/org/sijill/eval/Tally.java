package org.sijill.eval;

import java.util.Locale;

/** How many items the gold has, extraction found, and of those were correct. */
public record Tally(int gold, int found, int correct) {
  public static final Tally ZERO = new Tally(0, 0, 0);

  public Tally plus(Tally o) {
    return new Tally(gold + o.gold, found + o.found, correct + o.correct);
  }

  /** Correct over found; 1 when nothing was found. */
  public double precision() {
    return found == 0 ? 1.0 : (double) correct / found;
  }

  /** Correct over gold; 1 when the gold has nothing. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** "gold/found/correct". */
  public String brief() {
    return String.format(Locale.ROOT, "%d/%d/%d", gold, found, correct);
  }
}
