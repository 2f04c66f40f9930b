package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.MoveStatus;

/**
 * People who made the same move before another: "سبقه عدد من زملائه، بما في ذلك رئيس الفريق أ"
 * (his colleagues preceded him, among them A), "سبق يانغ في الرحيل إلى ميتا شخصيات أخرى، على
 * رأسهم أ" (others preceded Yang in leaving for Meta). Those named after the verb of preceding
 * ({@code [preceded]} in {@code moves.txt}) go where the one they preceded went: the move this
 * sentence reports for someone else, or the one the article reported for the person right after
 * the verb; from the organisation of their own description, else from where that move started.
 */
final class Followers {
  /** How far after a follower's name the organisation of the description may be ("أ، مؤسس فريق نماذج آبل"). */
  private static final int DESCRIPTION = 6;

  private Followers() {}

  static List<MoveFinder.Found> find(Lexicon lex, SentenceView v, Discourse d, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    List<MoveFinder.Found> out = new ArrayList<>();
    for (int j = 0; j < t.size(); j++) {
      Clitics.Stripped r = v.spans()[j] == null ? lex.reading(lex.moves().preceded(), t.get(j).norm()) : null;
      boolean worked = j + 1 < t.size() && lex.moves().precededNot().contains(t.get(j + 1).norm()); // "سبق له العمل"
      if (r == null || worked) {
        continue;
      }
      Preceded move = preceded(v, d, found, j);
      if (move == null) {
        continue;
      }
      for (Gazetteer.Match p : v.people()) {
        String id = p.mention().id();
        if (p.first() <= j || id.equals(move.person()) || found.stream().anyMatch(f -> f.person().equals(id)) || out.stream().anyMatch(f -> f.person().equals(id))) {
          continue;
        }
        Gazetteer.Match own = described(v, p);
        String from = own != null ? own.mention().id() : move.from();
        if (from != null && !from.equals(move.to())) {
          int end = Math.max(p.mention().end(), own != null ? own.mention().end() : 0);
          out.add(new MoveFinder.Found(id, from, move.to(), null, MoveStatus.COMPLETED, v.source(t.get(j).start(), end)));
        }
      }
    }
    return out;
  }

  /** The move of the one preceded: its person, where it started (or null) and where it led. */
  private record Preceded(String person, String from, String to) {}

  /**
   * The move the verb of preceding at {@code j} refers to: the first this sentence reports with a
   * destination, else the one the article reported for the person right after the verb; or null.
   */
  private static Preceded preceded(SentenceView v, Discourse d, List<MoveFinder.Found> found, int j) {
    for (MoveFinder.Found f : found) {
      if (f.to() != null) {
        return new Preceded(f.person(), f.from(), f.to());
      }
    }
    Gazetteer.Match next = j + 1 < v.tokens().size() ? v.spans()[j + 1] : null;
    if (next == null || next.mention().kind() != EntityKind.PERSON) {
      return null;
    }
    String to = d.destinationOf(next.mention().id());
    return to == null ? null : new Preceded(next.mention().id(), null, to);
  }

  /** The organisation in the words right after a person's name, before the next person, or null. */
  private static Gazetteer.Match described(SentenceView v, Gazetteer.Match p) {
    for (int k = p.last() + 1; k < v.tokens().size() && k <= p.last() + DESCRIPTION; k++) {
      Gazetteer.Match m = v.spans()[k];
      if (m != null) {
        return m.mention().kind() == EntityKind.COMPANY && !v.outlet(m) ? m : null;
      }
    }
    return null;
  }
}
