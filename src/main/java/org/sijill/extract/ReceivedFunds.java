package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Money received from investors with no deal word ("حصلت الشركة على مليار دولار من "أندريسن
 * هورويتز" و"سيكويا كابيتال""، "حصلت X في مايو على 6 مليارات دولار أخرى من مستثمرين بينهم Y"):
 * a verb of receiving ({@code deals.txt} [receive]), "على" and an amount (after words of funding
 * and worth: "على تمويل بقيمة 1.7 مليار يورو"), then "من" and the
 * organisations that gave it, every one an investor in the one that received. The one that
 * received follows the verb, or comes shortly before it, or is the article's company ("الشركة").
 */
final class ReceivedFunds implements Triggered {
  /** How far before the verb the one that received may be, and how far after "على" the amount. */
  private static final int REACH = 4;
  private static final Set<String> COMPANY = Set.of("الشركه", "الشركه الناشئه");

  /** How many words of funding and worth may stand between "على" and the amount. */
  private static final int FUNDING_WORDS = 4;

  private final Lexicon lex;
  /** Words of a round or funding and of worth ({@code deals.txt} [round], [funding], [worth]). */
  private final Set<String> funds;

  ReceivedFunds(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    Set<String> words = new java.util.HashSet<>(Lexicon.normSet(file.words("round")));
    words.addAll(Lexicon.normSet(file.words("funding")));
    words.addAll(lex.deals().worth());
    this.funds = Set.copyOf(words);
  }

  @Override
  public Set<String> triggers() {
    return lex.deals().receive();
  }

  List<DealFinder.Found> find(SentenceView v, Discourse d) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k < t.size(); k++) {
      if (spans[k] != null || lex.reading(lex.deals().receive(), t.get(k).norm()) == null) {
        continue;
      }
      int on = next(t, k, "علي");
      MoneyValue amount = on < 0 ? null : amountAfter(v, on);
      int from = amount == null ? -1 : next(t, t.indexAt(amount.end() - 1), "من");
      String investee = from < 0 ? null : receiver(v, spans, k, d);
      if (investee == null) {
        continue;
      }
      List<String> investors = new ArrayList<>();
      for (int j = from + 1; j < t.size() && !t.gapBefore(j).contains("،"); j++) {
        Gazetteer.Match m = spans[j];
        if (m != null && m.first() == j && v.organisation(m) && !m.mention().id().equals(investee) && !investors.contains(m.mention().id())) {
          investors.add(m.mention().id());
        }
      }
      if (!investors.isEmpty()) {
        return List.of(new DealFinder.Found(DealType.INVESTMENT, investors.get(0), investee, List.of(), investors.subList(1, investors.size()),
            amount, null, v.dateNear(k), DealStatus.COMPLETED, false, v.source(t.get(k).start(), amount.end())));
      }
    }
    return List.of();
  }

  /** The first word {@code word} within {@link #REACH} words after word {@code k} (no comma between), or -1. */
  private static int next(Tokens t, int k, String word) {
    for (int j = k + 1; j < t.size() && j <= k + REACH && !t.gapBefore(j).contains("،"); j++) {
      if (t.get(j).norm().equals(word)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * An amount that starts within two words after word {@code on} ("على نحو مليار دولار"), or after
   * words of funding and worth only ("على تمويل بقيمة 1.7 مليار يورو").
   */
  private MoneyValue amountAfter(SentenceView v, int on) {
    Tokens t = v.tokens();
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m) {
        int at = t.indexAt(m.start());
        if (at > on && at <= on + 2) {
          return m;
        }
        boolean funding = at > on + 2 && at <= on + FUNDING_WORDS + 1;
        for (int j = on + 1; funding && j < at; j++) {
          funding = v.spans()[j] == null && t.gapBefore(j).isBlank() && lex.reading(funds, t.get(j).norm()) != null;
        }
        if (funding) {
          return m;
        }
      }
    }
    return null;
  }

  /** The organisation that received: right after the verb, else shortly before it, else the article's company for "الشركة". */
  private String receiver(SentenceView v, Gazetteer.Match[] spans, int k, Discourse d) {
    Tokens t = v.tokens();
    int next = k + 1 < t.size() && spans[k + 1] == null && lex.reading(lex.orgCues(), t.get(k + 1).norm()) != null ? k + 2 : k + 1;
    if (next < t.size() && spans[next] != null && spans[next].first() == next && v.organisation(spans[next])) {
      return spans[next].mention().id();
    }
    for (int j = k - 1; j >= 0 && k - j <= REACH && !t.gapAfter(j).contains("،"); j--) {
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j].mention().id();
      }
      if (spans[j] == null && COMPANY.contains(t.get(j).norm())) {
        return d.topic();
      }
    }
    return k + 1 < t.size() && COMPANY.contains(t.get(k + 1).norm()) ? d.topic() : null;
  }
}
