package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the words around a deal say beyond its parties (words of {@code deals.txt}): an object
 * "الشركة" (the company) that stands for the organisation named before, an amount that is an
 * organisation's own worth rather than the deal's, and talks that collapsed.
 */
final class DealContext {
  /** How many words after the preposition "الشركة" may come. */
  private static final int OBJECT_REACH = 2;
  /** How many words before an amount its organisation's relative clause may start. */
  private static final int WORTH_REACH = 6;
  private static final String COMPANY = "الشركه";
  private static final Set<String> RELATIVES = Set.of("التي", "الذي");

  private final Lexicon lex;
  private final Set<String> collapsed;
  private final List<String[]> collapsedPhrases = new ArrayList<>();

  DealContext(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("deals.txt");
    Set<String> single = new java.util.HashSet<>();
    for (String w : file.words("collapsed")) {
      if (w.contains(" ")) {
        collapsedPhrases.add(Lexicon.norm(w).split(" "));
      } else {
        single.add(Lexicon.norm(w));
      }
    }
    this.collapsed = Set.copyOf(single);
  }

  /**
   * The organisation an object "الشركة" (or "الشركة الناشئة") after {@code preposition} stands for
   * ("حاولت ميتا الاستحواذ على الشركة"): the last one the sentence before named other than the
   * acting party and its own units (a lab of Meta is no company Meta buys), else the last one an
   * earlier sentence of the paragraph named, else the article's main one, or when that is the acting
   * party the one named most after it, if no other is named as often; null when the object is named.
   */
  String anaphoricObject(SentenceView v, Discourse d, int from, String preposition, String subject) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    boolean company = false;
    for (int j = from; j + 1 < t.size() && j < from + OBJECT_REACH + 1 && !company; j++) {
      company = spans[j] == null && t.get(j).norm().equals(preposition) && spans[j + 1] == null && t.get(j + 1).norm().equals(COMPANY);
    }
    if (!company || preposition == null) {
      return null;
    }
    List<List<String>> sentences = new ArrayList<>(d.paragraphOrganisations());
    if (sentences.isEmpty() || !sentences.get(0).equals(d.previousOrganisations())) {
      sentences.add(0, d.previousOrganisations());
    }
    for (List<String> orgs : sentences) {
      List<String> before = new ArrayList<>(orgs);
      java.util.Collections.reverse(before);
      for (String id : before) {
        if (!id.equals(subject) && !unitOf(id, subject)) {
          return id;
        }
      }
    }
    String topic = d.topic();
    return topic == null || !topic.equals(subject) ? topic : d.topicOtherThan(subject, id -> unitOf(id, subject));
  }

  /** Whether listed organisation {@code id} is a unit (a lab) of {@code owner}. */
  private boolean unitOf(String id, String owner) {
    return owner != null && lex.organisations().stream().anyMatch(o -> o.id().equals(id) && owner.equals(o.parent()));
  }

  /**
   * Whether an amount is the worth of the organisation a relative clause describes ("بيربلكسيتي،
   * التي تبلغ قيمتها نحو 14 مليار دولار"), not the price of a deal: a relative pronoun after a
   * comma and an organisation, and a word of valuation, shortly before the amount.
   */
  boolean organisationWorth(SentenceView v, MoneyValue m) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    int first = t.indexAt(m.start());
    boolean valued = false;
    boolean described = true;
    for (int j = first - 1; j >= 1 && j >= first - WORTH_REACH; j--) {
      String w = t.get(j).norm();
      valued |= lex.reading(lex.deals().valuation(), w) != null || lex.reading(lex.deals().worth(), w) != null;
      // "من شركة تقدَّر قيمتها بنحو 18 مليار دولار": the worth of a company described, no price ("شركة X ضمن صفقة بلغت قيمتها": the deal's)
      described &= spans[j] == null && lex.reading(lex.deals().triggers(), w) == null;
      Clitics.Stripped cue = valued && described ? lex.reading(lex.orgCues(), w) : null;
      if (cue != null && lex.orgCues().get(cue.stem()) == org.sijill.facts.CompanyKind.COMPANY && !cue.prefix().endsWith("ال")) {
        return true;
      }
      if (RELATIVES.contains(w)) {
        Gazetteer.Match owner = spans[j - 1];
        return valued && owner != null && owner.mention().kind() == EntityKind.COMPANY && t.gapBefore(j).contains("،");
      }
    }
    return false;
  }

  /**
   * Whether words after the deal word say the talks collapsed or came to nothing ("لكن المحادثات
   * انهارت", "لم تسفر عن صفقة"): the deal failed.
   */
  boolean collapsed(Tokens t, int k) {
    for (int j = k + 1; j < t.size(); j++) {
      if (lex.reading(collapsed, t.get(j).norm()) != null) {
        return true;
      }
      for (String[] phrase : collapsedPhrases) {
        boolean match = j + phrase.length <= t.size();
        for (int p = 0; match && p < phrase.length; p++) {
          match = t.get(j + p).norm().equals(phrase[p]);
        }
        if (match) {
          return true;
        }
      }
    }
    return false;
  }
}
