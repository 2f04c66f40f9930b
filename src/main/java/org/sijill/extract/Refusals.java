package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * Offers turned down and moves made to the same organisation in one article. A refusal told as
 * earlier than the story ("وكان أ قد رفض في وقت سابق عرضًا من X": words of {@code moves.txt}
 * [earlier] near the verb of refusal) is a move of its own, declined, beside the one made later;
 * any other refusal of a person who then moves there is a step of the talks that led to the move
 * ("رفض أ عرضًا أوليًا … ضاعف X العرض"), no move of its own.
 */
final class Refusals {
  /** How far before and after the verb of refusal an [earlier] word may be. */
  private static final int BEFORE = 3;
  private static final int AFTER = 6;

  private final Lexicon lex;
  private final Set<String> earlier;

  Refusals(Lexicon lex) {
    this.lex = lex;
    this.earlier = Lexicon.normSet(DataFile.load("moves.txt").words("earlier"));
  }

  List<MoveFinder.Found> resolve(List<MoveFinder.Found> found, List<SentenceView> views) {
    List<MoveFinder.Found> out = new ArrayList<>();
    for (MoveFinder.Found f : found) {
      boolean madeLater = f.status() == MoveStatus.DECLINED && f.to() != null
          && found.stream().anyMatch(o -> o.status() != MoveStatus.DECLINED && o.person().equals(f.person()) && f.to().equals(o.to()));
      if (!madeLater || toldAsEarlier(f, views)) {
        out.add(f);
      }
    }
    return out;
  }

  private boolean toldAsEarlier(MoveFinder.Found f, List<SentenceView> views) {
    for (SentenceView v : views) {
      if (v.sentence().number() != f.source().sentence()) {
        continue;
      }
      Tokens t = v.tokens();
      for (int k = 0; k < t.size(); k++) {
        Clitics.Stripped r = lex.reading(lex.moves().triggers(), t.get(k).norm());
        if (r == null || lex.moves().triggers().get(r.stem()).kind() != MoveWords.Kind.DECLINE) {
          continue;
        }
        for (int j = Math.max(0, k - BEFORE); j < t.size() && j <= k + AFTER; j++) {
          if (earlier.contains(t.get(j).norm())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
