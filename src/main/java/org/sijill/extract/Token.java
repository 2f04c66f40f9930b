package org.sijill.extract;

/**
 * One word of a text: its normalised form, its {@code [start, end)} offsets in the original text,
 * its {@code [normStart, normEnd)} offsets in the normalised text, and its script.
 */
public record Token(String norm, int start, int end, int normStart, int normEnd, Script script) {
  /** The script class a token is made of. */
  public enum Script {
    ARABIC, LATIN, NUMBER, OTHER
  }

  public boolean arabic() {
    return script == Script.ARABIC;
  }

  public boolean latin() {
    return script == Script.LATIN;
  }
}
