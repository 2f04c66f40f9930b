package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A round told with no verb of raising, its leader after it ({@code deals.txt} [round], [led-it],
 * [lead]): in "خرجت شركة «بيريوديك لابز» إلى العلن بجولة تمويل أولية بلغت 300 مليون دولار قادتها
 * «أندريسن هورويتز»، بمشاركة «إنفيديا»" the organisation before the round's word, no other between,
 * is invested in by the one right after the word of leading and those after a later word of [lead],
 * priced by the first amount after the round's word. Read only when the sentence gave no deal.
 */
final class RoundsLedAfter implements Triggered {
  /** How far before the round's word the organisation may be, and after it the word of leading. */
  private static final int BEFORE = 6;
  private static final int AFTER = 10;

  private final Lexicon lex;
  private final Set<String> round;
  private final Set<String> ledIt;
  private final Set<String> lead;

  RoundsLedAfter(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.round = Lexicon.normSet(file.words("round"));
    this.ledIt = Lexicon.normSet(file.words("led-it"));
    this.lead = Lexicon.normSet(file.words("lead"));
  }

  /** The words of leading the round. */
  @Override
  public Set<String> triggers() {
    return ledIt;
  }

  /** The round of sentence {@code v}, when {@code found}, the article's deals so far, has none from it. */
  List<DealFinder.Found> find(SentenceView v, List<DealFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    if (found.stream().anyMatch(f -> f.source().sentence() == v.sentence().number())) {
      return List.of();
    }
    for (int k = 1; k < t.size(); k++) {
      if (spans[k] != null || lex.reading(round, t.get(k).norm()) == null) {
        continue;
      }
      Gazetteer.Match investee = null;
      for (int j = k - 1; j >= 0 && k - j <= BEFORE && investee == null; j--) {
        investee = spans[j] != null && v.organisation(spans[j]) ? spans[j] : null;
      }
      int led = -1;
      for (int j = k + 1; j + 1 < t.size() && j <= k + AFTER && led < 0 && spans[j] == null && !t.gapBefore(j).contains("،"); j++) {
        led = lex.reading(ledIt, t.get(j).norm()) != null ? j : -1;
      }
      Gazetteer.Match leader = led < 0 ? null : spans[led + 1];
      if (investee == null || leader == null || leader.first() != led + 1 || !v.organisation(leader) || leader.mention().id().equals(investee.mention().id())) {
        continue;
      }
      List<String> others = new ArrayList<>();
      int more = -1;
      for (int j = leader.last() + 1; j < t.size() && more < 0; j++) {
        more = spans[j] == null && lex.reading(lead, t.get(j).norm()) != null ? j : -1;
      }
      for (Gazetteer.Match m : more < 0 ? List.<Gazetteer.Match>of() : v.organisations()) {
        String id = m.mention().id();
        if (m.first() > more && !id.equals(investee.mention().id()) && !id.equals(leader.mention().id()) && !others.contains(id)) {
          others.add(id);
        }
      }
      return List.of(new DealFinder.Found(DealType.INVESTMENT, leader.mention().id(), investee.mention().id(), List.of(), others,
          v.amountAfter(k, AFTER), null, v.dateNear(k), DealStatus.COMPLETED, false, v.source(investee.mention().start(), leader.mention().end())));
    }
    return List.of();
  }
}
