package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A title in the dual belongs to both people of a pair joined by "و": "مؤسسا X، أ وب" and "أ وب،
 * مؤسسا X" make each of them a founder of X, though the title stands beside one name only.
 */
final class DualTitles {
  private DualTitles() {}

  /** The roles {@code found} gives the other person of each pair whose title is a dual. */
  static List<RoleFinder.Found> shared(SentenceView v, List<RoleFinder.Found> found, Lexicon lex) {
    List<RoleFinder.Found> out = new ArrayList<>();
    List<Gazetteer.Match> people = v.people();
    Tokens t = v.tokens();
    for (RoleFinder.Found f : found) {
      String head = Lexicon.norm(f.title().split(" ")[0]);
      if (f.org() == null || head.length() < 4 || !head.endsWith("ا") || lex.reading(lex.titleHeads().keySet(), head.substring(0, head.length() - 1)) == null) {
        continue;
      }
      for (Gazetteer.Match p : people) {
        if (!p.mention().id().equals(f.person())) {
          continue;
        }
        for (Gazetteer.Match q : people) {
          boolean after = q.first() == p.last() + 1 && t.get(q.first()).norm().startsWith("و");
          boolean before = p.first() == q.last() + 1 && t.get(p.first()).norm().startsWith("و");
          boolean has = found.stream().anyMatch(g -> g.person().equals(q.mention().id()) && f.org().equals(g.org()));
          if ((after || before) && !has && !q.mention().id().equals(f.person())) {
            int qs = Math.max(0, v.text().indexOf(f.source().quote()));
            int qe = qs + f.source().quote().length();
            org.sijill.facts.Source source = v.source(Math.min(qs, q.mention().start()), Math.max(qe, q.mention().end()));
            out.add(new RoleFinder.Found(q.mention().id(), f.title(), f.gloss(), f.org(), source));
          }
        }
      }
    }
    return out;
  }
}
