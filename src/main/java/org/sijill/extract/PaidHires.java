package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * Money paid to hire a company's people: a verb of paying ({@code deals.txt} [pay]), an amount, and
 * a purpose of hiring right after it ("أنفقت إنفيديا أكثر من 900 مليون دولار نقدًا لاستقطاب أ،
 * الرئيس التنفيذي لشركة Y"): a deal to hire the team of Y, the first organisation after the purpose
 * other than the payer, who follows the verb or comes shortly before it.
 */
final class PaidHires implements Triggered {
  /** How far after the verb the amount may start, and how far after the amount the purpose. */
  private static final int REACH = 4;

  private final Lexicon lex;
  private final Set<String> pay;

  PaidHires(Lexicon lex) {
    this.lex = lex;
    this.pay = Lexicon.normSet(DataFile.load("deals.txt").words("pay"));
  }

  @Override
  public Set<String> triggers() {
    return pay;
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k < t.size(); k++) {
      if (spans[k] != null || lex.reading(pay, t.get(k).norm()) == null) {
        continue;
      }
      Gazetteer.Match payer = payer(v, spans, k);
      MoneyValue amount = payer == null ? null : amountAfter(v, payer.last() > k ? payer.last() : k);
      int purpose = amount == null ? -1 : purpose(t, t.indexAt(amount.end() - 1));
      for (int j = purpose + 1; purpose > 0 && j < t.size(); j++) {
        Gazetteer.Match m = spans[j];
        if (m != null && m.first() == j && v.organisation(m) && !m.mention().id().equals(payer.mention().id())) {
          return List.of(new DealFinder.Found(DealType.ACQUIHIRE, payer.mention().id(), m.mention().id(), List.of(), List.of(), amount, null,
              v.dateNear(k), DealStatus.COMPLETED, false, v.source(Math.min(t.get(k).start(), payer.mention().start()), t.get(purpose).end())));
        }
      }
    }
    return List.of();
  }

  /** The organisation right after the verb (an organisation word between allowed), else one ending within two words before it. */
  private Gazetteer.Match payer(SentenceView v, Gazetteer.Match[] spans, int k) {
    Tokens t = v.tokens();
    int next = k + 1 < t.size() && spans[k + 1] == null && lex.reading(lex.orgCues(), t.get(k + 1).norm()) != null ? k + 2 : k + 1;
    if (next < t.size() && spans[next] != null && spans[next].first() == next && v.organisation(spans[next])) {
      return spans[next];
    }
    for (int j = k - 1; j >= 0 && k - j <= 2; j--) {
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j];
      }
    }
    return null;
  }

  /** The first amount starting within {@link #REACH} words after word {@code k}, or null. */
  private static MoneyValue amountAfter(SentenceView v, int k) {
    for (Value val : v.values()) {
      int first = v.tokens().indexAt(val.start());
      if (val instanceof MoneyValue m && first > k && first <= k + REACH) {
        return m;
      }
    }
    return null;
  }

  /** The hiring verb with "لـ" of purpose within {@link #REACH} words after word {@code k}, no comma between, or -1. */
  private int purpose(Tokens t, int k) {
    for (int j = k + 1; j < t.size() && j <= k + REACH && !t.gapBefore(j).contains("،"); j++) {
      Clitics.Stripped r = lex.reading(lex.moves().triggers(), t.get(j).norm());
      if (r != null && r.prefix().startsWith("ل") && lex.moves().triggers().get(r.stem()).kind() == MoveWords.Kind.HIRE) {
        return j;
      }
    }
    return -1;
  }
}
