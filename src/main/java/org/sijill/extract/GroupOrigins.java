package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People named after a plural noun for an organisation's people in construct before it ("ضمت X
 * مؤسسي منصة Y الثلاثة، أ وب وج، إلى فريقها": {@code moves.txt} [group]) come from that
 * organisation, even one a platform's word announced, when their move names no origin.
 */
final class GroupOrigins implements Triggered {
  private final Lexicon lex;

  GroupOrigins(Lexicon lex) {
    this.lex = lex;
  }

  /** The words of a group ({@code moves.txt} [groups]), which {@link HiredGroups} needs too. */
  @Override
  public Set<String> triggers() {
    return lex.moves().groups();
  }

  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> moves) {
    List<MoveFinder.Found> found = HiredGroups.with(lex, v, moves);
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (spans[i] != null || lex.reading(lex.moves().groups(), t.get(i).norm()) == null) {
        continue;
      }
      int j = spans[i + 1] == null && lex.reading(lex.orgCues(), t.get(i + 1).norm()) != null ? i + 2 : i + 1;
      Gazetteer.Match group = j < t.size() ? spans[j] : null;
      // a platform's people make it an organisation ("مؤسسي منصة Y")
      if (group != null && group.first() == j && group.mention().kind() == EntityKind.COMPANY && !v.postedOn(group)) {
        return from(v, found, group, i);
      }
    }
    return found;
  }

  /** The moves of people named after word {@code at} with no origin, from organisation {@code group}. */
  private static List<MoveFinder.Found> from(SentenceView v, List<MoveFinder.Found> found, Gazetteer.Match group, int at) {
    String id = group.mention().id();
    List<MoveFinder.Found> out = new ArrayList<>();
    for (MoveFinder.Found f : found) {
      boolean after = v.people().stream().anyMatch(p -> p.mention().id().equals(f.person()) && p.first() > at);
      boolean open = f.from() == null && f.to() != null && !f.to().equals(id);
      out.add(after && open ? new MoveFinder.Found(f.person(), id, f.to(), f.date(), f.status(), f.source()) : f);
    }
    return out;
  }
}
