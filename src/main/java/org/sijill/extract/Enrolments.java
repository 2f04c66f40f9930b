package org.sijill.extract;

import java.util.List;

/**
 * Joining to study is no move: an organisation followed by a purpose of study ("التحق أ بجامعة X
 * لدراسة …"، "للحصول على الدكتوراه": {@code moves.txt} [study]) is where the person enrolled, not an
 * employer joined.
 */
final class Enrolments {
  private Enrolments() {}

  static List<MoveFinder.Found> without(Lexicon lex, SentenceView v, List<MoveFinder.Found> found) {
    return found.stream().filter(f -> f.to() == null || !studied(lex, v, f.to())).toList();
  }

  /** Whether a word of study with لـ comes within two words after organisation {@code id} in the sentence. */
  private static boolean studied(Lexicon lex, SentenceView v, String id) {
    Tokens t = v.tokens();
    for (Gazetteer.Match o : v.organisations()) {
      if (!o.mention().id().equals(id)) {
        continue;
      }
      for (int j = o.last() + 1; j < t.size() && j <= o.last() + 3 && !t.gapBefore(j).contains("،"); j++) {
        Clitics.Stripped s = lex.reading(lex.moves().study(), t.get(j).norm());
        if (s != null && s.prefix().startsWith("ل")) {
          return true;
        }
      }
    }
    return false;
  }
}
