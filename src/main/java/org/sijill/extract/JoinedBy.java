package org.sijill.extract;

/**
 * The organisation joined after a verb that takes بـ ({@code moves.txt} [join-by]: "التحق"): the
 * first organisation after the verb written with بـ ("بـOpenAI"، "بشركة X"), even past a description
 * between commas ("التحق أ، الذي كان رئيسًا لشركة X، بـY": Y, not X).
 */
final class JoinedBy {
  private JoinedBy() {}

  /** The organisation joined with بـ after the verb at word {@code k}, or null. */
  static String destination(Lexicon lex, SentenceView v, int k) {
    Tokens t = v.tokens();
    if (lex.reading(lex.moves().joinBy(), t.get(k).norm()) == null) {
      return null;
    }
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() > k && by(lex, t, o)) {
        return o.mention().id();
      }
    }
    return null;
  }

  /** Whether organisation {@code o} is written with بـ: on its first word, alone before it, or on a word of company. */
  private static boolean by(Lexicon lex, Tokens t, Gazetteer.Match o) {
    int i = o.first();
    if (o.mention().start() > t.get(i).start()) {
      return t.raw(i).startsWith("ب");
    }
    if (i == 0 || t.gapBefore(i).contains("،")) {
      return false;
    }
    String before = t.get(i - 1).norm();
    return before.equals("ب") || before.length() > 2 && before.charAt(0) == 'ب' && lex.orgCues().containsKey(before.substring(1));
  }
}
