package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * An offer turned down ({@code deals.txt} [refused], [offer]): "وكانت «ويز» … قد رفضت في يوليو
 * الماضي عرضاً من «غوغل» بقيمة 23 مليار دولار" is a bid of the organisation after "من" (or right
 * after the offer's word; a person too: "رفضت OpenAI عرض ماسك") for the organisation that
 * refused, after the verb or the last before it; priced by the amount that follows the bidder in
 * the clause. An offer to join ("عرضاً … للانضمام إلى فريقها"), or one refused by one of an
 * organisation's people ("أحد مؤسسي X يرفض عرضاً"), is a job, no bid.
 */
final class RefusedOffers implements Triggered {
  /** How many words after the verb the offer's word may be. */
  private static final int OFFER = 4;
  private static final int PRICE = 4;
  private static final String FROM = "من";

  private final Lexicon lex;
  private final Set<String> refused;
  private final Set<String> offers;

  RefusedOffers(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.refused = Lexicon.normSet(file.words("refused"));
    this.offers = Lexicon.normSet(file.words("offer"));
  }

  /** The words of refusing. */
  @Override
  public Set<String> triggers() {
    return refused;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 2 < t.size(); k++) {
      if (spans[k] != null || lex.reading(refused, t.get(k).norm()) == null) {
        continue;
      }
      Gazetteer.Match target = v.organisationAt(k + 1);
      int from = target != null ? target.last() + 1 : k + 1;
      target = target != null ? target : before(v, spans, k);
      if (target != null && target.first() > 0 && lex.moves().groups().contains(t.get(target.first() - 1).norm())) {
        return List.of(); // "أحد مؤسسي X يرفض عرضاً من Y": one of X's people refused, X did not
      }
      for (int o = from; target != null && o + 1 < t.size() && o <= from + OFFER && !t.gapBefore(o).contains("،") && spans[o] == null; o++) {
        if (lex.reading(offers, t.get(o).norm()) == null) {
          continue;
        }
        int b = t.get(o + 1).norm().equals(FROM) ? o + 2 : o + 1;
        Gazetteer.Match bidder = b < t.size() && spans[b] != null && spans[b].mention().kind() == EntityKind.PERSON ? spans[b] : v.organisationAt(b);
        if (bidder == null || bidder.mention().id().equals(target.mention().id()) || jobOffer(t, o + 1)) {
          return List.of();
        }
        return List.of(new DealFinder.Found(DealType.BID, bidder.mention().id(), target.mention().id(), List.of(), List.of(),
            v.amountAfter(bidder.last(), PRICE), null, v.dateNear(k), DealStatus.REJECTED, false,
            v.source(t.get(Math.min(k, target.first())).start(), bidder.mention().end())));
      }
    }
    return List.of();
  }

  /** Whether the offer's clause from word {@code j} says it was to join ("عرضاً … للانضمام إلى فريقها"): a job. */
  private boolean jobOffer(Tokens t, int j) {
    for (; j < t.size() && !t.gapBefore(j).contains("،") && !t.gapBefore(j).contains("."); j++) {
      if (lex.moves().toVerbs().contains(t.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /** The last organisation before word {@code k}, or null. */
  private static Gazetteer.Match before(SentenceView v, Gazetteer.Match[] spans, int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j];
      }
    }
    return null;
  }
}
