package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Funding rounds ({@code deals.txt} [raise], [round], [lead]): an organisation that raised an
 * amount in a round ("جمعت X 13 مليار دولار في جولة تمويل") is invested in by the organisations
 * that led it or took part, named in the same sentence ("بقيادة Y") or in the next one ("وقادت
 * الجولة Y، بمشاركة Z"; "وشاركت في الجولة كل من Z" after "بقيادة Y"). A round whose investors are
 * never named is no deal.
 */
final class FundingRounds {
  /** How many words before the verb of raising its organisation may be. */
  private static final int SUBJECT_REACH = 8;

  private final Set<String> raise;
  private final Set<String> round;
  private final Set<String> lead;
  /** The first letters of the words of [round], as written: "جول", "تمو". */
  private final List<String> roundStems;
  private final Lexicon lex;
  FundingRounds(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.raise = Lexicon.normSet(file.words("raise"));
    this.round = Lexicon.normSet(file.words("round"));
    this.roundStems = file.words("round").stream().map(w -> w.length() > 3 ? w.substring(0, 3) : w).distinct().toList();
    this.lead = Lexicon.normSet(file.words("lead"));
  }

  /**
   * The rounds of sentence {@code v}, and the round of the sentence {@code before} it (or null)
   * whose investors {@code v} names.
   */
  List<DealFinder.Found> find(SentenceView v, SentenceView before) {
    Round here = mayReport(v) ? round(v) : null;
    if (here != null) {
      return here.investors().isEmpty() ? List.of() : List.of(here.found(here.investors()));
    }
    if (before == null || !mayReport(before)) {
      return List.of();
    }
    int led = first(v.tokens(), v.spans(), lead, 0);
    Round earlier = before == null || led < 0 || led > 2 ? null : round(before);
    if (earlier == null) {
      return List.of();
    }
    // those who took part, after those who led: "… بقيادة Y." then "وشاركت في الجولة كل من Z وW"
    List<String> investors = new ArrayList<>(earlier.investors());
    investors(v, v.spans(), led, earlier.investee()).stream().filter(i -> !investors.contains(i)).forEach(investors::add);
    return investors.size() == earlier.investors().size() ? List.of() : List.of(earlier.found(investors));
  }

  /** Whether a sentence may report a round: it holds a word of [round] ("جولة", "تمويل"); a cheap test before reading it. */
  private boolean mayReport(SentenceView v) {
    for (String w : roundStems) {
      if (v.text().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A round reported by sentence {@code v}, with the investors it names (maybe none), or null. */
  private Round round(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    int verb = first(t, spans, raise, 0);
    int roundWord = verb < 0 ? -1 : first(t, spans, round, verb + 1);
    if (roundWord < 0) {
      return null;
    }
    String investee = investee(v, spans, verb);
    MoneyValue amount = amountAfter(v, verb);
    if (investee == null || amount == null) {
      return null;
    }
    org.sijill.facts.Source source = v.source(t.get(verb).start(), Math.max(amount.end(), t.get(roundWord).end()));
    int led = first(t, spans, lead, roundWord + 1);
    List<String> investors = led < 0 ? List.of() : investors(v, spans, led, investee);
    return new Round(investee, investors, amount, v.dateNear(verb), source);
  }

  private record Round(String investee, List<String> investors, MoneyValue amount, DateValue date, org.sijill.facts.Source source) {
    DealFinder.Found found(List<String> by) {
      return new DealFinder.Found(DealType.INVESTMENT, by.get(0), investee, List.of(), by.subList(1, by.size()),
          amount, null, date, DealStatus.COMPLETED, false, source);
    }
  }

  /** The first word of {@code words} from word {@code from} on that is no name, or -1. */
  private int first(Tokens t, Gazetteer.Match[] spans, Set<String> words, int from) {
    for (int j = from; j < t.size(); j++) {
      if (spans[j] == null && lex.reading(words, t.get(j).norm()) != null) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The organisation that raised: the one right after the verb ("جمعت شركة X الفرنسية 1.7 مليار
   * يورو"), else the nearest one before it ("أعلنت شركة X أنها جمعت"), else the sentence's first
   * organisation when it comes before the verb ("رفعت شركة X، التي …، تقييمها … بعد جمع …"); or null.
   */
  private String investee(SentenceView v, Gazetteer.Match[] spans, int verb) {
    int next = verb + 1 < spans.length && spans[verb + 1] == null && lex.reading(lex.orgCues(), v.tokens().get(verb + 1).norm()) != null ? verb + 2 : verb + 1;
    if (next < spans.length && spans[next] != null && spans[next].first() == next && v.organisation(spans[next])) {
      return spans[next].mention().id();
    }
    for (int j = verb - 1; j >= 0 && j >= verb - SUBJECT_REACH; j--) {
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j].mention().id();
      }
    }
    List<Gazetteer.Match> orgs = v.organisations();
    return orgs.isEmpty() || orgs.get(0).last() >= verb ? null : orgs.get(0).mention().id();
  }

  /** The organisations after word {@code from} (those who led the round and took part), other than the one invested in. */
  private static List<String> investors(SentenceView v, Gazetteer.Match[] spans, int from, String investee) {
    List<String> out = new ArrayList<>();
    for (Gazetteer.Match m : v.organisations()) {
      String id = m.mention().id();
      // not one named with لـ in a description ("ألفابت، الشركة الأم لغوغل")
      String clitic = v.tokens().raw(m.first()).substring(0, m.mention().start() - v.tokens().get(m.first()).start());
      if (m.first() > from && !id.equals(investee) && !out.contains(id) && spans[m.first()] == m && !clitic.endsWith("ل") && !clitic.endsWith("لـ")) {
        out.add(id);
      }
    }
    return out;
  }

  private static MoneyValue amountAfter(SentenceView v, int k) {
    int at = v.tokens().get(k).start();
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m && m.start() > at) {
        return m;
      }
    }
    return null;
  }
}
