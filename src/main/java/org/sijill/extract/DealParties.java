package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * The parties of a deal around its trigger word: the acting party (the name right after the word,
 * or the nearest one before it that no preposition governs; "مع X" makes a partner), the other
 * parties after the type's preposition, directly or after words such as "شركات ناشئة … مثل", and
 * for a stake ("استحوذت على حصة 49% من X", "شراء 49% من X") the company the stake is in.
 */
final class DealParties {
  private static final Set<String> ANAPHORS = Set.of("الشركه", "المجموعه");
  /** Words of approximation before a stake's percentage. */
  private static final Set<String> ABOUT = Set.of(Lexicon.norm("قرابة"), Lexicon.norm("نحو"), Lexicon.norm("حوالي"));

  private static final Set<String> PREPOSITIONS = Set.of("في", "علي", "من", "مع", "الي", "مثل", "عن", "لدي", "ضد", "بين");
  /** How many words after the trigger its preposition may come ("استثمارها 14.3 مليار دولار في"). */
  private static final int PREPOSITION_DISTANCE = 6;
  private static final int OBJECT_SCAN = 6;
  /** How far before the one who offers the word of offer may be ("عرضاً مالياً ضخماً من شركة ميتا"). */
  private static final int OFFER_DISTANCE = 6;
  /** How far after a licence its other party may be ("ترخيص تكنولوجيا “وايندسرف”", "للحصول على تقنية X"). */
  private static final int LICENCE_REACH = 10;
  /** How many words a stake's description may take before "من" and the company ("حصة تصل إلى 49% من أسهم"). */
  private static final int STAKE_SCAN = 6;

  private final Lexicon lex;

  DealParties(Lexicon lex) {
    this.lex = lex;
  }

  /** The nearest name before word {@code k} that no preposition governs; "مع X" and "إلى X" become partners. */
  Gazetteer.Match subjectBefore(SentenceView v, Around around, int k, List<String> partners) {
    Tokens t = v.tokens();
    boolean marked = false;
    Gazetteer.Match subject = null;
    Gazetteer.Match offerer = null;
    for (Gazetteer.Match m : v.matches()) {
      if (m.last() >= k || (m.mention().kind() == EntityKind.COMPANY && v.outlet(m)) || around.owner(m)) {
        continue;
      }
      String prep = governing(v, t, m);
      offerer = "من".equals(prep) && offerBefore(t, m.first()) ? m : offerer;
      boolean listed = around.conjunction(m.first() - 1) || t.get(m.first()).norm().startsWith("و") && m.mention().start() > t.get(m.first()).start();
      marked = prep != null || (listed && marked);
      if (prep != null && lex.deals().partner().contains(prep)) {
        partners.add(m.mention().id());
      } else if (!marked) {
        subject = m;
      }
    }
    subject = offerer != null ? offerer : subject;
    if (subject != null) {
      partners.remove(subject.mention().id());
    }
    return subject;
  }

  /**
   * The other party of a licence or of a deal to hire a team, which takes no preposition: the first
   * organisation other than {@code subject} in the words after {@code from}, up to a comma for a
   * licence ("ترخيص تكنولوجيا وايندسرف") and in the whole sentence for a {@code team} hired ("صفقة
   * لاستقطاب …، في مقدمتهم أ، الرئيس التنفيذي لشركة ويندسيرف"), else the one
   * paid before the trigger {@code k} ("دفعت جوجل 2.4 مليار دولار لشركة ويندسرف لترخيص تقنيتها").
   */
  Gazetteer.Match unmarkedObject(SentenceView v, Gazetteer.Match[] spans, int k, int from, boolean team, String subject) {
    Tokens t = v.tokens();
    int reach = team ? t.size() : LICENCE_REACH;
    for (int j = from; j < t.size() && j < from + reach && (j == from || team || !t.gapBefore(j).contains("،")); j++) {
      if (spans[j] != null && spans[j].first() == j && spans[j].mention().kind() == EntityKind.COMPANY && !spans[j].mention().id().equals(subject)
          && !v.outlet(spans[j])) {
        return spans[j];
      }
    }
    for (int j = k - 1; j >= 0 && k - j <= PREPOSITION_DISTANCE; j--) {
      Gazetteer.Match m = spans[j];
      if (m != null && m.first() == j && m.mention().kind() == EntityKind.COMPANY && !m.mention().id().equals(subject)
          && (t.raw(j).startsWith("ل") || j > 0 && lex.reading(lex.orgCues(), t.get(j - 1).norm()) != null && t.raw(j - 1).startsWith("ل"))) {
        return m;
      }
    }
    return null;
  }

