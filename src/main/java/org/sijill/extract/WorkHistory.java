package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Source;

/**
 * Moves from an employer named in the past ("worked" triggers of {@code moves.txt}): "كان يعمل في
 * شركة تسلا منذ عام 2017" says the person joined Tesla in 2017; "عمل سابقًا في Google DeepMind قبل
 * مساعدة OpenAI" says the person left DeepMind for OpenAI, as does a former employer beside a
 * present title ("القائد الفني … في xAI، كان يعمل سابقًا … في تيسلا"), or for the one the
 * sentence reports hired ("تعيين … ليلى حداد … بعد أن أمضت ست سنوات في جوجل"). The person is the
 * verb's subject, or the group a collective word ("الثلاثي", the trio) stands for. A former employer
 * of someone the sentence already moves from elsewhere to the same place ("من io إلى OpenAI، … الذين
 * عملوا سابقًا في آبل") is an earlier step of the career, no origin of that move.
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
      String via = to;
      boolean otherOrigin = earlier.stream().anyMatch(f -> f.person().equals(person) && via != null && via.equals(f.to()) && f.from() != null && !f.from().equals(from));
      if (former && to != null && !to.equals(from) && !otherOrigin) {
        DateValue date = MoveFinder.date(v, next != null ? next.last() : k);
        date = date == since ? null : date;
        int end = next != null ? next.mention().end() : employer.mention().end();
        out.add(new MoveFinder.Found(person, from, to, date, MoveStatus.COMPLETED, v.source(start, date != null ? Math.max(end, date.end()) : end)));
      }
    }
    return out;
  }

  /**
   * A career told by a person's titles in one sentence, with no verb of moving: a former post at A
   * and a present one at B ("سارة لين، المديرة التقنية السابقة في A والرئيسة التنفيذية الحالية
   * لشركة B") is a move from A to B, and so is a former post beside "her company" B ("مديرة
   * التكنولوجيا السابقة في A … لشركتها الناشئة B"); unless the sentence already moves the person.
   */
  static List<MoveFinder.Found> titled(SentenceView v, List<RoleFinder.Found> roles, List<MoveFinder.Found> earlier) {
    List<MoveFinder.Found> out = new ArrayList<>();
    List<RoleFinder.Found> formers = roles.stream().filter(r -> r.former() && r.org() != null).toList();
    Gazetteer.Match own = formers.size() == 1 && roles.stream().noneMatch(r -> !r.former() && r.person().equals(formers.get(0).person())) ? own(v) : null;
    List<RoleFinder.Found> all = new ArrayList<>(roles);
    if (own != null) {
      int start = v.people().stream().filter(p -> p.mention().id().equals(formers.get(0).person())).mapToInt(p -> p.mention().start()).min().orElse(own.mention().start());
      all.add(new RoleFinder.Found(formers.get(0).person(), "", null, own.mention().id(), v.source(Math.min(start, own.mention().start()), own.mention().end())));
    }
    for (RoleFinder.Found was : roles) {
      for (RoleFinder.Found is : all) {
        boolean moved = earlier.stream().anyMatch(f -> f.person().equals(was.person()));
        if (was.former() && !is.former() && was.person().equals(is.person()) && was.org() != null && is.org() != null
            && !was.org().equals(is.org()) && !moved && out.stream().noneMatch(f -> f.person().equals(was.person()))) {
          Source a = was.source();
          Source b = is.source();
          out.add(new MoveFinder.Found(was.person(), was.org(), is.org(), null, MoveStatus.COMPLETED, a.quote().length() >= b.quote().length() ? a : b));
        }
      }
    }
    return out;
  }

  /** The organisation named right after "شركته" or "شركتها" (his, her company) and up to two adjectives ("لشركتها الناشئة الجديدة X"), or null. */
  private static Gazetteer.Match own(SentenceView v) {
    Tokens t = v.tokens();
    for (int j = 0; j < t.size(); j++) {
      String w = t.get(j).norm();
      if (v.spans()[j] == null && (w.endsWith("شركته") || w.endsWith("شركتها")) && w.length() <= 7) {
        for (int i = j + 1; i < t.size() && i <= j + 3 && !t.gapBefore(i).contains("،"); i++) {
          if (v.spans()[i] != null) {
            return v.spans()[i].mention().kind() == EntityKind.COMPANY && v.spans()[i].first() == i ? v.spans()[i] : null;
          }
        }
      }
    }
    return null;
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
