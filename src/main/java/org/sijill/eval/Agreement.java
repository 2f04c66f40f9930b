package org.sijill.eval;

/** Among the correct items, how many also agree on a detail the match does not require. */
public record Agreement(int right, int of) {
  public static final Agreement ZERO = new Agreement(0, 0);

  public Agreement plus(Agreement o) {
    return new Agreement(right + o.right, of + o.of);
  }

  public Agreement add(boolean agrees) {
    return new Agreement(right + (agrees ? 1 : 0), of + 1);
  }
}