  /** Whether an offer stands shortly before "من" and the name at word {@code j} ("عرضًا [بمليار دولار] من ميتا"): the one who offers acts. */
  private boolean offerBefore(Tokens t, int j) {
    for (int i = j - 1; i >= 0 && j - i <= OFFER_DISTANCE; i--) {
      if (lex.moves().offer().contains(t.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The status of a deal word that is the purpose of an offer ("عرضًا … من ميتا للاستحواذ"): what
   * the sentence says of the offer before it ("رفضت"), else proposed; {@code otherwise} when no offer.
   */
  DealStatus offered(Tokens t, int k, DealStatus otherwise) {
    for (int j = k - 1; j >= 0 && k - j <= OFFER_DISTANCE + 2; j--) {
      if (lex.moves().offer().contains(t.get(j).norm())) {
        for (int i = j - 1; i >= 0; i--) {
          DealStatus s = lex.deals().statusAt(lex, t, i);
          if (s != null) {
            return s;
          }
        }
        return otherwise == DealStatus.COMPLETED || otherwise == DealStatus.ANNOUNCED ? DealStatus.PROPOSED : otherwise;
      }
    }
    return otherwise;
  }

  /** Whether a word is an organisation word with a possessive ("شركتها الناشئة X", its startup X). */
  private boolean possessedCue(String w) {
    String bare = w.endsWith("تها") ? w.substring(0, w.length() - 3) + "ه" : w.endsWith("ته") ? w.substring(0, w.length() - 2) + "ه" : null;
    return bare != null && lex.orgCues().containsKey(bare);
  }

  /** Whether an amount ends right before word {@code j}. */
  private static boolean paid(SentenceView v, int j) {
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m && v.tokens().indexAt(m.end() - 1) == j - 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "الشركة" (the company) or "المجموعة" (the group) stands in words [a, b): the acting
   * party is the article's company.
   */
  static boolean anaphor(SentenceView v, Around around, int a, int b) {
    for (int j = Math.max(a, 0); j < b; j++) {
      if (ANAPHORS.contains(v.tokens().get(j).norm()) && around.spans()[j] == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The preposition right before a name (skipping an organisation word and quotes), or null; "لـ" on
   * that word right after an amount too (the one paid).
   */
  private String governing(SentenceView v, Tokens t, Gazetteer.Match m) {
    Token first = t.get(m.first());
    String clitic = ArabicText.normalizeString(t.normalized().original().substring(first.start(), m.mention().start()));
    if (clitic.endsWith("ل") || clitic.endsWith("ب")) {
      return clitic.substring(clitic.length() - 1);
    }
    for (int j = m.first() - 1; j >= 0 && m.first() - j <= 2; j--) {
      String w = t.get(j).norm();
      Clitics.Stripped p = lex.reading(PREPOSITIONS, w);
      if (p != null) {
        return p.stem();
      }
      Clitics.Stripped cue = lex.reading(lex.orgCues(), w);
      if (cue == null) {
        return null;
      }
      if (cue.prefix().endsWith("ل") && paid(v, j)) {
        return "ل"; // the one paid: "دفعت 2.4 مليار دولار لشركة ويندسرف"
      }
    }
    return null;
  }

  /** The organisations after the type's preposition, which must come within {@link #PREPOSITION_DISTANCE} words. */
  List<Gazetteer.Match> objects(SentenceView v, Gazetteer.Match[] spans, int from, String preposition) {
    List<Gazetteer.Match> near = near(v, spans, from, preposition);
    Gazetteer.Match owner = near.isEmpty() ? Owners.after(v.tokens(), spans, from, from + PREPOSITION_DISTANCE, preposition) : null;
    return owner != null ? List.of(owner) : Owners.of(v.tokens(), spans, near);
  }

  private List<Gazetteer.Match> near(SentenceView v, Gazetteer.Match[] spans, int from, String preposition) {
    Tokens t = v.tokens();
    List<Gazetteer.Match> out = new ArrayList<>();
    int reach = from + PREPOSITION_DISTANCE + AmountWords.length(v, from, from + PREPOSITION_DISTANCE);
    for (int j = from; j < t.size() && j < reach; j++) {
      if (spans[j] != null || !t.get(j).norm().equals(preposition)) {
        continue;
      }
      int dated = DatedPhrases.at(v, j);
      if (dated > 0) {
        reach += dated;
        j += dated - 1;
        continue;
      }
      for (int k = j + 1; k < t.size() && k <= j + 1 + OBJECT_SCAN && (k == j + 1 || !t.gapBefore(k).contains("،")); k++) {
        if (spans[k] != null) {
          if (spans[k].mention().kind() == EntityKind.COMPANY) {
            out.addAll(v.listed(spans[k]));
          }
          return out;
        }
        String w = t.get(k).norm();
        boolean cue = lex.reading(lex.orgCues(), w) != null || possessedCue(w);
        boolean describing =
            cue || w.equals("مثل") || lex.isFunctionWord(w) || lex.reading(lex.commonNouns(), w) != null
                || TitlePhrase.definite(lex, w) || TitlePhrase.construct(t, k, lex, 2) || w.endsWith("ه") || w.endsWith("ي");
        if (k == j + 1 ? !cue : !describing) {
          return out;
        }
      }
      return out;
    }
    return out;
  }

  /**
   * The company meant by "شركته" or "شركتها" (his, its company) as the object of trigger {@code k}
   * ("للاستحواذ على نصف شركته الناشئة"): the last organisation named before the trigger other than
   * the acting party, whose founder or head the sentence has just named; or null.
   */
  Gazetteer.Match possessed(SentenceView v, Gazetteer.Match[] spans, int k, String subject, String preposition) {
    Tokens t = v.tokens();
    boolean pronoun = false;
    boolean object = k + 1 < t.size() && t.get(k + 1).norm().equals(preposition);
    for (int j = k + 2; object && j < t.size() && j <= k + 3 && !pronoun; j++) {
      String w = t.get(j).norm();
      pronoun = spans[j] == null && (w.equals("شركته") || w.equals("شركتها"));
    }
    Gazetteer.Match found = null;
    for (Gazetteer.Match o : pronoun ? v.organisations() : List.<Gazetteer.Match>of()) {
      if (o.last() < k && !o.mention().id().equals(subject) && v.organisation(o)) {
        found = o;
      }
    }
    return found;
  }

  /**
   * The company a stake is taken in, when the trigger's object is a stake or a share ("على حصة
   * تبلغ 49% من Scale AI", "شراء 49% من شركة X") after word {@code k} (the trigger, or the acting
   * party right after it), or null.
   */
  Gazetteer.Match stakeIn(SentenceView v, Gazetteer.Match[] spans, int k) {
    Tokens t = v.tokens();
    int j = k + 1;
    if (j < t.size() && t.get(j).norm().equals("علي")) {
      j++;
    }
    if (j + 1 < t.size() && ABOUT.contains(t.get(j).norm()) && percentAt(v, j + 1)) {
      j++; // "تشتري X قرابة 3 في المائة من رأسمال Y"
    }
    boolean stake = j < t.size() && (lex.reading(lex.deals().stake(), t.get(j).norm()) != null || percentAt(v, j));
    if (!stake) {
      return null;
    }
    for (int m = j + 1; m < t.size() && m <= j + STAKE_SCAN; m++) {
      if (spans[m] != null) {
        return null;
      }
      if ((t.get(m).norm().equals("من") || t.get(m).norm().equals("في")) && !inPercent(v, m)) { // not "3 في المائة"
        for (int o = m + 1; o < t.size() && o <= m + 3; o++) {
          if (spans[o] != null) {
            return spans[o].mention().kind() == EntityKind.COMPANY ? spans[o] : null;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** Whether word {@code m} is inside a percentage's words ("في" of "3 في المائة"). */
  private static boolean inPercent(SentenceView v, int m) {
    Token w = v.tokens().get(m);
    for (Value val : v.values()) {
      if (val instanceof PercentValue p && p.start() <= w.start() && w.end() <= p.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean percentAt(SentenceView v, int j) {
    int start = v.tokens().get(j).start();
    for (Value val : v.values()) {
      if (val instanceof PercentValue p && p.start() == start) {
        return true;
      }
    }
    return false;
  }

  /**
   * "الصفقة" (the deal) with no party of its own and an amount ("الصفقة، التي تبلغ قيمتها 2.4 مليار
   * دولار"): the last deal found before, when it had no amount, now with this one; else null.
   */
  static DealFinder.Found priced(List<DealFinder.Found> earlier, MoneyValue amount, org.sijill.facts.Source source) {
    DealFinder.Found f = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    return f == null || f.amount() != null ? null
        : new DealFinder.Found(f.type(), f.subject(), f.object(), f.others(), f.partners(), amount, f.stake(), f.date(), f.status(), f.clientActs(), source, f.sellers());
  }

  static String repeated(List<DealFinder.Found> earlier, List<DealFinder.Found> now, DealType type, String subject) {
    for (List<DealFinder.Found> list : List.of(earlier, now)) {
      for (DealFinder.Found f : list) {
        if (f.type() == type && f.subject().equals(subject)) {
          return f.object();
        }
      }
    }
    return null;
  }

  /** For an investment with no named investee: the one other organisation named before the word. */
  static String other(SentenceView v, String subject, int k) {
    Set<String> others = new java.util.TreeSet<>();
    for (Gazetteer.Match o : v.organisations()) {
      if (!o.mention().id().equals(subject)) {
        others.add(o.mention().id());
      }
      if (o.first() > k) {
        return null;
      }
    }
    return others.size() == 1 ? others.iterator().next() : null;
  }

  /**
   * The company whose valuation the sentence gives after an investment with no other party named
   * ("استثمرت نحو 14.3 مليار دولار (بناءً على تقييم شركة Scale AI بـ29 مليار دولار)"): the one
   * invested in; or null.
   */
  Gazetteer.Match valued(SentenceView v, Gazetteer.Match[] spans, int k, int clauseEnd) {
    Tokens t = v.tokens();
    for (int j = k + 1; j + 1 < t.size() && t.get(j).start() < clauseEnd; j++) {
      if (lex.reading(lex.deals().valuation(), t.get(j).norm()) != null) {
        int o = j + 1 < t.size() && spans[j + 1] == null && lex.reading(lex.orgCues(), t.get(j + 1).norm()) != null ? j + 2 : j + 1;
        if (o < t.size() && spans[o] != null && spans[o].first() == o && v.organisation(spans[o])) {
          return spans[o];
        }
      }
    }
    return null;
  }

  /**
   * A deal word whose other party is a pronoun ("استحوذت عليها جوجل", "اشترتها شركة غوغل") with
   * the acting organisation right after it: {acting party, the organisation the pronoun refers to,
   * the last one named before the word}; or null.
   */
  Gazetteer.Match[] referredTo(SentenceView v, Gazetteer.Match[] spans, int k) {
    Tokens t = v.tokens();
    String w = t.get(k).norm();
    int j = k + 1;
    if (lex.reading(lex.deals().pronouns(), w) == null) {
      if (j >= t.size() || !lex.deals().pronouns().contains(t.get(j).norm())) {
        return null;
      }
      j++;
    }
    j = j < t.size() && spans[j] == null && lex.reading(lex.orgCues(), t.get(j).norm()) != null ? j + 1 : j;
    Gazetteer.Match acting = j < t.size() && spans[j] != null && spans[j].first() == j && v.organisation(spans[j]) ? spans[j] : null;
    if (acting == null) {
      return null;
    }
    Gazetteer.Match referred = null;
    for (Gazetteer.Match o : v.organisations()) {
      if (o.last() < k && !o.mention().id().equals(acting.mention().id())) {
        referred = o;
      }
    }
    return referred == null ? null : new Gazetteer.Match[] {acting, referred};
  }
}
