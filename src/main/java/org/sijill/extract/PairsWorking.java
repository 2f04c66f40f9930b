package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Two companies said to work together with no names ({@code deals.txt} [cooperate] then [pair]:
 * "وستتعاون الشركتان في بناء مجمع حوسبة للذكاء الاصطناعي"): a partnership of the two parties of
 * the article's last deal read before, announced after a verb of [cooperate-future], else done;
 * so is a partnership the two agreed on ([agreed], [pair], "على" and a word of
 * [partnership-word]: "وبالتوازي، اتفقت الشركتان على شراكة استراتيجية"), announced.
 */
final class PairsWorking implements Triggered {
  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> future;
  private final Set<String> pair;
  private final Set<String> agreeing;
  private final Set<String> partnerships;
  private static final String ON = Lexicon.norm("على");

  PairsWorking(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.verbs = Lexicon.normSet(file.words("cooperate"));
    this.future = Lexicon.normSet(file.words("cooperate-future"));
    this.pair = Lexicon.normSet(file.words("pair"));
    this.agreeing = Lexicon.normSet(file.words("agreed"));
    this.partnerships = Lexicon.normSet(file.words("partnership-word"));
  }

  /** The verbs of cooperating and agreeing. */
  @Override
  public Set<String> triggers() {
    Set<String> all = new java.util.HashSet<>(verbs);
    all.addAll(agreeing);
    return Set.copyOf(all);
  }

  List<DealFinder.Found> find(SentenceView v, List<DealFinder.Found> earlier) {
    Tokens t = v.tokens();
    for (int k = 0; k + 1 < t.size(); k++) {
      Clitics.Stripped verb = v.spans()[k] == null ? lex.reading(verbs, t.get(k).norm()) : null;
      Clitics.Stripped agreed = verb == null && v.spans()[k] == null ? lex.reading(agreeing, t.get(k).norm()) : null;
      if (verb == null && agreed == null || v.spans()[k + 1] != null || lex.reading(pair, t.get(k + 1).norm()) == null || earlier.isEmpty()) {
        continue;
      }
      int end = k + 1;
      if (agreed != null) { // "اتفقت الشركتان على شراكة …"
        if (k + 3 >= t.size() || !t.get(k + 2).norm().equals(ON) || lex.reading(partnerships, t.get(k + 3).norm()) == null) {
          continue;
        }
        end = k + 3;
      }
      DealFinder.Found last = earlier.get(earlier.size() - 1);
      DealStatus status = agreed != null || future.contains(verb.stem()) ? DealStatus.ANNOUNCED : DealStatus.COMPLETED;
      if (last.object() == null || read(earlier, last, v)) {
        continue;
      }
      return List.of(new DealFinder.Found(DealType.PARTNERSHIP, last.subject(), last.object(), List.of(), List.of(), null, null, v.dateNear(k), status,
          false, v.source(t.get(k).start(), t.get(end).end())));
    }
    return List.of();
  }

  /** Whether a partnership of the parties of {@code last} was read in sentence {@code v} already. */
  private static boolean read(List<DealFinder.Found> earlier, DealFinder.Found last, SentenceView v) {
    return earlier.stream().anyMatch(f -> f.type() == DealType.PARTNERSHIP && f.source().sentence() == v.sentence().number()
        && Set.of(f.subject(), f.object()).equals(Set.of(last.subject(), last.object())));
  }
}
