package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A career step told after the move it came before, by words pointing back ("وقبل ذلك"، "قبلها":
 * {@code moves.txt} [before-that], [before-it]) and a verb of working ([career-verb]): "وقبل ذلك،
 * أمضى قرابة 11 سنة في Y" and "…، وكانت قبلها قد عملت … في Y" are a move from Y to the origin X
 * of the last move told before them, in the sentence or the {@link #BACK} before it, by the person
 * named after the verb or, with none named, by that move's person.
 */
final class EarlierSteps implements Triggered {
  /** How many sentences before this one the move it came before may be told in. */
  private static final int BACK = 2;
  /** How many words after the opening the verb may be. */
  private static final int VERB = 2;
  private static final Set<String> BEFORE = Set.of(Lexicon.norm("قبل"));

  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> that;
  private final Set<String> pronouns;

  EarlierSteps(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.verbs = Lexicon.normSet(file.words("career-verb"));
    this.that = Lexicon.normSet(file.words("before-that"));
    this.pronouns = Lexicon.normSet(file.words("before-it"));
  }

  /** The verbs of working. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  /** {@code found}, the moves of sentence {@code v}, with the step it tells before one of {@code earlier} (the article's moves so far). */
  List<MoveFinder.Found> with(SentenceView v, List<MoveFinder.Found> earlier, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 1; k < t.size(); k++) {
      Clitics.Stripped verb = spans[k] == null ? lex.reading(verbs, t.get(k).norm()) : null;
      int opening = verb == null || !verb.prefix().isEmpty() ? -1 : opening(t, spans, k);
      MoveFinder.Found step = opening < 0 ? null : step(v, earlier, found, opening, k);
      if (step != null) {
        List<MoveFinder.Found> out = new ArrayList<>(found);
        out.add(step);
        return out;
      }
    }
    return found;
  }

  /** The step told from word {@code opening} with the verb at {@code k}, or null. */
  private static MoveFinder.Found step(SentenceView v, List<MoveFinder.Found> earlier, List<MoveFinder.Found> found, int opening, int k) {
    Tokens t = v.tokens();
    Gazetteer.Match y = organisation(v, k + 1);
    Gazetteer.Match named = v.people().stream().filter(p -> p.first() > k && p.first() <= k + VERB).findFirst().orElse(null);
    if (y == null || named != null && named.first() > y.first()
        || v.people().stream().anyMatch(p -> p.first() >= opening && p.last() < k)) {
      return null;
    }
    MoveFinder.Found before = before(v, earlier, found, named, t.get(opening).start());
    return before == null || before.from().equals(y.mention().id()) ? null
        : new MoveFinder.Found(before.person(), y.mention().id(), before.from(), null, MoveStatus.COMPLETED,
            v.source(t.get(opening).start(), y.mention().end()));
  }

  /**
   * Where the words pointing back before the verb at {@code k} start: "وقبل ذلك،" opening the
   * sentence, the verb within {@link #VERB} words after it; or "قبلها" or "قبل ذلك" in the verb's
   * clause, within {@link #VERB} words before it ("وكانت قبلها قد عملت"); else -1.
   */
  private int opening(Tokens t, Gazetteer.Match[] spans, int k) {
    if (k <= 1 + VERB && before(t, spans, 0) && that.contains(t.get(1).norm()) && spans[1] == null) {
      return 0;
    }
    for (int j = k - 1; j >= 0 && j >= k - 1 - VERB && !t.gapBefore(j + 1).contains("،"); j--) {
      if (spans[j] != null) {
        return -1;
      }
      if (pronouns.contains(t.get(j).norm()) || j + 1 < k && before(t, spans, j) && that.contains(t.get(j + 1).norm())) {
        return j;
      }
    }
    return -1;
  }

  /** Whether word {@code j} is "قبل", bare or after a conjunction. */
  private boolean before(Tokens t, Gazetteer.Match[] spans, int j) {
    Clitics.Stripped r = spans[j] == null ? lex.reading(BEFORE, t.get(j).norm()) : null;
    return r != null && (r.prefix().isEmpty() || lex.clitics().isConjunctionOnly(r.prefix()));
  }

  /**
   * The last move with an origin told before offset {@code at} of this sentence or in the {@link
   * #BACK} sentences before it, by {@code named} if not null; or null.
   */
  private static MoveFinder.Found before(
      SentenceView v, List<MoveFinder.Found> earlier, List<MoveFinder.Found> found, Gazetteer.Match named, int at) {
    List<MoveFinder.Found> told = new ArrayList<>(earlier);
    found.stream().filter(f -> v.text().indexOf(f.source().quote()) < at).forEach(told::add);
    int number = v.sentence().number();
    for (int i = told.size() - 1; i >= 0; i--) {
      MoveFinder.Found f = told.get(i);
      if (f.source().sentence() < number - BACK) {
        return null;
      }
      if (f.from() != null && (named == null || named.mention().id().equals(f.person()))) {
        return f;
      }
    }
    return null;
  }

  /** The first organisation after word {@code from} in its clause, or null. */
  private static Gazetteer.Match organisation(SentenceView v, int from) {
    Tokens t = v.tokens();
    for (Gazetteer.Match m : v.matches()) {
      if (m.first() >= from && v.organisation(m)) {
        for (int j = from + 1; j <= m.first(); j++) {
          if (t.gapBefore(j).contains("،") || t.gapBefore(j).contains("؛")) {
            return null;
          }
        }
        return m;
      }
    }
    return null;
  }
}
