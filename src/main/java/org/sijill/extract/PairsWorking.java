package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Two companies said to work together with no names ({@code deals.txt} [cooperate] then [pair]:
 * "وستتعاون الشركتان في بناء مجمع حوسبة للذكاء الاصطناعي"): a partnership of the two parties of
 * the article's last deal read before, announced after a verb of [cooperate-future], else done.
 */
final class PairsWorking implements Triggered {
  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> future;
  private final Set<String> pair;

  PairsWorking(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.verbs = Lexicon.normSet(file.words("cooperate"));
    this.future = Lexicon.normSet(file.words("cooperate-future"));
    this.pair = Lexicon.normSet(file.words("pair"));
  }

  /** The verbs of cooperating. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  List<DealFinder.Found> find(SentenceView v, List<DealFinder.Found> earlier) {
    Tokens t = v.tokens();
    for (int k = 0; k + 1 < t.size(); k++) {
      Clitics.Stripped verb = v.spans()[k] == null ? lex.reading(verbs, t.get(k).norm()) : null;
      if (verb == null || v.spans()[k + 1] != null || lex.reading(pair, t.get(k + 1).norm()) == null || earlier.isEmpty()) {
        continue;
      }
      DealFinder.Found last = earlier.get(earlier.size() - 1);
      DealStatus status = future.contains(verb.stem()) ? DealStatus.ANNOUNCED : DealStatus.COMPLETED;
      return List.of(new DealFinder.Found(DealType.PARTNERSHIP, last.subject(), last.object(), List.of(), List.of(), null, null, v.dateNear(k), status,
          false, v.source(t.get(k).start(), t.get(k + 1).end())));
    }
    return List.of();
  }
}
