package org.sijill.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A memorandum of understanding signed by two organisations ({@code deals.txt} [memorandum]: "وقّعت
 * «أرامكو الرقمية» مذكرة تفاهم مع «غروك»"، "وقّعت X وY مذكرة تفاهم"): an announced partnership of
 * its signers; and an agreement with another organisation to use what it makes ([agreement], then
 * "مع", then a word of [use] in the clause: "أعلنت «أنثروبيك» اتفاقاً مع «غوغل» يتيح لها استخدام
 * …"): an announced contract, the signer its client; with no such word, an announced partnership
 * (what it is worth may stand before "مع": "أعلنت X اتفاقاً بقيمة … مع Y"). The signer is the organisation right after the
 * verb of signing or announcing ([signed], [announced]; a company's word may stand between) or right
 * before it, or the article's company for "الشركة"; the other one follows "مع" right after the
 * document, or, for a memorandum, is joined to the signer by "و". A partnership signed or announced
 * by two joined by "و" ("وقّعت X وY اتفاقية شراكة"، "أعلنت X وY عن شراكة") is one of them too,
 * announced. An apposition after the signer ("الذراع التقنية لشركة …") names no party.
 */
final class Memoranda implements Triggered {
  /** How far before the memorandum the verb of signing may be (a signer and an apposition between). */
  private static final int SPAN = 12;
  private static final Set<String> COMPANY = Set.of(Lexicon.norm("الشركة"));
  private static final String WITH = "مع";
  /** How many words may tell what an agreement is worth before its "مع". */
  private static final int WORTH = 4;
  /** How far after the other party a word of use may be, in the same clause. */
  private static final int CLAUSE = 6;

  private final Lexicon lex;
  private final Set<String> memorandum;
  private final Set<String> understanding;
  private final Set<String> signed;
  private final Set<String> agreement;
  private final Set<String> use;
  private final Set<String> triggers;
  /** Words of a partnership ({@code deals.txt} [partnership-word]). */
  private final Set<String> partnerships;

  Memoranda(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    List<List<String>> rows = file.rows("memorandum");
    this.memorandum = Lexicon.normSet(rows.stream().map(r -> r.get(0)).toList());
    this.understanding = Lexicon.normSet(rows.stream().map(r -> r.get(1)).toList());
    List<String> verbs = new ArrayList<>(file.words("signed"));
    verbs.addAll(file.words("announced"));
    this.signed = Lexicon.normSet(verbs);
    this.agreement = Lexicon.normSet(file.words("agreement"));
    this.use = Lexicon.normSet(file.words("use"));
    this.partnerships = Lexicon.normSet(file.words("partnership-word"));
    Set<String> words = new java.util.HashSet<>(memorandum);
    words.addAll(agreement);
    words.addAll(partnerships);
    this.triggers = Set.copyOf(words);
  }

  @Override
  public Set<String> triggers() {
    return triggers;
  }

  List<DealFinder.Found> find(SentenceView v, Discourse d) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<DealFinder.Found> out = new ArrayList<>();
    for (int k = 1; k + 1 < t.size(); k++) {
      boolean memo = spans[k] == null && lex.reading(memorandum, t.get(k).norm()) != null && understanding.contains(t.get(k + 1).norm());
      int with = memo || spans[k] != null || lex.reading(agreement, t.get(k).norm()) == null ? -1 : with(t, spans, k);
      boolean agreed = with > 0;
      boolean partnered = !memo && !agreed && spans[k] == null && partnership(t, k);
      if (!memo && !agreed && !partnered) {
        continue;
      }
      int s = signing(t, spans, k);
      if (s < 0) {
        continue;
      }
      Set<String> parties = new LinkedHashSet<>();
      Gazetteer.Match first = signer(v, d, s, parties);
      if (agreed) {
        Gazetteer.Match other = organisationNear(v, with + 1, true);
        if (other != null && parties.size() == 1 && parties.add(other.mention().id())) {
          List<String> ids = List.copyOf(parties);
          boolean use = used(t, other.last() + 1);
          out.add(new DealFinder.Found(use ? DealType.CONTRACT : DealType.PARTNERSHIP, ids.get(0), ids.get(1), List.of(), List.of(),
              v.amountWithin(k, with), null, v.dateNear(k), DealStatus.ANNOUNCED, use, v.source(t.get(s).start(), t.get(other.last()).end())));
        }
        continue;
      }
      if (first != null) {
        int n = first.last() + 1;
        boolean and = n < k && t.raw(n).startsWith("و");
        Gazetteer.Match joined = organisationNear(v, and && t.raw(n).equals("و") ? n + 1 : n, and);
        if (joined != null && joined.last() < k) {
          parties.add(joined.mention().id());
        }
      }
      if (k + 2 < t.size() && t.get(k + 2).norm().equals(WITH)) {
        Gazetteer.Match other = organisationNear(v, k + 3, true);
        if (other != null) {
          parties.add(other.mention().id());
        }
      }
      if (partnered && (first == null || parties.size() != 2 || t.get(Math.min(t.size() - 1, k + 2)).norm().equals(WITH))) {
        continue; // a partnership with "مع" is the deal finder's
      }
      if (parties.size() == 2) {
        List<String> ids = List.copyOf(parties);
        out.add(new DealFinder.Found(DealType.PARTNERSHIP, ids.get(0), ids.get(1), List.of(), List.of(), null, null,
            v.dateNear(k), DealStatus.ANNOUNCED, false, v.source(t.get(s).start(), t.get(k + 1).end())));
      }
    }
    return out;
  }

  /**
   * Whether word {@code k} tells a partnership its signers signed or announced: "شراكة" itself,
   * or a word of [agreement] before it ("اتفاقية شراكة").
   */
  private boolean partnership(Tokens t, int k) {
    String w = t.get(k).norm();
    Clitics.Stripped word = lex.reading(partnerships, w);
    return word != null && !word.prefix().endsWith("ال") // "الشراكة" is one told before
        || lex.reading(agreement, w) != null && partnerships.contains(t.get(k + 1).norm());
  }

  /**
   * The "مع" after the agreement word at {@code k}: right after it, or past what it is worth
   * ("اتفاقاً بمليارات الدولارات مع X"), within {@link #WORTH} words with no comma or name between;
   * else -1.
   */
  private static int with(Tokens t, Gazetteer.Match[] spans, int k) {
    for (int j = k + 1; j < t.size() && j <= k + 1 + WORTH; j++) {
      if (spans[j] != null || t.gapBefore(j).contains("،")) {
        return -1;
      }
      if (t.get(j).norm().equals(WITH)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether a word of [use] is among the {@link #CLAUSE} words from word {@code j}, no comma between. */
  private boolean used(Tokens t, int j) {
    for (int w = j; w < t.size() && w < j + CLAUSE; w++) {
      if (t.gapBefore(w).contains("،")) {
        return false;
      }
      if (lex.reading(use, t.get(w).norm()) != null) {
        return true;
      }
    }
    return false;
  }

  /** The nearest verb of signing or announcing before word {@code k}, or -1. */
  private int signing(Tokens t, Gazetteer.Match[] spans, int k) {
    for (int s = k - 1; s >= Math.max(0, k - SPAN); s--) {
      if (spans[s] == null && lex.reading(signed, t.get(s).norm()) != null) {
        return s;
      }
    }
    return -1;
  }

  /** Adds the signer of verb {@code s} to {@code parties}: its match, or null for the article's company or none. */
  private Gazetteer.Match signer(SentenceView v, Discourse d, int s, Set<String> parties) {
    Gazetteer.Match after = organisationNear(v, s + 1, true);
    if (after != null) {
      parties.add(after.mention().id());
      return after;
    }
    Tokens t = v.tokens();
    if (s + 1 < t.size() && COMPANY.contains(t.get(s + 1).norm()) && d.topic() != null) {
      parties.add(d.topic());
    } else if (s > 0 && v.spans()[s - 1] != null && v.organisation(v.spans()[s - 1])) {
      parties.add(v.spans()[s - 1].mention().id());
    }
    return null;
  }

  /** An organisation at word {@code j} or after one word (a company's word), when {@code allowed}; else null. */
  private Gazetteer.Match organisationNear(SentenceView v, int j, boolean allowed) {
    Gazetteer.Match[] spans = v.spans();
    for (int i = j; allowed && i < spans.length && i <= j + 1; i++) {
      if (spans[i] != null && v.organisation(spans[i])) {
        return spans[i];
      }
      if (i > j || lex.reading(lex.orgCues(), v.tokens().get(i).norm()) == null) {
        break;
      }
    }
    return null;
  }
}
