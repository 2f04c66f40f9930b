package org.sijill.extract;

/**
 * A text normalised for matching ({@link ArabicText#normalize}) that remembers where each of its
 * characters came from: character {@code i} of {@link #text()} was produced by
 * {@code original[starts[i], ends[i])}.
 */
public record Normalized(String original, String text, int[] starts, int[] ends) {
  /** Offset in {@link #original()} of normalised index {@code i} (the original length at the end). */
  public int originalStart(int i) {
    return i < starts.length ? starts[i] : original.length();
  }

  /** Offset in {@link #original()} just past the source of normalised {@code [.., i)}. */
  public int originalEnd(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }
}
