package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People named with a mover in one sentence (words of {@code moves.txt} [together]):
 *
 * <ul>
 *   <li>people after "مع" (with) before the move's destination are the subject's partners in what
 *       the sentence told before ("شارك أ في تأسيس X مع ب وج، قبل أن ينضم إلى Y"): the move is
 *       the subject's, the person the sentence named first, not theirs;
 *   <li>people after a word of company after the move ("، إلى جانب ب، الباحثة في Z"، "برفقة ب")
 *       made it too, from the organisation of their own description; so do those listed after
 *       them with و ("، إلى جانب ب وج"). "إلى جانب" counts only after a comma: "عملا إلى جانب ب"
 *       (worked alongside) is no move.
 * </ul>
 */
final class Together {
  /** How far after a companion's name the organisation of the description may be ("ب، الباحثة في ميتا"). */
  private static final int DESCRIPTION = 6;
  private static final String WITH = "مع";
  private static final String TO = "الي";
  private static final String AND = "و";

  private final Set<String> beside;

  Together() {
    this.beside = Lexicon.normSet(DataFile.load("moves.txt").words("together"));
  }

  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> found) {
    if (found.isEmpty()) {
      return found;
    }
    List<MoveFinder.Found> out = new ArrayList<>();
    for (MoveFinder.Found f : found) {
      Gazetteer.Match subject = partnerOf(v, f);
      if (subject == null) {
        out.add(f);
      } else if (out.stream().noneMatch(o -> o.person().equals(subject.mention().id()) && same(o.from(), f.from()) && same(o.to(), f.to()))) {
        out.add(new MoveFinder.Found(subject.mention().id(), f.from(), f.to(), f.date(), f.status(), f.source()));
      }
    }
    out.addAll(companions(v, out));
    return out;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  /**
   * The subject of the sentence when the move's person is named after "مع" (or listed after one who
   * is) before the move's destination, else null.
   */
  private static Gazetteer.Match partnerOf(SentenceView v, MoveFinder.Found f) {
    Tokens t = v.tokens();
    List<Gazetteer.Match> people = v.people();
    if (people.isEmpty() || f.to() == null) {
      return null;
    }
    Gazetteer.Match subject = people.get(0);
    for (int i = 1; i < people.size(); i++) {
      Gazetteer.Match p = people.get(i);
      if (!p.mention().id().equals(f.person())) {
        continue;
      }
      int head = i;
      while (head > 1 && listedAfter(t, people.get(head - 1), people.get(head))) {
        head--;
      }
      Gazetteer.Match first = people.get(head);
      boolean with = first.first() > 0 && t.get(first.first() - 1).norm().equals(WITH) && subject.last() < first.first() - 1;
      boolean destinationAfter = v.matches().stream().anyMatch(m -> m.mention().id().equals(f.to()) && m.first() > p.last());
      boolean subjectMoves = !subject.mention().id().equals(f.person());
      return with && destinationAfter && subjectMoves ? subject : null;
    }
    return null;
  }

  /** Whether person {@code b} follows person {@code a} in a list: only و or a comma between them. */
  private static boolean listedAfter(Tokens t, Gazetteer.Match a, Gazetteer.Match b) {
    if (b.first() == a.last() + 1) {
      String gap = t.gapBefore(b.first()).strip();
      return gap.equals("،") || b.mention().start() > t.get(b.first()).start() && t.raw(b.first()).startsWith(AND);
    }
    return b.first() == a.last() + 2 && t.get(a.last() + 1).norm().equals(AND);
  }

  /** The moves of people named after a word of company ("برفقة", "، إلى جانب") after another's move. */
  private List<MoveFinder.Found> companions(SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    List<MoveFinder.Found> out = new ArrayList<>();
    List<Gazetteer.Match> people = v.people();
    for (int i = 0; i < people.size(); i++) {
      Gazetteer.Match p = people.get(i);
      int k = p.first() - 1;
      boolean along = k >= 0 && beside.contains(t.get(k).norm())
          && (!t.get(k).norm().equals("جانب") || k >= 1 && t.get(k - 1).norm().equals(TO) && t.gapBefore(k - 1).contains("،"));
      if (!along) {
        continue;
      }
      MoveFinder.Found lead = null;
      for (MoveFinder.Found f : found) {
        lead = lead == null && f.to() != null && !f.person().equals(p.mention().id()) && before(v, f.person(), p) ? f : lead;
      }
      if (lead == null) {
        continue;
      }
      for (int j = i; j < people.size() && (j == i || listedAfter(t, people.get(j - 1), people.get(j))); j++) {
        Gazetteer.Match q = people.get(j);
        String id = q.mention().id();
        if (found.stream().anyMatch(f -> f.person().equals(id)) || out.stream().anyMatch(f -> f.person().equals(id))) {
          continue;
        }
        Gazetteer.Match own = described(v, q, j + 1 < people.size() ? people.get(j + 1).first() : t.size());
        String from = own != null && !own.mention().id().equals(lead.to()) ? own.mention().id() : null;
        int end = Math.max(q.mention().end(), own != null ? own.mention().end() : 0);
        out.add(new MoveFinder.Found(id, from, lead.to(), lead.date(), lead.status(), v.source(t.get(k).start(), end)));
      }
    }
    return out;
  }

  /** Whether person {@code id} is named in the sentence before {@code p}. */
  private static boolean before(SentenceView v, String id, Gazetteer.Match p) {
    return v.people().stream().anyMatch(m -> m.mention().id().equals(id) && m.last() < p.first());
  }

  /** The organisation in the words right after a person's name, before {@code limit}, or null. */
  private static Gazetteer.Match described(SentenceView v, Gazetteer.Match p, int limit) {
    for (int k = p.last() + 1; k < v.tokens().size() && k <= p.last() + DESCRIPTION && k < limit; k++) {
      Gazetteer.Match m = v.spans()[k];
      if (m != null) {
        return v.organisation(m) ? m : null;
      }
    }
    return null;
  }
}
