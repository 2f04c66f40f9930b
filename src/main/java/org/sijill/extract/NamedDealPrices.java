package org.sijill.extract;

import java.util.List;
import java.util.Set;

/**
 * A deal named by its kind and priced in a relative clause ("إلغاء صفقة الاستحواذ التي قُدرت قيمتها
 * بـ1.4 مليار دولار"): "صفقة" with no article, then a definite deal word, prices the last deal of
 * that type found before in the article when it has no amount and the sentence found none of its own.
 */
final class NamedDealPrices implements Triggered {
  /** How many words after the deal word the amount may be. */
  private static final int REACH = 8;
  private static final Set<String> DEAL = Lexicon.normSet(List.of("صفقة"));

  private final Lexicon lex;

  NamedDealPrices(Lexicon lex) {
    this.lex = lex;
  }

  /** The deal's noun. */
  @Override
  public Set<String> triggers() {
    return DEAL;
  }

  /** {@code found}, the article's deals so far, with a price for an earlier one that sentence {@code v} names. */
  void apply(List<DealFinder.Found> found, SentenceView v) {
    Tokens t = v.tokens();
    int n = v.sentence().number();
    for (int k = 0; k + 1 < t.size(); k++) {
      Clitics.Stripped deal = v.spans()[k] == null ? lex.reading(DEAL, t.get(k).norm()) : null;
      String next = t.get(k + 1).norm();
      Clitics.Stripped word = deal == null || deal.prefix().endsWith("ال") || !next.startsWith("ال") ? null : lex.reading(lex.deals().triggers(), next);
      DealWords.Trigger trigger = word == null ? null : lex.deals().triggers().get(word.stem());
      if (trigger == null || found.stream().anyMatch(f -> f.source().sentence() == n && f.type() == trigger.type())) {
        continue;
      }
      MoneyValue amount = amountAfter(v, k + 1);
      for (int i = found.size() - 1; amount != null && i >= 0; i--) {
        DealFinder.Found f = found.get(i);
        if (f.type() == trigger.type()) {
          if (f.amount() == null) {
            found.add(new DealFinder.Found(f.type(), f.subject(), f.object(), f.others(), f.partners(), amount, f.stake(), f.date(), f.status(),
                f.clientActs(), v.source(t.get(k).start(), amount.end()), f.sellers()));
          }
          return;
        }
      }
    }
  }

  /** The first amount within {@link #REACH} words after word {@code k}, no comma between, or null. */
  private static MoneyValue amountAfter(SentenceView v, int k) {
    Tokens t = v.tokens();
    int last = k;
    while (last + 1 < t.size() && last < k + REACH && !t.gapAfter(last).contains("،")) {
      last++;
    }
    int from = t.get(k).end();
    int to = t.get(last).end();
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m && m.start() >= from && m.start() < to) {
        return m;
      }
    }
    return null;
  }
}
