package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * A deal signed "مع" the other party before the deal word ({@code deals.txt} [signed]: "وقّعت
 * الشركة مع «إيه إم دي» اتفاقاً بقيمة عشرة مليارات دولار"): the subject, the organisation right
 * after the verb ("الشركة" being the article's company) or right before it, makes with the
 * organisation after "مع" a deal of the type of the deal word that follows in the clause
 * ([trigger]; else a word of [agreement] right after makes a partnership), priced by the amount
 * that follows within a few words; with no amount there, the signing is most often the deal told
 * elsewhere in the article, and is left to it. A deal already read between the same two is left as read.
 */
final class SignedWith implements Triggered {
  private static final int REACH = 3;
  /** How many words after the other party a deal word may be, in the same clause ("اتفاقاً غير حصري لترخيص"). */
  private static final int CLAUSE = 6;
  private static final Set<String> COMPANY = Set.of("الشركه", "الشركة");

  private final Lexicon lex;
  private final Set<String> signed;
  private final Set<String> agreement;

  SignedWith(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    this.signed = Lexicon.normSet(file.words("signed"));
    this.agreement = Lexicon.normSet(file.words("agreement"));
  }

  @Override
  public Set<String> triggers() {
    return signed;
  }

  List<DealFinder.Found> find(SentenceView v, Discourse d) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    for (int k = 0; k + 3 < t.size(); k++) {
      if (spans[k] != null || lex.reading(signed, t.get(k).norm()) == null) {
        continue;
      }
      String subject = null;
      int with = k + 1;
      if (spans[k + 1] != null && v.organisation(spans[k + 1])) {
        subject = spans[k + 1].mention().id();
        with = spans[k + 1].last() + 1;
      } else if (COMPANY.contains(t.get(k + 1).norm())) {
        subject = d.topic();
        with = k + 2;
      } else if (k > 0 && spans[k - 1] != null && v.organisation(spans[k - 1])) {
        subject = spans[k - 1].mention().id();
      }
      if (subject == null || with + 1 >= t.size() || !t.get(with).norm().equals("مع") || spans[with + 1] == null || !v.organisation(spans[with + 1])) {
        continue;
      }
      Gazetteer.Match other = spans[with + 1];
      if (other.mention().id().equals(subject)) {
        continue;
      }
      int word = -1;
      DealType type = null;
      for (int w = other.last() + 1; w < t.size() && w <= other.last() + CLAUSE && !t.gapBefore(w).contains("،") && (type == null || type == DealType.PARTNERSHIP && word < 0); w++) {
        Clitics.Stripped r = lex.reading(lex.deals().triggers(), t.get(w).norm());
        if (r != null) {
          type = lex.deals().triggers().get(r.stem()).type(); // a deal word wins over the agreement before it
          word = w;
        } else if (type == null && w <= other.last() + REACH && lex.reading(agreement, t.get(w).norm()) != null) {
          type = DealType.PARTNERSHIP;
        }
      }
      MoneyValue amount = amountAfter(v, other.last() + 1);
      if (type != null && amount != null) {
        int end = word >= 0 ? word : other.last() + 1;
        return List.of(new DealFinder.Found(type, subject, other.mention().id(), List.of(), List.of(), amount, null,
            v.dateNear(k), DealStatus.COMPLETED, false, v.source(t.get(k).start(), t.get(end).end())));
      }
    }
    return List.of();
  }

  /** Whether a deal between the two parties of {@code f} is among {@code before}. */
  static boolean read(DealFinder.Found f, List<DealFinder.Found> before) {
    return before.stream().anyMatch(g -> f.subject().equals(g.subject()) && f.object().equals(g.object())
        || f.subject().equals(g.object()) && f.object().equals(g.subject()));
  }

  /** The first amount within a few words after word {@code w}, no comma between, or null. */
  private static MoneyValue amountAfter(SentenceView v, int w) {
    for (Value val : v.values()) {
      int first = v.tokens().indexAt(val.start());
      if (val instanceof MoneyValue m && first > w && first <= w + REACH + 1 && !v.tokens().commaBefore(w, first)) {
        return m;
      }
    }
    return null;
  }
}
