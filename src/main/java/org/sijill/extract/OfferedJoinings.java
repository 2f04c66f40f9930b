package org.sijill.extract;

import java.util.List;
import java.util.Set;

/**
 * A joining offered to others ("حملة توظيف أطلقها أ، الرئيس التنفيذي لـ«ميتا»، عرض خلالها على
 * عشرات الباحثين الانضمام إلى الفريق"): a verb of offering ({@code moves.txt} [offering]) with "على"
 * before the joining within a few words tells the offer, not a move, of anyone named before the verb.
 */
final class OfferedJoinings implements Triggered {
  /** How many words may stand between the verb and "على", and between "على" and the joining. */
  private static final int REACH = 6;

  private final Lexicon lex;
  private final Set<String> verbs;

  OfferedJoinings(Lexicon lex) {
    this.lex = lex;
    this.verbs = Lexicon.normSet(DataFile.load("moves.txt").words("offering"));
  }

  @Override
  public Set<String> triggers() {
    return verbs;
  }

  /** {@code found} without the moves of people named before an offer of joining. */
  List<MoveFinder.Found> without(SentenceView v, List<MoveFinder.Found> found) {
    int verb = offer(v.tokens());
    if (verb < 0 || found.isEmpty()) {
      return found;
    }
    return found.stream().filter(f -> v.people().stream()
        .noneMatch(p -> p.mention().id().equals(f.person()) && p.last() < verb)).toList();
  }

  /** The word of a verb of offering followed by "على" and then a joining, or -1. */
  private int offer(Tokens t) {
    for (int k = 0; k < t.size(); k++) {
      if (lex.reading(verbs, t.get(k).norm()) == null) {
        continue;
      }
      for (int j = k + 1; j < t.size() && j <= k + REACH; j++) {
        if (!t.get(j).norm().equals("علي")) {
          continue;
        }
        for (int m = j + 1; m < t.size() && m <= j + REACH; m++) {
          if (lex.reading(lex.moves().offer(), t.get(m).norm()) != null && t.get(m).norm().startsWith("ال") && !t.get(m).norm().startsWith("العرض")) {
            return k;
          }
        }
      }
    }
    return -1;
  }
}
