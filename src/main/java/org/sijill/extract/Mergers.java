package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Mergers from the words of {@code deals.txt} [merger]: the two organisations named after the
 * word ("اندماج xAI ومنصة إكس", "اندماج شركته xAI مع منصة إكس"), or one after "مع" and the
 * organisation named before the word ("اندمجت X مع Y"). Fewer than two organisations ("دمج الذكاء
 * الاصطناعي في منتجاتها": integrating) is no merger. The amount is the first one after the word in
 * the sentence; a status word before it ("أعلن") gives the status, else the deal is completed.
 */
final class Mergers implements Triggered {
  /** How many words after the merger word its parties may reach, before a comma ends the clause. */
  private static final int REACH = 10;
  private static final int STATUS_DISTANCE = 8;
  private static final String WITH = "مع";

  private final Lexicon lex;
  private final Set<String> words;

  Mergers(Lexicon lex) {
    this.lex = lex;
    this.words = Lexicon.normSet(DataFile.load("deals.txt").words("merger"));
  }

  @Override
  public Set<String> triggers() {
    return words;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<DealFinder.Found> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      // every merger word holds "دم" (اندماج، دمج): a cheap test before the list
      if (spans[k] != null || !t.get(k).norm().contains("دم") || lex.reading(words, t.get(k).norm()) == null) {
        continue;
      }
      List<Gazetteer.Match> after = new ArrayList<>();
      boolean with = false;
      for (int j = k + 1; j < t.size() && j <= k + REACH && after.size() < 2; j++) {
        if (t.gapBefore(j).contains("،") || t.gapBefore(j).contains(",")) {
          break;
        }
        Gazetteer.Match m = spans[j];
        if (m != null && m.first() == j && v.organisation(m) && after.stream().noneMatch(a -> a.mention().id().equals(m.mention().id()))) {
          with |= after.size() == 1 && before(t, j, WITH);
          after.add(m);
          j = m.last();
        } else if (m == null && after.isEmpty() && t.get(j).norm().equals(WITH)) {
          with = true;
        }
      }
      List<Gazetteer.Match> parties = new ArrayList<>(after);
      if (parties.size() == 1 && with) {
        Gazetteer.Match subject = subjectBefore(v, spans, k);
        if (subject != null && !subject.mention().id().equals(parties.get(0).mention().id())) {
          parties.add(0, subject);
        }
      }
      if (parties.size() < 2) {
        continue;
      }
      Gazetteer.Match a = parties.get(0);
      Gazetteer.Match b = parties.get(1);
      MoneyValue amount = amount(lex, v, k);
      int start = Math.min(t.get(k).start(), a.mention().start());
      int end = Math.max(b.mention().end(), amount == null ? 0 : amount.end());
      out.add(new DealFinder.Found(DealType.MERGER, a.mention().id(), b.mention().id(), List.of(), List.of(), amount, null,
          v.dateNear(k), status(t, k), false, v.source(start, end)));
    }
    return out;
  }

  /** Whether one of the words right before word {@code j} is {@code word}, alone or with و ("ومع"). */
  private static boolean before(Tokens t, int j, String word) {
    String w = j > 0 ? t.get(j - 1).norm() : "";
    String w2 = j > 1 ? t.get(j - 2).norm() : "";
    return w.equals(word) || w.equals("و" + word) || w2.equals(word);
  }

  /** The organisation nearest before word {@code k} in its clause (no comma between), or null. */
  private static Gazetteer.Match subjectBefore(SentenceView v, Gazetteer.Match[] spans, int k) {
    Tokens t = v.tokens();
    for (int j = k - 1; j >= 0; j--) {
      if (t.gapBefore(j + 1).contains("،")) {
        return null;
      }
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j];
      }
    }
    return null;
  }

  private DealStatus status(Tokens t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - STATUS_DISTANCE); j--) {
      DealStatus s = lex.deals().statusAt(lex, t, j);
      if (s != null) {
        return s;
      }
    }
    return DealStatus.COMPLETED;
  }

  /** The first amount after word {@code k}, unless a word of valuation follows it ("1.25 تريليون دولار التقييم": a worth, no price). */
  private static MoneyValue amount(Lexicon lex, SentenceView v, int k) {
    Tokens t = v.tokens();
    int at = t.get(k).start();
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m && m.start() > at) {
        int next = t.indexAt(m.end());
        boolean worth = next < t.size() && lex.reading(lex.deals().valuation(), t.get(next).norm()) != null;
        return worth ? null : m;
      }
    }
    return null;
  }
}
