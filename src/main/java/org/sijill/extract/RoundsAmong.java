package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A round told by those who took part, its company left to the article ("وجاء التعيين ضمن جولة
 * تمويل شاركت فيها شركات منها X وY، إلى جانب المستثمر ب"): a word of a round ({@code deals.txt}
 * [round]) right before a word of leading or taking part ([lead]) is an investment by the
 * organisations and people named after it in the organisation the article is about, when the
 * sentence names no other organisation before the round and no deal was read in it.
 */
final class RoundsAmong implements Triggered {
  /** How many words after the round's word the word of taking part may be ("جولة تمويل شاركت"). */
  private static final int REACH = 2;
  private static final String ROUND = Lexicon.norm("جولة");

  private final Lexicon lex;
  private final Set<String> round;
  private final Set<String> lead;

  RoundsAmong(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.round = Lexicon.normSet(file.words("round"));
    this.lead = Lexicon.normSet(file.words("lead"));
  }

  /** The round's word, without which no round is read. */
  @Override
  public Set<String> triggers() {
    return Set.of(ROUND);
  }

  List<DealFinder.Found> find(SentenceView v, Discourse d, List<DealFinder.Found> earlier) {
    Tokens t = v.tokens();
    int n = v.sentence().number();
    if (earlier.stream().anyMatch(f -> f.source().sentence() == n)) {
      return List.of();
    }
    for (int k = 0; k + 1 < t.size(); k++) {
      if (v.spans()[k] != null || !t.get(k).norm().equals(ROUND)) {
        continue;
      }
      int j = partTaken(t, k);
      String company = d.topic();
      int at = k;
      if (j < 0 || company == null || v.organisations().stream().anyMatch(o -> o.first() < at)) {
        return List.of();
      }
      List<String> investors = new ArrayList<>();
      int end = -1;
      for (Gazetteer.Match m : v.matches()) {
        String id = m.mention().id();
        boolean party = m.mention().kind() == EntityKind.PERSON || v.organisation(m);
        if (m.first() > j && party && !id.equals(company) && !investors.contains(id)) {
          investors.add(id);
          end = m.mention().end();
        }
      }
      if (investors.isEmpty()) {
        return List.of();
      }
      MoneyValue amount = v.values().stream().filter(MoneyValue.class::isInstance).map(MoneyValue.class::cast).findFirst().orElse(null);
      return List.of(new DealFinder.Found(DealType.INVESTMENT, investors.get(0), company, List.of(), investors.subList(1, investors.size()),
          amount, null, v.dateNear(k), DealStatus.COMPLETED, false, v.source(t.get(k).start(), end)));
    }
    return List.of();
  }

  /** The word of leading or taking part within {@link #REACH} words after the round's word {@code k}, round words between allowed; or -1. */
  private int partTaken(Tokens t, int k) {
    for (int j = k + 1; j < t.size() && j <= k + REACH && !t.gapBefore(j).contains("،"); j++) {
      if (lead.contains(t.get(j).norm()) && !t.raw(j).startsWith("ب")) {
        return j;
      }
      if (lex.reading(round, t.get(j).norm()) == null) {
        return -1;
      }
    }
    return -1;
  }
}
