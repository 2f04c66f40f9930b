package org.sijill.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A spend pledged on another's technology or services ({@code deals.txt} [pledge], [spend],
 * [technology], [services]): "وتعهدت سوفت بنك بإنفاق 3 مليارات دولار سنوياً لنشر تقنيات OpenAI" is a
 * contract of the spender, the organisation between the verb and the spending (or just before the
 * verb), its client, with the organisation named right after a word of technology or services in
 * the same clause, priced by the amount after the spending.
 */
final class PledgedSpending implements Triggered {
  /** How many words may come between the verb and the spending, and after the amount the provider. */
  private static final int SPENDER = 4;
  private static final int PROVIDER = 8;

  private final Lexicon lex;
  private final Set<String> pledge;
  private final Set<String> spend;
  private final Set<String> things;

  PledgedSpending(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.pledge = Lexicon.normSet(file.words("pledge"));
    this.spend = Lexicon.normSet(file.words("spend"));
    Set<String> words = new HashSet<>(Lexicon.normSet(file.words("technology")));
    words.addAll(Lexicon.normSet(file.words("services")));
    this.things = Set.copyOf(words);
  }

  /** The verbs of pledging. */
  @Override
  public Set<String> triggers() {
    return pledge;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 2 < t.size(); k++) {
      if (spans[k] != null || lex.reading(pledge, t.get(k).norm()) == null) {
        continue;
      }
      Gazetteer.Match spender = k > 0 && spans[k - 1] != null && v.organisation(spans[k - 1]) ? spans[k - 1] : null;
      int s = -1;
      for (int j = k + 1; j < t.size() && j <= k + SPENDER && s < 0 && !t.gapBefore(j).contains("،"); j++) {
        if (spans[j] != null && v.organisation(spans[j]) && spender == null) {
          spender = spans[j];
        } else if (spans[j] == null && lex.reading(spend, t.get(j).norm()) != null) {
          s = j;
        }
      }
      MoneyValue amount = s < 0 || spender == null ? null : v.amountAfter(s, 2);
      Gazetteer.Match provider = amount == null ? null : provider(v, t.indexAt(amount.end() - 1));
      if (provider == null || provider.mention().id().equals(spender.mention().id())) {
        continue;
      }
      return List.of(new DealFinder.Found(DealType.CONTRACT, spender.mention().id(), provider.mention().id(), List.of(), List.of(), amount, null,
          v.dateNear(k), DealStatus.ANNOUNCED, true, v.source(t.get(k).start(), provider.mention().end())));
    }
    return List.of();
  }

  /** The organisation right after a word of technology or services within {@link #PROVIDER} words after word {@code j}, no comma between, or null. */
  private Gazetteer.Match provider(SentenceView v, int j) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int i = j + 1; i + 1 < t.size() && i <= j + PROVIDER && !t.gapBefore(i).contains("،"); i++) {
      if (spans[i] == null && lex.reading(things, t.get(i).norm()) != null && spans[i + 1] != null && spans[i + 1].first() == i + 1
          && v.organisation(spans[i + 1]) && !t.gapBefore(i + 1).contains("،")) {
        return spans[i + 1];
      }
    }
    return null;
  }
}
