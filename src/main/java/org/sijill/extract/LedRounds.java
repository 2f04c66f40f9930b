package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A round told by its leader first ({@code deals.txt} [lead-verb], [round], [raise], [lead]): "قادت
 * سوفت بنك جولة تمويل جمعت فيها OpenAI أربعين مليار دولار …، بمشاركة مايكروسوفت و"كوتو"" is an
 * investment in the organisation after the verb of raising by the leader and the organisations
 * named after a later word of [lead], priced by the first amount after the one that raised.
 */
final class LedRounds implements Triggered {
  /** How many words after the leader the round's word may be, and after it the verb of raising. */
  private static final int ROUND = 2;
  private static final int RAISE = 3;

  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> round;
  private final Set<String> raise;
  private final Set<String> lead;
  private final Set<String> linking = Lexicon.normSet(List.of("فيها", "خلالها", "بها"));

  LedRounds(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.verbs = Lexicon.normSet(file.words("lead-verb"));
    this.round = Lexicon.normSet(file.words("round"));
    this.raise = Lexicon.normSet(file.words("raise"));
    this.lead = Lexicon.normSet(file.words("lead"));
  }

  /** The verbs of leading. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 3 < t.size(); k++) {
      if (spans[k] != null || lex.reading(verbs, t.get(k).norm()) == null) {
        continue;
      }
      Gazetteer.Match leader = v.organisationAt(k + 1);
      int r = leader == null ? -1 : next(t, spans, round, leader.last() + 1, ROUND);
      int raised = r < 0 ? -1 : next(t, spans, raise, r + 1, RAISE);
      if (raised < 0) {
        continue;
      }
      int o = raised + 1 < t.size() && linking.contains(t.get(raised + 1).norm()) ? raised + 2 : raised + 1;
      Gazetteer.Match investee = v.organisationAt(o);
      if (investee == null || investee.mention().id().equals(leader.mention().id())) {
        continue;
      }
      List<String> investors = new ArrayList<>(List.of(leader.mention().id()));
      int others = next(t, spans, lead, investee.last() + 1, t.size());
      for (Gazetteer.Match m : others < 0 ? List.<Gazetteer.Match>of() : v.organisations()) {
        String id = m.mention().id();
        if (m.first() > others && !id.equals(investee.mention().id()) && !investors.contains(id)) {
          investors.add(id);
        }
      }
      return List.of(new DealFinder.Found(DealType.INVESTMENT, leader.mention().id(), investee.mention().id(), List.of(),
          investors.subList(1, investors.size()), v.amountAfter(investee.last(), Integer.MAX_VALUE), null, v.dateNear(k), DealStatus.COMPLETED, false,
          v.source(t.get(k).start(), investee.mention().end())));
    }
    return List.of();
  }

  /** The first word of {@code words} within {@code reach} words from word {@code from}, no name, or -1. */
  private int next(Tokens t, Gazetteer.Match[] spans, Set<String> words, int from, int reach) {
    for (int j = from; j < t.size() && j < from + reach; j++) {
      if (spans[j] == null && lex.reading(words, t.get(j).norm()) != null) {
        return j;
      }
    }
    return -1;
  }
}
