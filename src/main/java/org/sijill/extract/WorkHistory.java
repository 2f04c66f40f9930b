package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.MoveStatus;

/**
 * Moves from an employer named in the past ("worked" triggers of {@code moves.txt}): "كان يعمل في
 * شركة تسلا منذ عام 2017" says the person joined Tesla in 2017; "عمل سابقًا في Google DeepMind قبل
 * مساعدة OpenAI" says the person left DeepMind for OpenAI, as does a former employer beside a
 * present title ("القائد الفني … في xAI، كان يعمل سابقًا … في تيسلا"), or for the one the
 * sentence reports hired ("تعيين … ليلى حداد … بعد أن أمضت ست سنوات في جوجل"). The person is the
 * verb's subject, or the group a collective word ("الثلاثي", the trio) stands for.
 */
final class WorkHistory {
  /** How many words after the verb its employer, and after "قبل" the next one, may be. */
  private static final int REACH = 8;
  private static final int BEFORE_REACH = 4;

  private final Lexicon lex;

  WorkHistory(Lexicon lex) {
    this.lex = lex;
  }

  /** The moves of the "worked" trigger at word {@code k}; {@code earlier}: the moves already found in the sentence. */
  List<MoveFinder.Found> find(
      SentenceView v, Around around, int k, int[] clause, List<RoleFinder.Found> roles, Discourse d, List<MoveFinder.Found> earlier) {
    Tokens t = v.tokens();
    MoveEnds ends = new MoveEnds(lex, v, around, k);
    Gazetteer.Match employer = ends.after(k, REACH);
    if (employer == null) {
      return List.of();
    }
    boolean former = false;
    for (int j = Math.max(clause[0], k - 3); j <= Math.min(t.size() - 1, k + 2); j++) {
      former |= around.in(lex.moves().former(), t.get(j).norm());
    }
    DateValue since = since(v, employer);
    if (!former && since == null) {
      return List.of();
    }
    Gazetteer.Match next = null;
    for (int j = employer.last() + 1; j < clause[1] && j <= employer.last() + REACH && next == null; j++) {
      if (around.spans()[j] == null && around.in(lex.moves().before(), t.get(j).norm())) {
        next = ends.after(j, BEFORE_REACH);
      }
    }
    List<MoveFinder.Found> out = new ArrayList<>();
    String from = employer.mention().id();
    Movers who = new Movers(lex, v, around, k, new MoveWords.Trigger(MoveWords.Kind.WORKED, false), clause[1]);
    List<String> people = who.find().stream().map(p -> p.mention().id()).toList();
    int start = t.get(k).start();
    if (people.isEmpty()) {
      int group = collective(t, around, clause[0], k);
      people = group == 0 ? List.of() : d.group(group);
      start = group == 0 ? start : t.get(collectiveAt(t, around, clause[0], k)).start();
    } else {
      Gazetteer.Match p = who.find().get(0);
      start = Math.min(start, p.mention().start());
    }
    for (String person : people) {
      if (since != null) {
        out.add(new MoveFinder.Found(person, null, from, since, MoveStatus.COMPLETED, v.source(Math.min(start, employer.mention().start()), since.end())));
      }
      String to = next != null ? next.mention().id() : former ? present(person, roles, from) : null;
      for (MoveFinder.Found f : earlier) {
        to = to == null && former && f.person().equals(person) && f.to() != null && !f.to().equals(from) ? f.to() : to;
      }
      String went = d.destinationOf(person);
      to = to == null && former && went != null && !went.equals(from) ? went : to;
      if (former && to != null && !to.equals(from)) {
        DateValue date = MoveFinder.date(v, next != null ? next.last() : k);
        date = date == since ? null : date;
        int end = next != null ? next.mention().end() : employer.mention().end();
        out.add(new MoveFinder.Found(person, from, to, date, MoveStatus.COMPLETED, v.source(start, date != null ? Math.max(end, date.end()) : end)));
      }
    }
    return out;
  }

  /** A date opened by "منذ" (since) right after the employer, or null. */
  private DateValue since(SentenceView v, Gazetteer.Match employer) {
    for (Value val : v.values()) {
      if (val instanceof DateValue dv && dv.start() >= employer.mention().end() && dv.start() - employer.mention().end() <= 3
          && ArabicText.normalizeString(dv.text()).startsWith("منذ") && dv.iso() != null) {
        return dv;
      }
    }
    return null;
  }

  /** The organisation of the person's present title in the sentence, other than {@code left}, or null. */
  private static String present(String person, List<RoleFinder.Found> roles, String left) {
    for (RoleFinder.Found r : roles) {
      if (r.person().equals(person) && r.org() != null && !r.org().equals(left) && !r.former()) {
        return r.org();
      }
    }
    return null;
  }

  /** The size of the group a collective word before the verb stands for, or 0. */
  private int collective(Tokens t, Around around, int from, int k) {
    int at = collectiveAt(t, around, from, k);
    return at < 0 ? 0 : lex.moves().collective().get(lex.reading(lex.moves().collective(), t.get(at).norm()).stem());
  }

  private int collectiveAt(Tokens t, Around around, int from, int k) {
    for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
      if (around.spans()[j] == null && lex.reading(lex.moves().collective(), t.get(j).norm()) != null) {
        return j;
      }
    }
    return -1;
  }
}
