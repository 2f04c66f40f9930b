package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Services bought from an organisation ({@code deals.txt} [services] right after a buying word of
 * [direct]): "التزمت OpenAI بشراء خدمات حوسبة سحابية إضافية من منصة "أزور" التابعة لمايكروسوفت بقيمة
 * 250 مليار دولار" is a contract of the buyer, its client, with the seller after "من" (the owner of a
 * thing named there), priced by the amount that follows in the clause.
 */
final class ServicesBought implements Triggered {
  /** How far before the buying word the buyer may be, and how far after the services "من". */
  private static final int REACH = 5;

  private final Lexicon lex;
  private final Set<String> buying;
  private final Set<String> services;

  ServicesBought(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.buying = Lexicon.normSet(file.rows("direct").stream().map(r -> r.get(0)).toList());
    this.services = Lexicon.normSet(file.words("services"));
  }

  @Override
  public Set<String> triggers() {
    return buying;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 1 < t.size(); k++) {
      if (spans[k] != null || lex.reading(buying, t.get(k).norm()) == null || lex.reading(services, t.get(k + 1).norm()) == null) {
        continue;
      }
      Gazetteer.Match buyer = null;
      for (int j = k - 1; j >= 0 && k - j <= REACH && buyer == null; j--) {
        buyer = spans[j] != null && v.organisation(spans[j]) ? spans[j] : null;
      }
      for (int j = k + 2; buyer != null && j + 1 < t.size() && j <= k + 1 + REACH && !t.gapBefore(j).contains("،"); j++) {
        if (spans[j] == null && t.get(j).norm().equals("من")) {
          Gazetteer.Match seller = seller(v, spans, j + 1);
          if (seller == null || seller.mention().id().equals(buyer.mention().id())) {
            break;
          }
          MoneyValue amount = v.amountAfter(seller.last(), REACH);
          return List.of(new DealFinder.Found(DealType.CONTRACT, buyer.mention().id(), seller.mention().id(), List.of(), List.of(), amount, null,
              v.dateNear(k), DealStatus.COMPLETED, true, v.source(buyer.mention().start(), seller.mention().end())));
        }
      }
    }
    return List.of();
  }

  /** The organisation at word {@code j} (an organisation word before it allowed), or the owner of the thing named there. */
  private Gazetteer.Match seller(SentenceView v, Gazetteer.Match[] spans, int j) {
    Tokens t = v.tokens();
    for (int i = j; i < t.size() && i <= j + 3 && !t.gapBefore(i).contains("،"); i++) {
      Gazetteer.Match owner = Owners.owner(t, spans, spans[i] == null ? i : spans[i].last());
      if (owner != null || spans[i] != null) {
        return owner != null ? owner : v.organisation(spans[i]) ? spans[i] : null;
      }
    }
    return null;
  }
}
