package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Deal;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;
import org.sijill.facts.FactBase;
import org.sijill.facts.Money;
import org.sijill.facts.Party;
import org.sijill.facts.Review;
import org.sijill.facts.Source;
import org.junit.jupiter.api.Test;

class KnownDealsTest {
  private static Deal deal(String id, DealType type, long amount, Source... sources) {
    return new Deal(id, type, Bilingual.of(id, null),
        List.of(new Party("meta", null, "investor"), new Party("scale-ai", null, "investee")),
        amount == 0 ? null : new Money(BigDecimal.valueOf(amount), "USD"), null, null, null,
        DealStatus.COMPLETED, List.of(sources), Review.DRAFT);
  }

  private static FactBase base(Deal... deals) {
    TreeMap<String, Deal> map = new TreeMap<>();
    for (Deal d : deals) {
      map.put(d.id(), d);
    }
    return new FactBase(null, new TreeMap<>(), new TreeMap<>(), map, new TreeMap<>());
  }

  @Test
  void theSameDealCalledAnAcquisitionTakesTheIdOnFile() {
    FactBase base = base(deal("meta-scale-ai-investment", DealType.INVESTMENT, 14_300_000_000L));
    List<Deal> resolved =
        KnownDeals.resolve(List.of(deal("meta-scale-ai-acquisition", DealType.ACQUISITION, 14_300_000_000L)), base);
    assertEquals(List.of("meta-scale-ai-investment"), resolved.stream().map(Deal::id).toList());
  }

  @Test
  void aDifferentAmountAndTypeBetweenTheSamePartiesIsAnotherDeal() {
    FactBase base = base(deal("meta-scale-ai-investment", DealType.INVESTMENT, 14_300_000_000L));
    List<Deal> resolved =
        KnownDeals.resolve(List.of(deal("meta-scale-ai-contract", DealType.CONTRACT, 99_000_000L)), base);
    assertEquals(List.of("meta-scale-ai-contract"), resolved.stream().map(Deal::id).toList());
  }

  @Test
  void twoProposalsOfOneKnownDealBecomeOneWithBothSources() {
    Source a = new Source("x", 2, "استثمار");
    Source b = new Source("x", 5, "الاستحواذ");
    FactBase base = base(deal("meta-scale-ai-investment", DealType.INVESTMENT, 0));
    List<Deal> resolved =
        KnownDeals.resolve(
            List.of(deal("p1", DealType.INVESTMENT, 0, a), deal("p2", DealType.INVESTMENT, 0, b)), base);
    assertEquals(1, resolved.size());
    assertEquals(List.of(a, b), resolved.get(0).sources());
  }
}
