package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Source;

/**
 * A career told as one step before the next ({@code moves.txt} [career-verb], then "قبل"): "عمل أ
 * باحثاً في Y قبل أن يشارك في تأسيس X"، "شغل أ منصب … في Y قبل انضمامه إلى X" is a move from Y to
 * X, as is "عمل أ قبل X في Y". Y is the first organisation after the verb and before "قبل"; X the
 * first after a word of joining or founding within {@link #STEP} words after "قبل", or the one
 * right after it. The person is the one named last before the verb, else right after it; with none
 * named, a pair or group word next to the verb ("وكان الباحثان قد عملا معاً في Y قبل انتقالهما إلى
 * X") stands for the last group the article reported moving together. A move of that person to X
 * found with no origin takes Y as its origin. The step may also come first: fronted ("وقبل انضمامها
 * إلى X، شغلت أ … لـY"), inside the verb's clause ("وكانت قبل انضمامها إلى X عام 2021 قد أمضت … في
 * Y") or set between commas after the verb ("شغل، قبل التحاقه بـX، منصب … في Y"); Y is then the
 * first organisation after the verb (after the closing comma) in its clause.
 */
final class CareerSteps implements Triggered {
  /** How many words after "قبل" the word of joining or founding may be, and the organisation after it. */
  private static final int STEP = 4;
  /** How many words may stand between the verb and the person named after it. */
  private static final int SUBJECT = 2;
  private static final Set<String> BEFORE = Set.of(Lexicon.norm("قبل"));

  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> founded;
  /** Verbal nouns of joining or moving with their pronouns ("انتقالهما"). */
  private final Set<String> steps;

  CareerSteps(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.verbs = Lexicon.normSet(file.words("career-verb"));
    this.founded = Lexicon.normSet(file.words("founded"));
    this.steps = Lexicon.normSet(file.words("return-after"));
  }

  /** The verbs of working. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  /** {@code found}, the moves of sentence {@code v}, with the career steps it tells. */
  List<MoveFinder.Found> apply(SentenceView v, Discourse d, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = found;
    for (int k = 0; k < t.size(); k++) {
      Clitics.Stripped verb = spans[k] == null ? lex.reading(verbs, t.get(k).norm()) : null;
      int q = verb == null || !verb.prefix().isEmpty() && !lex.clitics().isConjunctionOnly(verb.prefix()) ? -1 : before(t, spans, k);
      boolean bare = verb != null && verb.prefix().isEmpty();
      boolean fronted = q < 0 && bare && frontedBefore(t, k);
      q = fronted ? 0 : q;
      Gazetteer.Match from = q < 0 ? null : organisation(v, k + 1, fronted ? clauseEnd(t, k) : q);
      Gazetteer.Match to = q < 0 ? null : next(v, q);
      if (from == null && to != null && to.first() == q + 1) {
        from = organisation(v, to.last() + 1, Math.min(t.size(), to.last() + 1 + STEP)); // "عمل أ قبل X في Y"
      }
      int inner = q < 0 && bare ? innerBefore(t, spans, k) : -1;
      if (inner >= 0) { // "وكانت قبل انضمامها إلى X عام 2021 قد أمضت … في Y"
        to = next(v, inner);
        to = to != null && to.last() < k ? to : null;
        from = organisation(v, k + 1, clauseEnd(t, k));
      }
      int aside = q < 0 && inner < 0 && bare ? asideEnd(t, spans, k) : -1;
      if (aside >= 0) { // "شغل، قبل التحاقه بـX، منصب … في Y"
        to = next(v, k + 1);
        to = to != null && to.last() < aside ? to : null;
        from = organisation(v, aside, clauseEnd(t, aside));
      }
      if (from == null || to == null || from.mention().id().equals(to.mention().id())) {
        continue;
      }
      Gazetteer.Match person = person(v, k);
      boolean toBefore = fronted || inner >= 0 || aside >= 0; // the step is told before the work: the quote ends at the work
      int end = toBefore ? Math.max(from.last(), person == null ? k : person.last()) : to.last();
      int first = fronted ? 0 : inner >= 0 ? inner : -1;
      if (person != null) {
        out = step(v, out, person.mention().id(), from.mention().id(), to.mention().id(), k, first >= 0 ? Math.min(first, person.first()) : person.first(), end);
        continue;
      }
      for (String member : group(v, d, k)) {
        out = step(v, out, member, from.mention().id(), to.mention().id(), k, first >= 0 ? first : k, end);
      }
    }
    return out;
  }

