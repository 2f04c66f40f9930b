package org.sijill.extract;

import java.util.regex.Pattern;

/**
 * A name between quotes is one name, even when its first words are a known organisation's
 * ("«أمازون ويب سيرفيسز»" is Amazon's cloud arm, not Amazon followed by two words): the quotes
 * close after one to {@link #MORE} more Arabic words, none of them a function word nor a word of
 * the company's own full name ({@code organisations.txt} [own-words]: "«ميتا بلاتفورمز»" is Meta).
 */
final class QuotedWhole {
  /** The most words after the known name inside the quotes. */
  static final int MORE = 3;
  private static final Pattern OPENING = Pattern.compile("[\"«“„]\\s*$");
  private static final Pattern CLOSING = Pattern.compile("^\\s*[\"»”]");

  private final Lexicon lex;
  private final java.util.Set<String> own;

  QuotedWhole(Lexicon lex) {
    this.lex = lex;
    this.own = Lexicon.normSet(DataFile.load("organisations.txt").words("own-words"));
  }

  /** The last word of the quoted name that a known name from {@code first} to {@code last} starts, or -1. */
  int end(Tokens t, int first, int last) {
    if (!OPENING.matcher(t.gapBefore(first)).find() || CLOSING.matcher(t.gapAfter(last)).find()) {
      return -1;
    }
    for (int j = last + 1; j < t.size() && j <= last + MORE; j++) {
      if (!t.gapBefore(j).equals(" ") || !t.get(j).arabic() || lex.isFunctionWord(t.get(j).norm()) || lex.reading(own, t.get(j).norm()) != null) {
        return -1;
      }
      if (CLOSING.matcher(t.gapAfter(j)).find()) {
        return j;
      }
    }
    return -1;
  }
}
