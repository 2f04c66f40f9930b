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
      String[] move = null;
      for (MoveFinder.Found f : found) {
        move = move == null && f.to() != null ? new String[] {f.from(), f.to(), f.person()} : move;
      }
      Gazetteer.Match preceded = j + 1 < t.size() && v.spans()[j + 1] != null && v.spans()[j + 1].mention().kind() == EntityKind.PERSON ? v.spans()[j + 1] : null;
      if (move == null && preceded != null && d.destinationOf(preceded.mention().id()) != null) {
        move = new String[] {null, d.destinationOf(preceded.mention().id()), preceded.mention().id()};
      }
      if (move == null) {
        continue;
      }
      for (Gazetteer.Match p : v.people()) {
        String id = p.mention().id();
        if (p.first() <= j || id.equals(move[2]) || found.stream().anyMatch(f -> f.person().equals(id)) || out.stream().anyMatch(f -> f.person().equals(id))) {
          continue;
        }
        Gazetteer.Match own = described(v, p);
        String from = own != null ? own.mention().id() : move[0];
        if (from != null && !from.equals(move[1])) {
          int end = Math.max(p.mention().end(), own != null ? own.mention().end() : 0);
          out.add(new MoveFinder.Found(id, from, move[1], null, MoveStatus.COMPLETED, v.source(t.get(j).start(), end)));
        }
      }
    }
    return out;
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
