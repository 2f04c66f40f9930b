package org.sijill.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Taking part in another company's round ({@code deals.txt} [join-round]): "وكانت إنفيديا قد شاركت
 * في جولة تمويل لـEnfabrica بقيمة 125 مليون دولار" is an investment by the one that took part, the
 * organisation after the verb or shortly before it, in the organisation after "لـ" right after the
 * round's words; the amount is the round's. Else a round told by those who took part in it
 * ({@link RoundsAmong}).
 */
final class RoundsJoined implements Triggered {
  /** How far before the verb the investor may be, and how many words the round's may take. */
  private static final int REACH = 3;

  private final Lexicon lex;
  private final Set<String> join;
  private final Set<String> round;
  private final RoundsAmong among;
  private final Set<String> triggers;

  RoundsJoined(Lexicon lex) {
    this.lex = lex;
    this.among = new RoundsAmong(lex);
    DataFile file = DataFile.load("deals.txt");
    this.join = Lexicon.normSet(file.words("join-round"));
    this.round = Lexicon.normSet(file.words("round"));
    Set<String> words = new HashSet<>(join);
    words.addAll(among.triggers());
    this.triggers = Set.copyOf(words);
  }

  /** The words of taking part ([join-round]), and the round's word {@link RoundsAmong} needs. */
  @Override
  public Set<String> triggers() {
    return triggers;
  }

  List<DealFinder.Found> find(SentenceView v, Discourse d, List<DealFinder.Found> earlier) {
    List<DealFinder.Found> joined = find(v);
    return joined.isEmpty() ? among.find(v, d, earlier) : joined;
  }

  private List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 3 < t.size(); k++) {
      if (spans[k] != null || lex.reading(join, t.get(k).norm()) == null) {
        continue;
      }
      Gazetteer.Match investor = investor(v, spans, k);
      int at = investor != null && investor.first() > k ? investor.last() + 1 : k + 1;
      if (investor == null || at + 1 >= t.size() || !t.get(at).norm().equals("في") || lex.reading(round, t.get(at + 1).norm()) == null) {
        continue;
      }
      for (int j = at + 2; j < t.size() && j <= at + 1 + REACH && !t.gapBefore(j).contains("،"); j++) {
        Gazetteer.Match m = spans[j];
        boolean cue = m == null && lex.reading(lex.orgCues(), t.get(j).norm()) != null; // "لشركة X"
        String before = t.raw(j - 1).replace("ـ", "");
        boolean marked = t.raw(j).startsWith("ل") || before.equals("ل") || t.gapBefore(j).strip().endsWith("لـ")
            || before.startsWith("ل") && lex.reading(lex.orgCues(), t.get(j - 1).norm()) != null;
        if (m != null && m.first() == j && v.organisation(m) && marked && !m.mention().id().equals(investor.mention().id())) {
          MoneyValue amount = v.amountAfter(j, Integer.MAX_VALUE);
          return List.of(new DealFinder.Found(DealType.INVESTMENT, investor.mention().id(), m.mention().id(), List.of(), List.of(), amount,
              null, v.dateNear(k), DealStatus.COMPLETED, false, v.source(Math.min(t.get(k).start(), investor.mention().start()), t.get(j).end())));
        }
        if (m == null && !cue && !t.raw(j).equals("ل") && lex.reading(round, t.get(j).norm()) == null) {
          break;
        }
      }
    }
    return List.of();
  }

  /** The organisation right after the verb, else the last one within {@link #REACH} words before it. */
  private static Gazetteer.Match investor(SentenceView v, Gazetteer.Match[] spans, int k) {
    if (spans[k + 1] != null && spans[k + 1].first() == k + 1 && v.organisation(spans[k + 1])) {
      return spans[k + 1];
    }
    for (int j = k - 1; j >= 0 && k - j <= REACH; j--) {
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j];
      }
    }
    return null;
  }
}
