package org.sijill.extract;

/**
 * The subject of a verb in the pluperfect: a person named between a form of "كان" ({@code
 * moves.txt} [had]) and "قد" right before the verb ("وكان ديتكي قد رفض عرضاً …، قبل أن يلتقيه
 * زوكربيرغ"), so that no person named after the verb is taken for it.
 */
final class HadSubject {
  private static final String QAD = "قد";

  private HadSubject() {}

  /** The person so named before trigger word {@code k}, or null. */
  static Gazetteer.Match of(Lexicon lex, SentenceView v, int k) {
    Tokens t = v.tokens();
    if (k < 3 || !t.get(k - 1).norm().equals(QAD)) {
      return null;
    }
    Gazetteer.Match p = v.spans()[k - 2];
    if (p == null || p.mention().kind() != EntityKind.PERSON || p.last() != k - 2 || p.first() < 1) {
      return null;
    }
    return lex.reading(lex.moves().had(), t.get(p.first() - 1).norm()) != null ? p : null;
  }
}
