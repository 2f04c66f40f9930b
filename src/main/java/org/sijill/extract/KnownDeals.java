package org.sijill.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Party;
import org.sijill.facts.Source;

/**
 * Gives a proposed deal the id of a deal already in the fact base when both are between the same
 * parties and agree on the amount or the type: articles name one deal differently ("استثمار" in
 * one, "الاستحواذ" in another), and the editor's file is the one to add sources to.
 */
final class KnownDeals {
  private KnownDeals() {}

  static List<Deal> resolve(List<Deal> proposed, FactBase base) {
    Map<String, Deal> byId = new LinkedHashMap<>();
    for (Deal deal : proposed) {
      Deal resolved = withId(deal, knownId(deal, base));
      Deal earlier = byId.get(resolved.id());
      byId.put(resolved.id(), earlier == null ? resolved : withSources(earlier, resolved.sources()));
    }
    return List.copyOf(byId.values());
  }

  private static String knownId(Deal deal, FactBase base) {
    if (base.deals().containsKey(deal.id())) {
      return deal.id();
    }
    Set<String> parties = parties(deal);
    for (Deal known : base.deals().values()) {
      if (!within(known, parties)) {
        continue;
      }
      boolean sameAmount =
          deal.amount() != null
              && known.amount() != null
              && deal.amount().value().compareTo(known.amount().value()) == 0;
      if (parties.equals(parties(known)) && (sameAmount || deal.type() == known.type())) {
        return known.id();
      }
    }
    return deal.id();
  }

  /** Whether every party of {@code known} is one of {@code parties}: a cheap test before comparing sets. */
  private static boolean within(Deal known, Set<String> parties) {
    for (Party p : known.parties()) {
      if (p.entity() != null && !parties.contains(p.entity())) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> parties(Deal deal) {
    return deal.parties().stream().map(Party::entity).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  private static Deal withId(Deal d, String id) {
    return id.equals(d.id())
        ? d
        : new Deal(id, d.type(), d.title(), d.parties(), d.amount(), d.stakePercent(), d.date(), d.dateText(),
            d.status(), d.sources(), d.review());
  }

  private static Deal withSources(Deal d, List<Source> more) {
    List<Source> sources = new ArrayList<>(d.sources());
    more.stream().filter(s -> !sources.contains(s)).forEach(sources::add);
    return new Deal(d.id(), d.type(), d.title(), d.parties(), d.amount(), d.stakePercent(), d.date(), d.dateText(),
        d.status(), sources, d.review());
  }
}
