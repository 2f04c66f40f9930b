package org.sijill.extract;

import org.sijill.facts.CompanyKind;

/**
 * A company's word, indefinite, and one definite word of its trade before a name between quotes
 * ("شركة المدفوعات «سترايب»"، "لشركة الرقائق «آرم»"): the name is the company's. "الشركة" (the
 * company already named) is no such word.
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
    Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(first - 2).norm());
    return cue != null && !cue.prefix().endsWith("ال") && !t.raw(first - 2).startsWith("ال")
        && lex.orgCues().get(cue.stem()) == CompanyKind.COMPANY && !lex.platformCues().contains(cue.stem());
  }
}
