package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Who sells in an acquisition. A unit of an organisation bought ({@code deals.txt} [unit-bought])
 * with its owner X named after "التابع لـ" or "في" ("الاستحواذ على قسم الروبوتات التابع لمجموعة
 * «إيه بي بي»") is a deal of the buyer and X, its seller: the buyer is the organisation right after
 * the word, else the first of the sentence. An organisation bought "من" its owner ("استحوذت X على
 * Y من Z") has Z as its seller.
 */
final class UnitsBought implements Triggered {
  /** How many words after the unit word its owner may be named. */
  private static final int OWNER = 5;
  /** How many words before the word a status may be told ("توقيع اتفاق للاستحواذ"). */
  private static final int STATUS = 8;
  /** How many words after the owner the price may be. */
  private static final int PRICE = 12;
  private static final String ON = Lexicon.norm("على");
  private static final String FROM = Lexicon.norm("من");
  private static final Set<String> OF = Set.of(Lexicon.norm("في"), Lexicon.norm("لدى"));

  private final Lexicon lex;
  private final Set<String> acquiring;
  private final Set<String> units;
  private final Set<String> belonging;

  UnitsBought(Lexicon lex) {
    this.lex = lex;
    this.acquiring = Set.copyOf(lex.deals().triggers().entrySet().stream()
        .filter(e -> e.getValue().type() == DealType.ACQUISITION).map(java.util.Map.Entry::getKey).toList());
    DataFile file = DataFile.load("deals.txt");
    this.units = Lexicon.normSet(file.words("unit-bought"));
    this.belonging = Lexicon.normSet(file.words("belonging"));
  }

  /** The words of acquiring. */
  @Override
  public Set<String> triggers() {
    return acquiring;
  }

  /**
   * {@code found}, the deals found in sentence {@code v} so far, with the acquisitions of units it
   * tells: a new deal, or the owner of the unit made the seller of one found already.
   */
  List<DealFinder.Found> apply(SentenceView v, List<DealFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<DealFinder.Found> out = new ArrayList<>(found);
    for (int k = 0; k + 2 < t.size(); k++) {
      Clitics.Stripped r = spans[k] == null ? lex.reading(acquiring, t.get(k).norm()) : null;
      Gazetteer.Match buyer = r == null ? null : buyer(v, k);
      int u = buyer == null ? -1 : buyer.first() > k && buyer.first() <= k + 2 ? buyer.last() + 1 : k + 1;
      u = u >= 0 && u < t.size() && t.get(u).norm().equals(ON) ? u + 1 : u;
      Gazetteer.Match owner = u < 0 || u >= t.size() || spans[u] != null || lex.reading(units, t.get(u).norm()) == null ? null : owner(v, u);
      if (owner == null || owner.mention().id().equals(buyer.mention().id())) {
        continue;
      }
      String seller = owner.mention().id();
      int known = known(out, buyer, owner);
      if (known >= 0) {
        DealFinder.Found f = out.get(known);
        out.set(known, new DealFinder.Found(f.type(), f.subject(), f.object(), f.others(), f.partners(), f.amount(), f.stake(),
            f.date(), f.status(), f.clientActs(), f.source(), List.of(seller)));
        continue;
      }
      DealStatus status = status(t, k, lex.deals().triggers().get(r.stem()).status());
      out.add(new DealFinder.Found(DealType.ACQUISITION, buyer.mention().id(), seller, List.of(), List.of(),
          v.amountWithin(owner.last(), owner.last() + PRICE + 1), null, v.dateNear(k), status, false,
          v.source(Math.min(t.get(k).start(), buyer.mention().start()), owner.mention().end()), List.of(seller)));
    }
    return out;
  }

  /** {@code found} with the seller named after "من" right after each acquisition's organisation bought, in sentence {@code v}. */
  static List<DealFinder.Found> withSellers(SentenceView v, List<DealFinder.Found> found) {
    List<DealFinder.Found> out = null;
    for (int i = 0; i < found.size(); i++) {
      DealFinder.Found f = found.get(i);
      Gazetteer.Match seller = f.type() == DealType.ACQUISITION && f.object() != null ? sellerAfter(v, f) : null;
      if (seller != null) {
        out = out == null ? new ArrayList<>(found) : out;
        List<String> sellers = new ArrayList<>(f.sellers());
        sellers.add(seller.mention().id());
        out.set(i, new DealFinder.Found(f.type(), f.subject(), f.object(), f.others(), f.partners(), f.amount(), f.stake(),
            f.date(), f.status(), f.clientActs(), f.source(), List.copyOf(sellers)));
      }
    }
    return out == null ? found : out;
  }

  /** The organisation after "من" right after the one {@code f} buys, if it is no party yet; else null. */
  private static Gazetteer.Match sellerAfter(SentenceView v, DealFinder.Found f) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (Gazetteer.Match m : v.matches()) {
      int j = m.last() + 1;
      if (m.mention().id().equals(f.object()) && j + 1 < t.size() && spans[j] == null && t.get(j).norm().equals(FROM)
          && !t.gapBefore(j).contains("،")) {
        Gazetteer.Match z = spans[j + 1];
        boolean party = z != null && (z.mention().id().equals(f.subject()) || z.mention().id().equals(f.object())
            || f.sellers().contains(z.mention().id()) || f.others().contains(z.mention().id()));
        return z != null && z.first() == j + 1 && v.organisation(z) && !party ? z : null;
      }
    }
    return null;
  }

  /** The buyer: the organisation right after the word (its word allowed before it), else the first of the sentence before it; or null. */
  private Gazetteer.Match buyer(SentenceView v, int k) {
    Gazetteer.Match[] spans = v.spans();
    Gazetteer.Match after = v.organisationAt(k + 1);
    if (after != null) {
      return after;
    }
    for (int j = 0; j < k; j++) {
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j];
      }
    }
    return null;
  }

  /** The owner of the unit at word {@code u}: the organisation after "التابع لـ" or "في" within {@link #OWNER} words, in the clause; or null. */
  private Gazetteer.Match owner(SentenceView v, int u) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int j = u + 1; j < t.size() && j <= u + OWNER && !t.gapBefore(j).contains("،"); j++) {
      if (spans[j] != null) {
        return null;
      }
      Gazetteer.Match owner = OF.contains(t.get(j).norm()) || belonging.contains(t.get(j).norm()) ? v.organisationAt(j + 1) : null;
      if (owner != null) {
        return owner;
      }
    }
    return null;
  }

  private DealStatus status(Tokens t, int k, DealStatus otherwise) {
    for (int j = k - 1; j >= Math.max(0, k - STATUS); j--) {
      DealStatus s = lex.deals().statusAt(lex, t, j);
      if (s != null) {
        return s;
      }
    }
    return otherwise;
  }

  /** Where in {@code found} an acquisition by the buyer of the owner is, or -1. */
  private static int known(List<DealFinder.Found> found, Gazetteer.Match buyer, Gazetteer.Match owner) {
    for (int i = 0; i < found.size(); i++) {
      DealFinder.Found f = found.get(i);
      if (f.type() == DealType.ACQUISITION && buyer.mention().id().equals(f.subject()) && owner.mention().id().equals(f.object())) {
        return i;
      }
    }
    return -1;
  }
}
