package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A dismissal or a layoff is a move away ({@code moves.txt} [dismiss]): "أقالت شركة X رئيسها
 * التنفيذي أ"، "سرّحت X المهندس أ"، "إقالة أ من X". The organisation is the first within
 * {@link #SUBJECT} words after the word (its subject, "مجلس إدارة" allowed before it), or after "من"
 * past the person, else the last one before the word; the person is the first named after the
 * word and the organisation, within {@link #OBJECT} words. A person with a move already found in
 * the sentence is left as found.
 */
final class Dismissals implements Triggered {
  private static final int SUBJECT = 4;
  private static final int OBJECT = 8;
  private static final Set<String> BOARD = Set.of(Lexicon.norm("مجلس"), Lexicon.norm("إدارة"));

  private final Lexicon lex;
  private final Set<String> words;

  Dismissals(Lexicon lex) {
    this.lex = lex;
    this.words = Lexicon.normSet(DataFile.load("moves.txt").words("dismiss"));
  }

  /** The words of dismissing. */
  @Override
  public Set<String> triggers() {
    return words;
  }

  /** {@code found}, the moves of sentence {@code v}, with its dismissals. */
  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    List<MoveFinder.Found> out = found;
    for (int k = 0; k < t.size(); k++) {
      Clitics.Stripped w = v.spans()[k] == null ? lex.reading(words, t.get(k).norm()) : null;
      if (w == null || !w.prefix().isEmpty() && !lex.clitics().isConjunctionOnly(w.prefix())) {
        continue;
      }
      Gazetteer.Match org = organisationAfter(v, k + 1, k + SUBJECT);
      org = org != null && subject(t, k, org.first()) ? org : null;
      Gazetteer.Match person = person(v, org == null ? k : org.last());
      org = org != null || person == null ? org : from(v, person.last(), k);
      if (person == null || org == null) {
        continue;
      }
      String id = person.mention().id();
      if (out.stream().noneMatch(f -> id.equals(f.person()))) {
        out = new ArrayList<>(out);
        int first = Math.min(k, org.first());
        out.add(new MoveFinder.Found(id, org.mention().id(), null, MoveFinder.date(v, k), MoveStatus.COMPLETED,
            v.source(t.get(first).start(), t.get(Math.max(person.last(), org.last())).end())));
      }
    }
    return out;
  }

  /** The first organisation from word {@code from} to {@code to}, or null. */
  private static Gazetteer.Match organisationAfter(SentenceView v, int from, int to) {
    for (Gazetteer.Match m : v.matches()) {
      if (m.first() >= from && m.first() <= to && v.organisation(m)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether only a company's word and "مجلس إدارة" stand between the word at {@code k} and the
   * organisation at {@code first}: the organisation is the subject, not that of a person's title
   * ("أقال الرئيس التنفيذي لشركة X …").
   */
  private boolean subject(Tokens t, int k, int first) {
    for (int j = k + 1; j < first; j++) {
      String w = t.get(j).norm();
      if (!BOARD.contains(w) && lex.reading(lex.orgCues(), w) == null) {
        return false;
      }
    }
    return true;
  }

  /** The first person named within {@link #OBJECT} words after word {@code k}, or null. */
  private static Gazetteer.Match person(SentenceView v, int k) {
    for (Gazetteer.Match p : v.people()) {
      if (p.first() > k && p.first() - k <= OBJECT) {
        return p;
      }
    }
    return null;
  }

  /** The organisation after "من" right after the person ending at {@code last}, else the last one before word {@code k}; or null. */
  private Gazetteer.Match from(SentenceView v, int last, int k) {
    Tokens t = v.tokens();
    if (last + 2 < t.size() && lex.moves().from().contains(t.get(last + 1).norm())) {
      Gazetteer.Match m = organisationAfter(v, last + 2, last + 3);
      if (m != null) {
        return m;
      }
    }
    Gazetteer.Match before = null;
    for (Gazetteer.Match m : v.matches()) {
      if (m.last() < k && v.organisation(m)) {
        before = m;
      }
    }
    return before;
  }
}
