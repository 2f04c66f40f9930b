package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A career step told after the move it came before, in a sentence that opens with "وقبل ذلك" and a
 * verb of working ({@code moves.txt} [before-that], [career-verb]): "وقبل ذلك، أمضى قرابة 11 سنة في
 * Y" is a move from Y to the origin X of the last move the article told in the sentences just
 * before, by the person named after the verb or, with none named, by that move's person.
 */
final class EarlierSteps {
  /** How many sentences before this one the move it came before may be told in. */
  private static final int BACK = 2;
  /** How many words after the opening the verb may be. */
  private static final int VERB = 2;
  private static final Set<String> BEFORE = Set.of(Lexicon.norm("قبل"));

  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> that;

  EarlierSteps(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.verbs = Lexicon.normSet(file.words("career-verb"));
    this.that = Lexicon.normSet(file.words("before-that"));
  }

  /** {@code found}, the moves of sentence {@code v}, with the step it tells before one of {@code earlier} (the article's moves so far). */
  List<MoveFinder.Found> with(SentenceView v, List<MoveFinder.Found> earlier, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    Clitics.Stripped opening = t.size() > 3 && spans[0] == null ? lex.reading(BEFORE, t.get(0).norm()) : null;
    if (opening == null || !(opening.prefix().isEmpty() || lex.clitics().isConjunctionOnly(opening.prefix()))
        || spans[1] != null || !that.contains(t.get(1).norm())) {
      return found;
    }
    int k = verb(t, spans);
    if (k < 0) {
      return found;
    }
    Gazetteer.Match y = organisation(v, k + 1);
    Gazetteer.Match named = v.people().stream().filter(p -> p.first() > k && p.first() <= k + VERB).findFirst().orElse(null);
    if (y == null || named != null && named.first() > y.first() || v.people().stream().anyMatch(p -> p.last() < k)) {
      return found;
    }
    int number = v.sentence().number();
    for (int i = earlier.size() - 1; i >= 0; i--) {
      MoveFinder.Found f = earlier.get(i);
      if (f.source().sentence() < number - BACK) {
        break;
      }
      if (f.from() != null && (named == null || named.mention().id().equals(f.person()))) {
        if (f.from().equals(y.mention().id())) {
          return found;
        }
        List<MoveFinder.Found> out = new ArrayList<>(found);
        out.add(new MoveFinder.Found(f.person(), y.mention().id(), f.from(), null, MoveStatus.COMPLETED,
            v.source(t.get(0).start(), y.mention().end())));
        return out;
      }
    }
    return found;
  }

  /** The verb of working within {@link #VERB} words after the opening, or -1. */
  private int verb(Tokens t, Gazetteer.Match[] spans) {
    for (int k = 2; k < t.size() && k <= 1 + VERB; k++) {
      if (spans[k] == null && lex.reading(verbs, t.get(k).norm()) != null) {
        return k;
      }
    }
    return -1;
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
