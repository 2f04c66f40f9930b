package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;

/**
 * Amounts given respectively ({@code deals.txt} [respectively]): "أعلنت مايكروسوفت وإنفيديا أنهما
 * ستستثمران في شركة أنثروبيك … ما يصل إلى خمسة مليارات دولار وعشرة مليارات دولار على الترتيب" is a
 * deal of each of the two organisations joined by "و" before the deal word (its dual allowed) with
 * the organisation after the word's preposition, each with its amount in the order named; deals
 * the sentence gave those two otherwise are replaced.
 */
final class RespectiveAmounts implements Triggered {
  /** How many words after the deal word its other party may be. */
  private static final int OTHER = 4;

  private final Lexicon lex;
  private final List<String[]> phrases = new ArrayList<>();
  private final Set<String> triggers;

  RespectiveAmounts(Lexicon lex) {
    this.lex = lex;
    Set<String> first = new java.util.HashSet<>();
    for (String line : DataFile.load("deals.txt").words("respectively")) {
      String[] words = Lexicon.norm(line).split(" ");
      phrases.add(words);
      first.add(words[words.length - 1]);
    }
    this.triggers = Set.copyOf(first);
  }

  /** The last words of the phrases. */
  @Override
  public Set<String> triggers() {
    return triggers;
  }

  /** {@code found}, the article's deals so far, with the deals of sentence {@code v} given respectively. */
  void apply(List<DealFinder.Found> found, SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    int end = phrase(t);
    List<MoneyValue> amounts = new ArrayList<>();
    v.values().forEach(x -> {
      if (x instanceof MoneyValue m && end >= 0 && t.indexAt(m.start()) < end) {
        amounts.add(m);
      }
    });
    if (amounts.size() < 2) {
      return;
    }
    MoneyValue a = amounts.get(amounts.size() - 2);
    MoneyValue b = amounts.get(amounts.size() - 1);
    String between = t.normalized().original().substring(a.end(), b.start()).strip();
    if (!between.equals("و") && !(between.isEmpty() && t.raw(t.indexAt(b.start())).startsWith("و"))) {
      return;
    }
    for (Gazetteer.Match m : v.organisations()) {
      List<Gazetteer.Match> two = v.listed(m);
      int k = two.size() == 2 ? two.get(1).last() + 1 : -1;
      DealWords.Trigger trigger = null;
      for (; k >= 0 && k < t.size() && k <= two.get(1).last() + 3 && trigger == null; k++) {
        trigger = spans[k] == null ? trigger(t.get(k).norm()) : null;
      }
      Gazetteer.Match other = trigger == null ? null : other(v, k, lex.deals().object().get(trigger.type()));
      if (other == null || t.indexAt(a.start()) < k) {
        continue;
      }
      String x = two.get(0).mention().id();
      String y = two.get(1).mention().id();
      int n = v.sentence().number();
      DealWords.Trigger tr = trigger;
      found.removeIf(f -> f.source().sentence() == n && f.type() == tr.type() && (Set.of(x, y).contains(f.subject())));
      DealStatus status = trigger.status();
      found.add(new DealFinder.Found(trigger.type(), x, other.mention().id(), List.of(), List.of(), a, null, v.dateNear(k), status, false,
          v.source(two.get(0).mention().start(), a.end())));
      found.add(new DealFinder.Found(trigger.type(), y, other.mention().id(), List.of(), List.of(), b, null, v.dateNear(k), status, false,
          v.source(two.get(1).mention().start(), b.end())));
      return;
    }
  }

  /** The deal word {@code w} is, as written or as its dual ("ستستثمران"، "استثمرتا"), or null. */
  private DealWords.Trigger trigger(String w) {
    for (String form : List.of(w, w.endsWith("ان") ? w.substring(0, w.length() - 2) : w, w.endsWith("تا") ? w.substring(0, w.length() - 1) : w)) {
      Clitics.Stripped r = lex.reading(lex.deals().triggers(), form);
      if (r != null) {
        return lex.deals().triggers().get(r.stem());
      }
    }
    return null;
  }

  /** The organisation after preposition {@code prep} within {@link #OTHER} words from word {@code k}, an organisation's word between allowed. */
  private static Gazetteer.Match other(SentenceView v, int k, String prep) {
    Tokens t = v.tokens();
    for (int j = k; j < t.size() && j < k + OTHER; j++) {
      Gazetteer.Match m = v.spans()[j];
      if (m != null && v.organisation(m) && j > 0 && (v.word(j - 1).equals(prep) || j > 1 && v.word(j - 2).equals(prep))) {
        return m;
      }
    }
    return null;
  }

  /** The word just after the first phrase of [respectively] in the sentence, or -1. */
  private int phrase(Tokens t) {
    for (int k = 0; k < t.size(); k++) {
      for (String[] p : phrases) {
        boolean match = k + p.length <= t.size();
        for (int i = 0; match && i < p.length; i++) {
          match = t.get(k + i).norm().equals(p[i]);
        }
        if (match) {
          return k;
        }
      }
    }
    return -1;
  }
}
