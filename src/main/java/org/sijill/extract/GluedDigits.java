package org.sijill.extract;

/**
 * Digits written onto the end of a one-word Latin name with no space ("G42"): part of the name,
 * which is then one word as a whole, an organisation after its cue ("مجموعة G42") and no lone
 * letter "G"; with no cue it is no name ("o3 من OpenAI و R1 من DeepSeek": a model).
 */
final class GluedDigits {
  private GluedDigits() {}

  /** The last word of the Latin run {@code [first, last]} with glued digits after it taken in. */
  static int end(Tokens t, int first, int last, Gazetteer.Match[] spans) {
    int next = last + 1;
    boolean glued = first == last && next < t.size() && spans[next] == null && t.get(next).script() == Token.Script.NUMBER
        && t.gapBefore(next).isEmpty() && (next + 1 >= t.size() || !t.gapBefore(next + 1).isEmpty());
    return glued ? next : last;
  }

  /** Whether {@code [first, last]} is one Latin word with its glued digits. */
  static boolean glued(Tokens t, int first, int last) {
    return last == first + 1 && t.get(last).script() == Token.Script.NUMBER && t.gapBefore(last).isEmpty();
  }
}
