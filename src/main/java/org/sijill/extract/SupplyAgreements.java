package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A contract told as an agreement to supply ({@code deals.txt} [agreement], [supplies-to]): in
 * "أعلنت نيبيوس توقيع اتفاق مع مايكروسوفت تزوّدها بموجبه بقدرات حوسبة … بقيمة 17.4 مليار دولار" the
 * organisation after "مع" (an organisation's word between allowed) is supplied, the client, and the last organisation before the agreement
 * word supplies it, the contractor; the amount is the first after the client in the clause. A deal
 * of no type between the same two, told before (a headline's "صفقة"), is this contract.
 */
final class SupplyAgreements implements Triggered {
  /** How many words after the client the verb may be, and the amount. */
  private static final int VERB = 3;
  private static final int AMOUNT = 14;

  private final Lexicon lex;
  private final Set<String> agreement;
  private final Set<String> supplies;

  SupplyAgreements(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.agreement = Lexicon.normSet(file.words("agreement"));
    this.supplies = Lexicon.normSet(file.words("supplies-to"));
  }

  /** The verbs of supplying with their object. */
  @Override
  public Set<String> triggers() {
    return supplies;
  }

  /** {@code found}, the article's deals so far, with the contract of sentence {@code v} in place of a deal of no type between its parties. */
  void apply(List<DealFinder.Found> found, SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 1; k + 2 < t.size(); k++) {
      if (spans[k] != null || lex.reading(agreement, t.get(k).norm()) == null || !t.get(k + 1).norm().equals("مع")) {
        continue;
      }
      int c = spans[k + 2] == null && k + 3 < t.size() && lex.reading(lex.orgCues(), t.get(k + 2).norm()) != null ? k + 3 : k + 2;
      Gazetteer.Match client = spans[c] != null && spans[c].first() == c && v.organisation(spans[c]) ? spans[c] : null;
      Gazetteer.Match contractor = null;
      for (int j = k - 1; j >= 0 && contractor == null; j--) {
        contractor = spans[j] != null && v.organisation(spans[j]) ? spans[j] : null;
      }
      if (client == null || contractor == null || client.mention().id().equals(contractor.mention().id()) || !supplied(t, spans, client.last())) {
        continue;
      }
      String a = contractor.mention().id();
      String b = client.mention().id();
      // a deal of no type, or the agreement read as a partnership in this sentence (Memoranda), is this contract
      found.removeIf(f -> (f.type() == DealType.OTHER || f.type() == DealType.PARTNERSHIP && f.source().sentence() == v.sentence().number())
          && Set.of(a, b).equals(Set.of(f.subject(), f.object())));
      found.add(new DealFinder.Found(DealType.CONTRACT, a, b, List.of(), List.of(), v.amountAfter(client.last(), AMOUNT), null, v.dateNear(k),
          DealStatus.ANNOUNCED, false, v.source(t.get(k).start(), t.get(client.last()).end())));
      return;
    }
  }

  /** Whether a verb of supplying its object follows word {@code j} within {@link #VERB} words. */
  private boolean supplied(Tokens t, Gazetteer.Match[] spans, int j) {
    for (int i = j + 1; i < t.size() && i <= j + VERB; i++) {
      if (spans[i] == null && lex.reading(supplies, t.get(i).norm()) != null) {
        return true;
      }
    }
    return false;
  }
}
