package org.sijill.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A sale ({@code deals.txt} [sale]): an acquisition by the buyer after "إلى" or "لـ" of the
 * organisation named in what is sold, if any, the seller being the organisation that sells: after
 * the verb ("باعت سينوبسيس مجموعة … إلى شركة كيسايت تكنولوجيز"), else the one right before the
 * word or the first of the sentence ("أعلنت شركة AMD … اتفاقها على بيع أعمال … التابعة لشركة ZT
 * Systems إلى شركة سانمينا"). A stake sold with no buyer ("باعت سوفت بنك كامل حصتها في «إنفيديا»")
 * is a deal of the seller and the company of the stake. What is sold, first after the word, is a
 * business, a unit or a stake ([sold]) or an organisation. Priced by the amount that follows in
 * the clause.
 */
final class Sales implements Triggered {
  /** How many words after the sale word the buyer's preposition may be, and how far after it the buyer. */
  private static final int REACH = 14;
  private static final int DESCRIPTION = 4;
  /** How many words after the last party the amount may be. */
  private static final int PRICE = 6;
  private static final String TO = "الي";
  private static final String IN = "في";

  private final Lexicon lex;
  private final Map<String, DealStatus> words = new HashMap<>();
  private final Set<String> stakes;
  private final Set<String> sold;

  Sales(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    file.rows("sale").forEach(r -> words.put(Lexicon.norm(r.get(0)), DealStatus.valueOf(r.get(1).toUpperCase(java.util.Locale.ROOT))));
    this.stakes = Lexicon.normSet(file.words("sold-stake"));
    this.sold = Lexicon.normSet(file.words("sold"));
  }

  /** The words of a sale. */
  @Override
  public Set<String> triggers() {
    return words.keySet();
  }

  List<DealFinder.Found> find(SentenceView v) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 2 < t.size(); k++) {
      Clitics.Stripped r = spans[k] == null ? lex.reading(words, t.get(k).norm()) : null;
      if (r == null) {
        continue;
      }
      boolean verb = !r.stem().startsWith("بيع");
      Gazetteer.Match after = v.organisationAt(k + 1);
      Gazetteer.Match seller = verb && after != null ? after : before(v, spans, k, r.prefix().startsWith("و"));
      int from = verb && after != null ? after.last() + 1 : k + 1;
      if (seller == null || from >= t.size() || (lex.reading(sold, t.get(from).norm()) == null && v.organisationAt(from) == null)) {
        continue;
      }
      Gazetteer.Match target = null;
      for (int j = from; j < t.size() && j <= k + REACH && !t.gapBefore(j).contains("،"); j++) {
        Gazetteer.Match buyer = buyerAt(v, spans, j);
        if (buyer != null) {
          return found(v, words.get(r.stem()), k, buyer, target, seller, buyer.last());
        }
        if (spans[j] != null && v.organisation(spans[j]) && target == null && !same(spans[j], seller)) {
          target = spans[j];
          j = spans[j].last();
        }
      }
      if (target != null && stake(t, from, target.first())) {
        return List.of(new DealFinder.Found(DealType.OTHER, seller.mention().id(), target.mention().id(), List.of(), List.of(),
            v.amountAfter(target.last(), PRICE), null, v.dateNear(k), words.get(r.stem()), false,
            v.source(t.get(Math.min(k, seller.first())).start(), target.mention().end()), List.of(seller.mention().id())));
      }
    }
    return List.of();
  }

  private List<DealFinder.Found> found(SentenceView v, DealStatus status, int k, Gazetteer.Match buyer, Gazetteer.Match target, Gazetteer.Match seller, int end) {
    if (same(buyer, seller) || (target != null && same(buyer, target))) {
      return List.of();
    }
    Tokens t = v.tokens();
    Gazetteer.Match object = target != null ? target : seller;
    return List.of(new DealFinder.Found(DealType.ACQUISITION, buyer.mention().id(), object.mention().id(), List.of(), List.of(),
        v.amountAfter(end, PRICE), percent(v, k, buyer.first()), v.dateNear(k), status, false,
        v.source(t.get(Math.min(k, seller.first())).start(), buyer.mention().end()), List.of(seller.mention().id())));
  }

  /** The buyer at word {@code j}: the organisation after "إلى" (its word and up to a few words describing it allowed), or one written with "لـ". */
  private Gazetteer.Match buyerAt(SentenceView v, Gazetteer.Match[] spans, int j) {
    Tokens t = v.tokens();
    if (spans[j] != null && v.organisation(spans[j]) && spans[j].first() == j && spans[j].mention().start() > t.get(j).start()
        && t.raw(j).startsWith("ل") && !t.raw(j).startsWith("ال") && j > 0 && spans[j - 1] == null && lex.reading(lex.orgCues(), t.get(j - 1).norm()) == null) {
      return spans[j];
    }
    if (spans[j] != null || !t.get(j).norm().equals(TO)) {
      return null;
    }
    for (int i = j + 1; i < t.size() && i <= j + DESCRIPTION && !t.gapBefore(i).contains("،"); i++) {
      if (spans[i] != null) {
        return v.organisation(spans[i]) ? spans[i] : null;
      }
      if (i == j + 1 ? lex.reading(lex.orgCues(), t.get(i).norm()) == null : !t.raw(i).startsWith("ال")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The seller before word {@code k}: the organisation right before it ("X تبيع"), else (or when the
   * word is joined by "و" to what comes before) the first of the sentence, whose verbs follow ("سوفت
   * بنك تُتم صفقة «أمبير» وتبيع حصتها"), or null.
   */
  private static Gazetteer.Match before(SentenceView v, Gazetteer.Match[] spans, int k, boolean joined) {
    if (!joined && k > 0 && spans[k - 1] != null && v.organisation(spans[k - 1])) {
      return spans[k - 1];
    }
    for (int j = 0; j < k; j++) {
      if (spans[j] != null && v.organisation(spans[j])) {
        return spans[j];
      }
    }
    return null;
  }

  /** Whether a stake word, then "في", comes between words {@code from} and {@code to} ("حصتها في"). */
  private boolean stake(Tokens t, int from, int to) {
    for (int j = from; j + 1 < to; j++) {
      if (lex.reading(stakes, t.get(j).norm()) != null && t.get(to - 1).norm().equals(IN)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Gazetteer.Match a, Gazetteer.Match b) {
    return a.mention().id().equals(b.mention().id());
  }

  /** A percentage between words {@code from} and {@code to}, or null. */
  private static BigDecimal percent(SentenceView v, int from, int to) {
    for (Value val : v.values()) {
      int first = v.tokens().indexAt(val.start());
      if (val instanceof PercentValue p && first > from && first < to) {
        return p.percent();
      }
    }
    return null;
  }
}
