package org.sijill.extract;

import org.sijill.facts.CompanyKind;

/**
 * A company's word, indefinite, and up to three definite words of its trade before a name between
 * quotes ("شركة المدفوعات «سترايب»"، "لشركة المؤثرات البصرية «ويتا ديجيتال»"، "شركة الأمن السيبراني
 * الإسرائيلية «ويز»"): the name is the company's. "الشركة" (the company already named) is no such word.
 */
final class KindBeforeQuotes {
  /** How many definite words of the trade may come between the company's word and the quotes. */
  private static final int TRADE = 3;

  private final Lexicon lex;

  KindBeforeQuotes(Lexicon lex) {
    this.lex = lex;
  }

  /** Whether the quotes that open before word {@code first} follow such a company's word and its trade. */
  boolean named(Tokens t, int first) {
    if (first < 2 || t.gapBefore(first).strip().length() != 1) {
      return false;
    }
    for (int k = first - 1; k >= 1 && first - k <= TRADE; k--) {
      if (!t.raw(k).startsWith("ال") || !t.gapBefore(k).isBlank() || lex.isFunctionWord(t.get(k).norm())) {
        return false;
      }
      Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(k - 1).norm());
      if (cue != null && !cue.prefix().endsWith("ال") && !t.raw(k - 1).startsWith("ال")
          && lex.orgCues().get(cue.stem()) == CompanyKind.COMPANY && !lex.platformCues().contains(cue.stem())) {
        return true;
      }
    }
    return false;
  }
}
