package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A purchase agreed with another organisation ({@code deals.txt} [agreed], then "مع", then "على"
 * and a word of [purchase]): "اتفقت IREN مع Dell Technologies على شراء وحدات … بنحو 5.8 مليار $"
 * is an announced contract of the buyer, its client, and the other, its supplier, priced by the
 * amount that follows in the clause. The buyer is the organisation right after the verb, else the
 * one right before it.
 */
final class AgreedPurchases implements Triggered {
  /** How many words after the other party "على" may be. */
  private static final int ON_REACH = 2;
  /** How many words after the purchase word the price may be. */
  private static final int PRICE = 10;
  private static final String WITH = Lexicon.norm("مع");
  private static final String ON = Lexicon.norm("على");

  private final Lexicon lex;
  private final Set<String> agreed;
  private final Set<String> purchase;

  AgreedPurchases(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.agreed = Lexicon.normSet(file.words("agreed"));
    this.purchase = Lexicon.normSet(file.words("purchase"));
  }

  @Override
  public Set<String> triggers() {
    return agreed;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 3 < t.size(); k++) {
      if (spans[k] != null || lex.reading(agreed, t.get(k).norm()) == null) {
        continue;
      }
      Gazetteer.Match buyer = v.organisationAt(k + 1);
      buyer = buyer != null ? buyer : k > 0 && spans[k - 1] != null && v.organisation(spans[k - 1]) ? spans[k - 1] : null;
      int with = buyer != null && buyer.first() > k ? buyer.last() + 1 : k + 1;
      Gazetteer.Match seller = buyer == null || with >= t.size() || !t.get(with).norm().equals(WITH) ? null : v.organisationAt(with + 1);
      int p = seller == null ? -1 : purchaseAfter(t, spans, seller.last() + 1);
      if (p < 0 || seller.mention().id().equals(buyer.mention().id())) {
        continue;
      }
      return List.of(new DealFinder.Found(DealType.CONTRACT, buyer.mention().id(), seller.mention().id(), List.of(), List.of(),
          v.amountAfter(p, PRICE), null, v.dateNear(k), DealStatus.ANNOUNCED, true,
          v.source(t.get(Math.min(k, buyer.first())).start(), t.get(p).end())));
    }
    return List.of();
  }

  /** The word of purchase after "على" within {@link #ON_REACH} words from word {@code j}, or -1. */
  private int purchaseAfter(Tokens t, Gazetteer.Match[] spans, int j) {
    for (int i = j; i + 1 < t.size() && i < j + ON_REACH && !t.gapBefore(i).contains("،"); i++) {
      if (t.get(i).norm().equals(ON) && spans[i + 1] == null && lex.reading(purchase, t.get(i + 1).norm()) != null) {
        return i + 1;
      }
    }
    return -1;
  }
}
