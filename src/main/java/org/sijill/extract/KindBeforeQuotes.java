package org.sijill.extract;

import org.sijill.facts.CompanyKind;

/**
 * A company's word, indefinite, and one or two definite words of its trade before a name between
 * quotes ("شركة المدفوعات «سترايب»"، "لشركة الرقائق «آرم»"، "لشركة المؤثرات البصرية «ويتا ديجيتال»"):
 * the name is the company's. "الشركة" (the company already named) is no such word.
 */
final class KindBeforeQuotes {
  private final Lexicon lex;

  KindBeforeQuotes(Lexicon lex) {
    this.lex = lex;
  }

  /** Whether the quotes that open before word {@code first} follow such a company's word and its trade. */
  boolean named(Tokens t, int first) {
    if (first < 2 || !t.raw(first - 1).startsWith("ال") || !t.gapBefore(first - 1).isBlank() || t.gapBefore(first).strip().length() != 1
        || lex.isFunctionWord(t.get(first - 1).norm())) {
      return false;
    }
    int c = first > 2 && definite(t, first - 2) ? first - 3 : first - 2;
    Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(c).norm());
    return cue != null && !cue.prefix().endsWith("ال") && !t.raw(c).startsWith("ال")
        && lex.orgCues().get(cue.stem()) == CompanyKind.COMPANY && !lex.platformCues().contains(cue.stem());
  }

  /** Whether word {@code k} is a definite word of a trade: with the article, no function word, a blank before the next. */
  private boolean definite(Tokens t, int k) {
    return t.raw(k).startsWith("ال") && t.gapBefore(k + 1).isBlank() && !lex.isFunctionWord(t.get(k).norm());
  }
}