  /**
   * {@code found} with the move from {@code from} to {@code to}, told from word {@code first} (or the
   * verb at {@code k}, if earlier) to word {@code last}: an origin given to a move there without one
   * (quoting the step, which names both ends), else a new move.
   */
  private static List<MoveFinder.Found> step(
      SentenceView v, List<MoveFinder.Found> found, String person, String from, String to, int k, int first, int last) {
    Tokens t = v.tokens();
    Source told = v.source(t.get(Math.min(first, k)).start(), t.get(last).end());
    List<MoveFinder.Found> out = new ArrayList<>(found.size() + 1);
    boolean done = false;
    for (MoveFinder.Found f : found) {
      if (person.equals(f.person()) && to.equals(f.to()) && !done) {
        out.add(f.from() == null ? new MoveFinder.Found(person, from, to, f.date(), f.status(), told) : f);
        done = true;
      } else {
        out.add(f);
      }
    }
    if (!done) {
      out.add(new MoveFinder.Found(person, from, to, MoveFinder.date(v, k), MoveStatus.COMPLETED, told));
    }
    return out;
  }

  /** The word "قبل" after the verb at {@code k} in its clause (no comma between, but one right before it: "…، قبل أن"), or -1. */
  private int before(Tokens t, Gazetteer.Match[] spans, int k) {
    if (k + 1 < t.size() && (t.gapBefore(k + 1).contains("،") || t.gapBefore(k + 1).contains("؛"))) {
      return -1;
    }
    for (int j = k + 1; j < t.size(); j++) {
      if (spans[j] == null && BEFORE.contains(t.get(j).norm())) {
        return j;
      }
      if (j + 1 < t.size() && (t.gapBefore(j + 1).contains("،") && !BEFORE.contains(t.get(j + 1).norm()) || t.gapBefore(j + 1).contains("؛"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the sentence opens with "قبل" and its clause, closed by a comma right before the verb
   * at {@code k}: "وقبل انضمامها إلى «ميتا» عام 2019، شغلت أ منصب … لـY".
   */
  private boolean frontedBefore(Tokens t, int k) {
    if (k < 2 || !t.gapBefore(k).contains("،") || commaBetween(t, 0, k - 1)) {
      return false;
    }
    Clitics.Stripped first = lex.reading(BEFORE, t.get(0).norm());
    return first != null && (first.prefix().isEmpty() || lex.clitics().isConjunctionOnly(first.prefix()));
  }

  /**
   * The word "قبل" before the verb at {@code k} in the verb's clause (no comma between), the verb
   * coming after the step it opens ("وكانت قبل انضمامها إلى X عام 2021 قد أمضت"), or -1.
   */
  private int innerBefore(Tokens t, Gazetteer.Match[] spans, int k) {
    for (int j = k - 1; j >= 0 && !t.gapBefore(j + 1).contains("،") && !t.gapBefore(j + 1).contains("؛"); j--) {
      Clitics.Stripped r = spans[j] == null ? lex.reading(BEFORE, t.get(j).norm()) : null;
      if (r != null) {
        return r.prefix().isEmpty() || lex.clitics().isConjunctionOnly(r.prefix()) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * Where the work goes on after a step set between commas right after the verb at {@code k}
   * ("شغل، قبل التحاقه بـX، منصب …"): the first word after the closing comma, or -1.
   */
  private static int asideEnd(Tokens t, Gazetteer.Match[] spans, int k) {
    if (k + 2 >= t.size() || !t.gapBefore(k + 1).contains("،") || spans[k + 1] != null
        || !BEFORE.contains(t.get(k + 1).norm())) {
      return -1;
    }
    int end = clauseEnd(t, k + 1);
    return end < t.size() && t.gapBefore(end).contains("،") ? end : -1;
  }

  /** The first word after {@code k} that opens a new clause (a comma or semicolon before it), or the sentence's end. */
  private static int clauseEnd(Tokens t, int k) {
    int j = k + 1;
    while (j < t.size() && !t.gapBefore(j).contains("،") && !t.gapBefore(j).contains("؛")) {
      j++;
    }
    return j;
  }

  /** The first organisation of the sentence between words {@code from} and {@code to} (excluded), or null. */
  private static Gazetteer.Match organisation(SentenceView v, int from, int to) {
    for (Gazetteer.Match m : v.matches()) {
      if (m.first() >= from && m.last() < to && v.organisation(m)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Where the step after "قبل" at {@code q} goes: the organisation right after it, or the first
   * after a word of joining, moving (after its "إلى") or founding within {@link #STEP} words; else null.
   */
  private Gazetteer.Match next(SentenceView v, int q) {
    Tokens t = v.tokens();
    Gazetteer.Match right = organisation(v, q + 1, q + 2);
    if (right != null) {
      return right;
    }
    for (int j = q + 1; j < t.size() && j <= q + STEP && v.spans()[j] == null && !t.gapBefore(j).contains("،"); j++) {
      String w = t.get(j).norm();
      Clitics.Stripped move = lex.reading(lex.moves().triggers(), w);
      MoveWords.Kind kind = move == null ? null : lex.moves().triggers().get(move.stem()).kind();
      if (kind == null && steps.contains(w)) {
        kind = MoveWords.Kind.MOVE; // "قبل انتقالهما إلى X"، "قبل انضمامهم إلى X"
      }
      if (kind == MoveWords.Kind.JOIN || kind == MoveWords.Kind.MOVE || lex.reading(founded, w) != null) {
        int end = Math.min(t.size(), j + 1 + STEP);
        for (int k = j + 1; k + 1 < end && kind == MoveWords.Kind.MOVE; k++) {
          if (lex.moves().to().contains(t.get(k).norm())) {
            return organisation(v, k + 1, Math.min(t.size(), k + 3)); // "انتقالها من … إلى [شركة] X"
          }
        }
        return organisation(v, j + 1, end);
      }
    }
    return null;
  }

  /**
   * The group a pair or group word within {@link #SUBJECT} words before or after the verb at {@code
   * k} stands for ("الاثنان"، "الباحثان"), with no person named before it; else an empty list.
   */
  private List<String> group(SentenceView v, Discourse d, int k) {
    Tokens t = v.tokens();
    if (v.people().stream().anyMatch(p -> p.last() < k)) {
      return List.of();
    }
    for (int j = Math.max(0, k - SUBJECT); j <= k + SUBJECT && j < t.size(); j++) {
      if (j == k || v.spans()[j] != null || commaBetween(t, Math.min(j, k), Math.max(j, k))) {
        continue;
      }
      String w = t.get(j).norm();
      Integer size = lex.moves().collective().get(w);
      size = size == null && DualNames.dualTitle(lex, w) ? Integer.valueOf(2) : size;
      if (size != null) {
        return d.group(size);
      }
    }
    return List.of();
  }

  private static boolean commaBetween(Tokens t, int a, int b) {
    for (int i = a + 1; i <= b; i++) {
      if (t.gapBefore(i).contains("،")) {
        return true;
      }
    }
    return false;
  }

  /** The person named last before the verb at {@code k}, else within {@link #SUBJECT} words after it; or null. */
  private static Gazetteer.Match person(SentenceView v, int k) {
    Gazetteer.Match last = null;
    for (Gazetteer.Match p : v.people()) {
      if (p.last() < k) {
        last = p;
      } else if (last == null && p.first() > k && p.first() - k <= SUBJECT + 1) {
        return p;
      }
    }
    return last;
  }
}
