package org.sijill.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Deal;
import org.sijill.facts.Money;
import org.sijill.facts.Party;
import org.sijill.facts.Review;
import org.sijill.facts.Source;

/**
 * Merges the deals found in an article (same type, same parties) into draft deal records with an
 * id ({@code <acting>-<other>-<type>}), parties with their roles, and a title from
 * {@code deals.txt}.
 */
final class Deals {
  private static final String SELLER = "seller";
  private final Lexicon lex;
  private final Map<String, String> ids;
  private final Map<String, Bilingual> names;
  private final Set<String> used;
  private final Set<String> people;

  /** {@code ids} and {@code names} by entity key; {@code people}: the keys that are people; {@code used}: ids taken. */
  Deals(Lexicon lex, Map<String, String> ids, Map<String, Bilingual> names, Set<String> people, Set<String> used) {
    this.lex = lex;
    this.ids = ids;
    this.names = names;
    this.people = people;
    this.used = used;
  }

  List<Deal> merge(List<DealFinder.Found> found) {
    Map<String, List<DealFinder.Found>> groups = new LinkedHashMap<>();
    for (DealFinder.Found f : found) {
      if (ids.containsKey(f.subject()) && ids.containsKey(f.object())) {
        groups.computeIfAbsent(f.type() + "|" + f.subject() + "|" + f.object(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Deal> out = new ArrayList<>();
    for (List<DealFinder.Found> group : groups.values()) {
      out.add(deal(group));
    }
    out.sort(java.util.Comparator.comparing(Deal::id));
    return out;
  }

  private Deal deal(List<DealFinder.Found> group) {
    DealFinder.Found first = group.get(0);
    String a = ids.get(first.subject());
    String b = ids.get(first.object());
    String id = a + "-" + b + "-" + first.type().yaml();
    for (int n = 2; used.contains(id); n++) {
      id = a + "-" + b + "-" + first.type().yaml() + "-" + n;
    }
    used.add(id);
    List<String> roles = lex.deals().roles().get(first.type());
    List<Party> parties = new ArrayList<>();
    parties.add(party(first.subject(), first.sellers().contains(first.subject()) ? SELLER : roles.get(first.clientActs() ? 1 : 0)));
    parties.add(party(first.object(), first.sellers().contains(first.object()) ? SELLER : roles.get(first.clientActs() ? 0 : 1)));
    for (String other : first.others()) {
      if (ids.containsKey(other)) {
        parties.add(party(other, roles.get(first.clientActs() ? 0 : 1)));
      }
    }
    MoneyValue amount = null;
    java.math.BigDecimal stake = null;
    DateValue date = null;
    List<Source> sources = new ArrayList<>();
    for (DealFinder.Found f : group) {
      amount = finer(amount, f.amount());
      stake = stake != null ? stake : f.stake();
      date = date != null ? date : f.date();
      for (String p : f.partners()) {
        if (ids.containsKey(p) && parties.stream().noneMatch(x -> ids.get(p).equals(x.entity()))) {
          parties.add(party(p, first.type() == org.sijill.facts.DealType.INVESTMENT ? roles.get(0) : "partner"));
        }
      }
      for (String p : f.sellers()) {
        if (ids.containsKey(p) && parties.stream().noneMatch(x -> ids.get(p).equals(x.entity()))) {
          parties.add(party(p, SELLER));
        }
      }
      if (!sources.contains(f.source())) {
        sources.add(f.source());
      }
    }
    List<String> titles = lex.deals().titles().get(first.type());
    Bilingual na = names.get(first.subject());
    Bilingual nb = names.get(first.object());
    Bilingual title =
        Bilingual.of(
            titles.get(0).replace("{a}", na.in("en")).replace("{b}", nb.in("en")),
            titles.get(1).replace("{a}", na.in("ar")).replace("{b}", nb.in("ar")));
    return new Deal(
        id, first.type(), title, parties, amount == null ? null : new Money(amount.amount(), amount.currency()), stake,
        date == null ? null : date.iso(), date == null ? null : date.text(), first.status(), sources, Review.DRAFT);
  }

  private Party party(String key, String role) {
    String id = ids.get(key);
    return people.contains(key) ? new Party(null, id, role) : new Party(id, null, role);
  }

  /**
   * The amount first told, unless a later one is the same rounded ("5.4 مليار" in a headline,
   * "5.375 مليار" in the text): then the more precise one.
   */
  private static MoneyValue finer(MoneyValue told, MoneyValue next) {
    if (told == null || next == null) {
      return told != null ? told : next;
    }
    BigDecimal a = told.amount().stripTrailingZeros();
    BigDecimal b = next.amount().stripTrailingZeros();
    boolean rounded = told.currency().equals(next.currency()) && b.precision() > a.precision()
        && b.round(new MathContext(a.precision(), RoundingMode.HALF_UP)).compareTo(a) == 0;
    return rounded ? next : told;
  }
}
