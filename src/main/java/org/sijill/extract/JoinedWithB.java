package org.sijill.extract;

import java.util.Set;

/**
 * Joining verbs whose destination takes "بـ" ({@code moves.txt} [to-with-b]: "التحق أ بـ«ميتا»"،
 * "التحاقه بشركة X"): an organisation with ب on it or just before it (an organisation word between
 * allowed) after such a verb, past the mover's name and description, is joined.
 */
final class JoinedWithB {
  /**
   * How many words before the organisation the verb may be: a name and a description or a relative
   * clause between ("التحق أ، الذي كان رئيسًا لشركة X …، بـOpenAI").
   */
  private static final int REACH = 16;

  /** The verbs, read once: an unmodifiable set. */
  private static final Set<String> VERBS = Set.copyOf(Lexicon.normSet(DataFile.load("moves.txt").words("to-with-b")));

  private JoinedWithB() {}

  /** Whether organisation {@code m} of {@code t} is the destination of such a verb. */
  static boolean joined(Lexicon lex, Tokens t, Gazetteer.Match[] spans, Gazetteer.Match m) {
    int j = m.first();
    String clitic = ArabicText.normalizeString(t.normalized().original().substring(t.get(j).start(), m.mention().start()));
    boolean cue = !clitic.endsWith("ب") && j > 0 && spans[j - 1] == null && lex.reading(lex.orgCues(), t.get(j - 1).norm()) != null;
    if (cue) {
      j--;
      clitic = lex.reading(lex.orgCues(), t.get(j).norm()).prefix();
    }
    if (!clitic.endsWith("ب") && !(j > 0 && t.raw(j - 1).replace("ـ", "").equals("ب") && j-- > 0)) {
      return false;
    }
    for (int k = j - 1; k >= 0 && j - k <= REACH; k--) {
      if (lex.reading(VERBS, t.get(k).norm()) != null) {
        return true;
      }
    }
    return false;
  }
}
