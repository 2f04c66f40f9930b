package org.sijill.extract;

import java.util.List;

/**
 * A new company of one's own told after a leaving ("وبعد خمسة أشهر من رحيله، كشف أ عن شركته الناشئة
 * الجديدة «X»، التي أسسها …": {@code moves.txt} [own-company], then words with the article, one of
 * [new] or a founding word after X) is where the leaving led: the person's last leaving with no
 * destination the article reported, even before a flashback, goes to X.
 */
final class NewCompanies {
  /** How many words after the company word X may start. */
  private static final int REACH = 3;

  private NewCompanies() {}

  /** {@code found}, after completing in {@code earlier} (the article's moves so far) the leaving a new company ends. */
  static List<MoveFinder.Found> completing(Lexicon lex, SentenceView v, List<MoveFinder.Found> earlier, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    for (int k = 1; k + 1 < t.size(); k++) {
      if (v.spans()[k] != null || lex.reading(lex.moves().ownCompany(), t.get(k).norm()) == null) {
        continue;
      }
      boolean fresh = false;
      int j = k + 1;
      while (j < t.size() && j <= k + REACH && v.spans()[j] == null && t.raw(j).startsWith("ال") && !t.gapBefore(j).contains("،")) {
        fresh |= lex.moves().fresh().contains(t.get(j).norm());
        j++;
      }
      Gazetteer.Match x = j < t.size() ? v.spans()[j] : null;
      if (x == null || x.first() != j || !v.organisation(x) || !(fresh || foundingAfter(lex, t, x.last()))) {
        continue;
      }
      Gazetteer.Match p = personBefore(v, k);
      String to = x.mention().id();
      for (int i = earlier.size() - 1; p != null && i >= 0; i--) {
        MoveFinder.Found f = earlier.get(i);
        if (f.person().equals(p.mention().id()) && f.to() == null && f.from() != null) {
          if (!f.from().equals(to)) {
            earlier.set(i, new MoveFinder.Found(f.person(), f.from(), to, f.date(), f.status(), f.source()));
          }
          break;
        }
      }
    }
    return found;
  }

  /** The person named last before word {@code k} in its sentence, or null. */
  private static Gazetteer.Match personBefore(SentenceView v, int k) {
    Gazetteer.Match out = null;
    for (Gazetteer.Match p : v.people()) {
      if (p.last() < k) {
        out = p;
      }
    }
    return out;
  }

  /** Whether a founding word comes within {@link #REACH} words after word {@code last} ("، التي أسسها"). */
  private static boolean foundingAfter(Lexicon lex, Tokens t, int last) {
    for (int j = last + 1; j < t.size() && j <= last + REACH; j++) {
      if (lex.reading(lex.moves().founded(), t.get(j).norm()) != null) {
        return true;
      }
    }
    return false;
  }
}
