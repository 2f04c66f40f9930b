package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Shares received in a company ({@code deals.txt} [shares-verb], [shares]): "وستحصل «أوبن إيه آي»
 * بموجب الاتفاق على أسهم في «كورويف» بقيمة 350 مليون دولار" is an investment by the organisation
 * right after the verb (a company's word allowed) in the one after "في" right after the shares'
 * word, priced by the first amount after it; announced after a verb of [shares-future], else done.
 */
final class SharesReceived implements Triggered {
  /** How many words after the one that gets them "على" may be ("بموجب الاتفاق"). */
  private static final int ON = 4;
  /** How many words after the company the amount may be. */
  private static final int PRICE = 4;
  private static final String ON_WORD = Lexicon.norm("على");
  private static final String IN = "في";

  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> future;
  private final Set<String> shares;

  SharesReceived(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.verbs = Lexicon.normSet(file.words("shares-verb"));
    this.future = Lexicon.normSet(file.words("shares-future"));
    this.shares = Lexicon.normSet(file.words("shares"));
  }

  /** The verbs of getting. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 4 < t.size(); k++) {
      Clitics.Stripped verb = spans[k] == null ? lex.reading(verbs, t.get(k).norm()) : null;
      Gazetteer.Match investor = verb == null ? null : v.organisationAt(k + 1);
      int on = investor == null ? -1 : next(t, spans, investor.last() + 1);
      if (on < 0 || on + 3 >= t.size() || spans[on + 1] != null || lex.reading(shares, t.get(on + 1).norm()) == null
          || !t.get(on + 2).norm().equals(IN)) {
        continue;
      }
      Gazetteer.Match investee = v.organisationAt(on + 3);
      if (investee == null || investee.mention().id().equals(investor.mention().id())) {
        continue;
      }
      DealStatus status = future.contains(verb.stem()) ? DealStatus.ANNOUNCED : DealStatus.COMPLETED;
      return List.of(new DealFinder.Found(DealType.INVESTMENT, investor.mention().id(), investee.mention().id(), List.of(), List.of(),
          v.amountAfter(investee.last(), PRICE), null, v.dateNear(k), status, false, v.source(t.get(k).start(), investee.mention().end())));
    }
    return List.of();
  }

  /** The word "على" within {@link #ON} words from {@code from}, no name between, or -1. */
  private static int next(Tokens t, Gazetteer.Match[] spans, int from) {
    for (int j = from; j < t.size() && j < from + ON; j++) {
      if (spans[j] != null || t.gapBefore(j).contains("،")) {
        return -1;
      }
      if (t.get(j).norm().equals(ON_WORD)) {
        return j;
      }
    }
    return -1;
  }
}
