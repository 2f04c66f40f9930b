package org.sijill.extract;

/**
 * A verb of decision before a verbal noun of a move with its subject between ("يعتزم أ الانضمام
 * إلى X"، "قررت الباحثة أ الرحيل عن X"): the move is the subject's, as when the verb stands right
 * before the noun ({@code moves.txt} [intent]).
 */
final class Intents {
  private Intents() {}

  /** Whether a verb of [intent] stands right before word {@code k}, or with a word of [in-turn] between ("قررا بدورهما الرحيل"). */
  static boolean right(Lexicon lex, Around around, Tokens t, int k) {
    return around.in(lex.moves().intent(), t.get(k - 1).norm())
        || k > 1 && lex.moves().inTurn().contains(t.get(k - 1).norm()) && around.in(lex.moves().intent(), t.get(k - 2).norm());
  }

  /** Whether a verb of [intent] stands before the person named right before word {@code k}, a title word allowed before the name. */
  static boolean subjectBetween(Lexicon lex, Around around, Tokens t, int k) {
    Gazetteer.Match p = k > 0 ? around.spans()[k - 1] : null;
    if (p == null || p.mention().kind() != EntityKind.PERSON || p.last() != k - 1 || !t.gapBefore(k).isBlank()) {
      return false;
    }
    int j = p.first() - 1;
    if (j > 0 && around.spans()[j] == null && t.raw(j).startsWith("ال") && t.gapBefore(j + 1).isBlank()) {
      j--; // a title: "يعتزم الباحث أ الانضمام"
    }
    return j >= 0 && around.spans()[j] == null && t.gapBefore(j + 1).isBlank() && around.in(lex.moves().intent(), t.get(j).norm());
  }
}
