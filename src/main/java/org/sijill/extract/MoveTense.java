package org.sijill.extract;

import org.sijill.facts.MoveStatus;

/**
 * The status a move trigger's words give it: declined for a refusal; expected after talks, plans,
 * persuasion or a future verb shortly before it (unless "بعد" puts them in the past), or with a time
 * word ahead in its own clause; else completed. Words of {@code moves.txt} ([expected], [coming]).
 */
final class MoveTense {
  /** How many words before the trigger a word of [expected] may stand, and before a purpose. */
  private static final int REACH = 4;
  private static final int PURPOSE_REACH = 10;
  /** How many words after the trigger a time word ahead may stand. */
  private static final int COMING = 6;

  private MoveTense() {}

  /** The status of the move told by trigger {@code word} at word {@code k}. */
  static MoveStatus status(Lexicon lex, Around around, Tokens t, int k, MoveWords.Trigger word) {
    if (word.kind() == MoveWords.Kind.DECLINE) {
      return MoveStatus.DECLINED;
    }
    int reach = purposive(t, k, word) ? PURPOSE_REACH : REACH;
    for (int j = Math.max(0, k - reach); j <= k; j++) {
      if ((around.in(lex.moves().expected(), t.get(j).norm()) || future(lex, t.get(j).norm())) && !after(t, j)) {
        return MoveStatus.EXPECTED;
      }
    }
    return comingAfter(lex, t, k) ? MoveStatus.EXPECTED : MoveStatus.COMPLETED;
  }

  /**
   * Whether the trigger is a purpose ("لينضم", "بالانضمام", "للانضمام"), which takes the status of
   * the verb it follows: "سيغادر … منصبه لينضم إلى ميتا".
   */
  private static boolean purposive(Tokens t, int k, MoveWords.Trigger word) {
    String raw = ArabicText.normalizeString(t.raw(k));
    return word.purpose() || raw.startsWith("لي") || raw.startsWith("لت");
  }

  /** Whether a word is a move verb in the future tense, سـ before the imperfect, a conjunction allowed: "سيترك", "وسيترك". */
  private static boolean future(Lexicon lex, String w) {
    String f = w.length() > 4 && "وف".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == 'س' ? w.substring(1) : w;
    return f.length() > 3 && f.charAt(0) == 'س' && "يتن".indexOf(f.charAt(1)) >= 0 && lex.moves().triggers().containsKey(f.substring(1));
  }

  /** Whether "بعد" (after) shortly before word {@code j} puts it in the past: "بعد أشهر من المحادثات". */
  private static boolean after(Tokens t, int j) {
    for (int i = Math.max(0, j - 3); i < j; i++) {
      if (t.get(i).norm().equals("بعد")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trigger's clause dates it ahead: "تتقاعد في أواخر العام المقبل". */
  private static boolean comingAfter(Lexicon lex, Tokens t, int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + 1 + COMING); j++) {
      if (!t.gapBefore(j).isBlank() || lex.moves().clause().contains(t.get(j).norm())) {
        return false;
      }
      if (lex.moves().coming().contains(t.get(j).norm())) {
        return true;
      }
    }
    return false;
  }
}
