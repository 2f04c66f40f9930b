package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Source;

/**
 * Moves from the trigger words of {@code moves.txt}. The movers: for a noun ("المغادرين") the
 * people after it; for "hire" verbs their object, the first person shortly after and those listed
 * with it; for other verbs the person after the verb (Arabic puts the subject there: "انضم شنغ
 * سين إلى xAI") or else the nearest one before it in the same clause, or the one a relative
 * pronoun points back to ("لاو، الذي يغادر …"). Owners, companions, speakers and message sources
 * never move. Organisations come from markers ({@link Around#marker}), the verb's object, the
 * hiring subject (the sentence's first organisation), the mover's description, or the discourse.
 */
final class MoveFinder {
  /** A move found: keys of the person and organisations, the date, status and source. */
  record Found(String person, String from, String to, DateValue date, MoveStatus status, Source source) {}

  /** How far after a trigger its first mover may start: a noun's, a hiring verb's object, another verb's subject. */
  private static final int NOUN_DISTANCE = 3;
  private static final int OBJECT_DISTANCE = 8;
  private static final int SUBJECT_AFTER = 20;
  private static final int SUBJECT_DISTANCE = 12;
  /** How far from the trigger a date, or an organisation quoted with the move, may be. */
  private static final int NEAR = 12;

  private final Lexicon lex;

  MoveFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Found> find(SentenceView v, Discourse d, List<RoleFinder.Found> roles) {
    Around around = new Around(lex, v);
    Tokens t = v.tokens();
    List<Found> out = new ArrayList<>();
    List<Integer> triggers = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      Clitics.Stripped r = around.spans()[k] == null ? lex.reading(lex.moves().triggers(), t.get(k).norm()) : null;
      if (r != null && (lex.moves().triggers().get(r.stem()).noun() || !TitlePhrase.definite(lex, t.get(k).norm()))) {
        triggers.add(k);
      }
    }
    for (int n = 0; n < triggers.size(); n++) {
      int k = triggers.get(n);
      int clauseStart = n > 0 ? triggers.get(n - 1) + 1 : 0;
      int clauseEnd = n + 1 < triggers.size() ? triggers.get(n + 1) : t.size();
      MoveWords.Trigger trigger = lex.moves().triggers().get(lex.reading(lex.moves().triggers(), t.get(k).norm()).stem());
      if (trigger.kind() == MoveWords.Kind.DECLINE && !offered(t, around)) {
        continue;
      }
      Trigger at = new Trigger(k, trigger, around, v);
      String subject = at.hiringSubject(d);
      if (trigger.kind() == MoveWords.Kind.HIRE && subject != null) {
        d.hiring(subject);
      }
      List<Gazetteer.Match> movers = at.movers();
      List<int[]> spans = new ArrayList<>();
      for (int i = 0; i < movers.size(); i++) {
        Gazetteer.Match p = movers.get(i);
        int to = i + 1 < movers.size() ? around.titleStart(movers.get(i + 1)) : Math.max(clauseEnd, p.last() + 1);
        spans.add(new int[] {around.titleStart(p), to});
      }
      for (int i = 0; i < movers.size(); i++) {
        List<int[]> others = new ArrayList<>(spans);
        others.remove(i);
        Found f = at.move(movers.get(i), spans.get(i), others, new int[] {clauseStart, clauseEnd}, subject, d, roles);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** Whether the sentence speaks of an offer ("رفض … عروضًا"): only then is a refusal a declined move. */
  private boolean offered(Tokens t, Around around) {
    for (int j = 0; j < t.size(); j++) {
      if (around.in(lex.moves().offer(), t.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /** One trigger word in its sentence. */
  private final class Trigger {
    final int k;
    final MoveWords.Trigger word;
    final Around around;
    final SentenceView v;
    final Tokens t;
    final MoveEnds ends;

    Trigger(int k, MoveWords.Trigger word, Around around, SentenceView v) {
      this.k = k;
      this.word = word;
      this.around = around;
      this.v = v;
      this.t = v.tokens();
      this.ends = new MoveEnds(lex, v, around, k);
    }

    boolean eligible(Gazetteer.Match p) {
      return !around.owner(p) && !around.companion(p) && !around.source(p);
    }

    List<Gazetteer.Match> movers() {
      List<Gazetteer.Match> after = new ArrayList<>();
      for (Gazetteer.Match p : v.people()) {
        if (p.first() <= k || !eligible(p)) {
          continue;
        }
        int reach = word.noun() ? NOUN_DISTANCE : word.kind() == MoveWords.Kind.HIRE ? OBJECT_DISTANCE : SUBJECT_AFTER;
        if (after.isEmpty() ? around.titleStart(p) - k <= reach && !around.clauseBetween(k, p.first()) : listed(after.get(after.size() - 1), p)) {
          after.add(p);
        } else if (!after.isEmpty()) {
          break;
        }
      }
      if (!after.isEmpty() || word.noun() || word.kind() == MoveWords.Kind.HIRE) {
        return after;
      }
      Gazetteer.Match before = null;
      for (Gazetteer.Match p : v.people()) {
        if (p.last() < k && k - p.last() <= SUBJECT_DISTANCE && eligible(p) && !around.clauseBetween(p.last(), k)) {
          before = p;
        }
      }
      if (before != null && around.speaker(before) && !relative(before)) {
        before = null;
      }
      return before == null ? List.of() : List.of(before);
    }

    /** Whether the trigger follows "، الذي" right after person {@code p}. */
    boolean relative(Gazetteer.Match p) {
      for (int j = k - 1; j > p.last() && k - j <= 2; j--) {
        if (lex.appositionWords().contains(t.get(j).norm()) && j == p.last() + 1) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code next} continues a list after {@code previous}: "، وألكسندر …", "و الرئيس … Nat Friedman". */
    boolean listed(Gazetteer.Match previous, Gazetteer.Match next) {
      int start = around.titleStart(next);
      return start > previous.last() && (around.conjunction(start) || around.conjunction(start - 1) || around.listWords(start));
    }

    /** The hiring organisation: the sentence's first organisation not marked as left, or the one after the verb. */
    String hiringSubject(Discourse d) {
      for (Gazetteer.Match o : v.organisations()) {
        if (o.first() < k && around.marker(o) == null) {
          return o.mention().id();
        }
        if (o.first() == k + 1) {
          return o.mention().id();
        }
      }
      return word.kind() == MoveWords.Kind.HIRE && ends.anaphor(0, k) ? d.topic() : null;
    }

    /**
     * The move of {@code p}, whose own words are {@code span} (its title, name and description);
     * the other movers' words are {@code others}; the trigger's clause (up to the triggers before
     * and after it) is {@code clause}.
     */
    Found move(
        Gazetteer.Match p, int[] span, List<int[]> others, int[] clause, String subject, Discourse d, List<RoleFinder.Found> roles) {
      String person = p.mention().id();
      String to = null;
      String from = null;
      boolean pronoun = k + 1 < t.size() && (t.get(k + 1).norm().startsWith("اليه") || t.get(k + 1).norm().equals("اليها"));
      switch (word.kind()) {
        case HIRE -> to = word.noun() ? d.hiring() : subject != null ? subject : d.hiring();
        case JOIN -> to = word.noun() || pronoun ? d.hiring() : ends.joined();
        case DECLINE -> to = d.hiring();
        case LEAVE, MOVE -> to = ends.marked(Around.Direction.TO, k, t.size());
      }
      if (word.kind() == MoveWords.Kind.LEAVE) {
        from = ends.left(d, word.noun());
      } else {
        from = ends.marked(Around.Direction.FROM, span[0], span[1]);
        if (from == null) {
          from = ends.markedOutside(others, clause);
        }
        if (from == null && word.kind() != MoveWords.Kind.DECLINE) {
          from = ends.described(p, roles, to);
        }
        if (from == null && word.kind() != MoveWords.Kind.DECLINE) {
          from = ends.apposition(p, to, clause[1]);
        }
        if (from == null) {
          from = ends.possessor(p, to);
        }
      }
      if (from != null && from.equals(to)) {
        from = null;
      }
      if (from == null && to == null) {
        return null;
      }
      DateValue date = date();
      int start = Math.min(p.mention().start(), t.get(k).start());
      int end = Math.max(p.mention().end(), t.get(k).end());
      for (String id : new String[] {from, to}) {
        Gazetteer.Match o = ends.nearest(id);
        if (o != null) {
          start = Math.min(start, o.mention().start());
          end = Math.max(end, o.mention().end());
        }
      }
      if (date != null) {
        start = Math.min(start, date.start());
        end = Math.max(end, date.end());
      }
      return new Found(person, from, to, date, status(), v.source(start, end));
    }

    DateValue date() {
      DateValue best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Value val : v.values()) {
        if (val instanceof DateValue dv) {
          int at = t.indexAt(dv.start());
          int distance = at > k ? at - k : (k - at) * 2;
          if (distance < bestDistance && Math.abs(at - k) <= NEAR) {
            best = dv;
            bestDistance = distance;
          }
        }
      }
      return best;
    }

    MoveStatus status() {
      if (word.kind() == MoveWords.Kind.DECLINE) {
        return MoveStatus.DECLINED;
      }
      for (int j = Math.max(0, k - 4); j < k; j++) {
        if (around.in(lex.moves().expected(), t.get(j).norm())) {
          return MoveStatus.EXPECTED;
        }
      }
      return MoveStatus.COMPLETED;
    }
  }
}
