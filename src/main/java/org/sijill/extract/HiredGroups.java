package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.MoveStatus;

/**
 * A hiring verb, its organisation and a plural noun for another organisation's people in construct
 * before it ("ضمّت أمازون مؤسسي شركة «كوفاريانت» الناشئة …، أ وب وج": {@code moves.txt} [trigger]
 * of class hire, [group]): the people named after that organisation, however far from the verb,
 * move from it to the hiring one, when no other rule gave them a move in the sentence.
 */
final class HiredGroups {
  /** How many words after the verb its organisation may start ("ضمّت أمازون", "استقطبت شركة ميتا"). */
  private static final int SUBJECT = 2;

  private HiredGroups() {}

  static List<MoveFinder.Found> with(Lexicon lex, SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k < t.size(); k++) {
      Clitics.Stripped r = spans[k] == null ? lex.reading(lex.moves().triggers(), t.get(k).norm()) : null;
      if (r == null || lex.moves().triggers().get(r.stem()).kind() != MoveWords.Kind.HIRE) {
        continue;
      }
      Gazetteer.Match hirer = organisationAt(v, k + 1, k + SUBJECT);
      int g = hirer == null ? -1 : hirer.last() + 1;
      if (g < 0 || g + 1 >= t.size() || spans[g] != null || lex.reading(lex.moves().groups(), t.get(g).norm()) == null) {
        continue;
      }
      int o = spans[g + 1] == null && lex.reading(lex.orgCues(), t.get(g + 1).norm()) != null ? g + 2 : g + 1;
      Gazetteer.Match group = organisationAt(v, o, o);
      if (group == null || group.mention().id().equals(hirer.mention().id())) {
        continue;
      }
      return moves(v, found, k, group.last(), group.mention().id(), hirer.mention().id());
    }
    return found;
  }

  /** The organisation starting between words {@code from} and {@code to}, or null. */
  private static Gazetteer.Match organisationAt(SentenceView v, int from, int to) {
    for (int j = from; j <= to && j < v.tokens().size(); j++) {
      Gazetteer.Match m = v.spans()[j];
      if (m != null) {
        return m.first() == j && v.organisation(m) ? m : null;
      }
    }
    return null;
  }

  /** {@code found} and a move from {@code from} to {@code to} for each person named after word {@code after} and moving in no other. */
  private static List<MoveFinder.Found> moves(SentenceView v, List<MoveFinder.Found> found, int verb, int after, String from, String to) {
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (Gazetteer.Match p : v.people()) {
      String id = p.mention().id();
      if (p.first() > after && out.stream().noneMatch(f -> f.person().equals(id))) {
        out.add(new MoveFinder.Found(id, from, to, MoveFinder.date(v, verb), MoveStatus.COMPLETED,
            v.source(v.tokens().get(verb).start(), p.mention().end())));
      }
    }
    return out;
  }
}
