package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.MoveStatus;

/**
 * The status of people named among those a move with nobody named speaks of ("وسينضم نحو 55
 * مهندسًا من X إلى Y، من بينهم أ وب"): the move of the verb before the member word ({@code
 * moves.txt} member triggers), expected when that verb is ("سينضم", or a word of plans shortly
 * before it), as for everyone it speaks of.
 */
final class Members {
  /** How far before the verb a word of plans may be. */
  private static final int REACH = 4;

  private final Lexicon lex;

  Members(Lexicon lex) {
    this.lex = lex;
  }

  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> found) {
    List<MoveFinder.Found> out = new ArrayList<>();
    for (MoveFinder.Found f : found) {
      out.add(f.status() == MoveStatus.COMPLETED && expectedGroup(v, f.person())
          ? new MoveFinder.Found(f.person(), f.from(), f.to(), f.date(), MoveStatus.EXPECTED, f.source())
          : f);
    }
    return out;
  }

  /** Whether person {@code id} is named after a member word whose move verb is expected. */
  private boolean expectedGroup(SentenceView v, String id) {
    Tokens t = v.tokens();
    Gazetteer.Match p = v.people().stream().filter(m -> m.mention().id().equals(id)).findFirst().orElse(null);
    if (p == null) {
      return false;
    }
    int member = -1;
    for (int k = 0; k < p.first(); k++) {
      member = kind(v, k) == MoveWords.Kind.MEMBER ? k : member;
    }
    for (int j = member - 1; j >= 0; j--) {
      MoveWords.Kind kind = kind(v, j);
      if (kind == MoveWords.Kind.JOIN || kind == MoveWords.Kind.MOVE || kind == MoveWords.Kind.HIRE || kind == MoveWords.Kind.LEAVE) {
        for (int i = Math.max(0, j - REACH); i <= j; i++) {
          if (lex.reading(lex.moves().expected(), t.get(i).norm()) != null) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private MoveWords.Kind kind(SentenceView v, int k) {
    if (v.spans()[k] != null) {
      return null;
    }
    Clitics.Stripped r = lex.reading(lex.moves().triggers(), v.tokens().get(k).norm());
    return r == null ? null : lex.moves().triggers().get(r.stem()).kind();
  }
}
