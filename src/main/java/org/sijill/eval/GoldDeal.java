package org.sijill.eval;

import java.util.Map;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;
import org.sijill.facts.Money;

/**
 * A deal the article states: the accepted types (the first is the annotator's; others are readings
 * the words allow), the parties by id with their roles, the amount if the article gives one.
 */
public record GoldDeal(Set<DealType> types, DealType type, Map<String, String> parties, Money amount, DealStatus status) {
  public GoldDeal {
    types = Set.copyOf(types);
    parties = Map.copyOf(parties);
  }
}
