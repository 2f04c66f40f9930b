package org.sijill.extract;

import java.util.Set;

/**
 * The organisation that announces, in the sentence, a move told with a pronoun for where the mover
 * goes: "أعلنت شركة آبل أن أ، كبيرة المسؤولين في ميتا، ستنضم إليها" joins Apple, the one that
 * announced ({@code moves.txt} [announcing] right before the organisation or its word).
 */
final class Announcer {
  private final Lexicon lex;
  private final Set<String> verbs;

  Announcer(Lexicon lex) {
    this.lex = lex;
    this.verbs = Lexicon.normSet(DataFile.load("moves.txt").words("announcing"));
  }

  /** The key of the organisation right after a verb of announcing before word {@code k}, or null. */
  String before(SentenceView v, int k) {
    Tokens t = v.tokens();
    for (int j = 0; j + 1 < k; j++) {
      Clitics.Stripped verb = v.spans()[j] == null ? lex.reading(verbs, t.get(j).norm()) : null;
      if (verb == null || !(verb.prefix().isEmpty() || lex.clitics().isConjunctionOnly(verb.prefix()))) {
        continue;
      }
      int o = j + 1;
      o = v.spans()[o] == null && lex.reading(lex.orgCues(), t.get(o).norm()) != null ? o + 1 : o;
      Gazetteer.Match m = o < k ? v.spans()[o] : null;
      if (m != null && m.first() == o && v.organisation(m)) {
        return m.mention().id();
      }
    }
    return null;
  }
}
