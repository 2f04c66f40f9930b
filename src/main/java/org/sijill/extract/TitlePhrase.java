package org.sijill.extract;

import org.sijill.facts.CompanyKind;

/**
 * A title and its organisation, as around a person's name: "الرئيس التنفيذي لشركة OpenAI",
 * "المتحدثة باسم OpenAI،", "مديرة إدارة المنتجات". The title is words {@code [first, titleEnd)}
 * (the first after its clitic {@code prefix}); the organisation, if any, is {@code org}; the phrase
 * ends before word {@code end}, where a name may start ({@code comma}: after a comma), past a
 * description of the organisation that ends in a comma ("لشركة X الناشئة للذكاء الاصطناعي، أ").
 */
record TitlePhrase(int first, String prefix, int titleEnd, Gazetteer.Match org, int end, boolean comma) {
  private static final int MAX_WORDS = 9;

  /** The title phrase starting at word {@code i}, or null if that word is no title. */
  static TitlePhrase at(Tokens t, int i, Lexicon lex, Gazetteer.Match[] spans) {
    if (spans[i] != null || !t.get(i).arabic()) {
      return null;
    }
    Clitics.Stripped head = lex.reading(lex.titleHeads(), t.get(i).norm());
    int length = head == null ? -1 : headLength(t, i, lex.titleHeads().get(head.stem()));
    if (length < 0) {
      return null;
    }
    int titleEnd = i + 1 + length;
    Gazetteer.Match org = null;
    boolean comma = false;
    int k = titleEnd;
    while (k < t.size() && k - i <= MAX_WORDS) {
      String gap = t.gapBefore(k);
      if (gap.contains("،") || gap.contains(",")) {
        comma = true;
        break;
      }
      if (!gap.replace('"', ' ').replace('“', ' ').replace('”', ' ').replace('«', ' ').replace('»', ' ').replace('ـ', ' ').isBlank()) {
        break;
      }
      Gazetteer.Match m = spans[k];
      if (m != null) {
        if (org == null && m.mention().kind() == EntityKind.COMPANY) {
          org = m;
          k = m.last() + 1;
          continue;
        }
        break;
      }
      Token tok = t.get(k);
      if (!tok.arabic()) {
        break;
      }
      Clitics.Stripped cue = lex.reading(lex.orgCues(), tok.norm());
      if (lex.titleLinks().contains(tok.norm()) || (cue != null && lex.orgCues().get(cue.stem()) != CompanyKind.PRODUCT)) {
        k++;
        continue;
      }
      if (org != null) {
        int tail = describedTail(t, k, lex);
        comma = tail > k;
        k = Math.max(k, tail);
        break;
      }
      if ((definiteAt(t, k, lex) && !lex.isFunctionWord(tok.norm())) || construct(t, k, lex, 3)) {
        titleEnd = k + 1;
        k++;
        continue;
      }
      break;
    }
    return new TitlePhrase(i, head.prefix(), titleEnd, org, k, comma);
  }

  /**
   * Where a name may start after the organisation's description that ends in a comma ("لشركة X
   * الناشئة للذكاء الاصطناعي، أ": at أ): the word after up to four definite words from {@code k}
   * and the comma; else {@code k}.
   */
  private static int describedTail(Tokens t, int k, Lexicon lex) {
    for (int j = k; j < t.size() && j - k < 4; j++) {
      String w = t.get(j).norm();
      if (!t.get(j).arabic() || !definite(lex, w) || lex.isFunctionWord(w) || j > k && !t.gapBefore(j).isBlank()) {
        return k;
      }
      if (j + 1 < t.size() && t.gapBefore(j + 1).contains("،")) {
        return j + 1;
      }
    }
    return k;
  }

  /** How many words after the head word the longest matching head phrase has, or -1. */
  private static int headLength(Tokens t, int i, java.util.List<java.util.List<String>> rests) {
    int best = -1;
    for (java.util.List<String> rest : rests) {
      boolean fits = i + rest.size() < t.size();
      for (int k = 0; fits && k < rest.size(); k++) {
        fits = t.gapBefore(i + 1 + k).isBlank() && t.get(i + 1 + k).norm().equals(rest.get(k));
      }
      if (fits && rest.size() > best) {
        best = rest.size();
      }
    }
    return best;
  }

  /**
   * Whether the title is definite, as a title before a name is ("الباحث"، "مديرة إدارة
   * المنتجات"، "رئيس التوظيف في OpenAI"، "رئيس الفريق"): a definite word, a possessive, or an
   * organisation in it.
   * An indefinite one is a description ("مدير فعال", "باحثة بارزة").
   */
  boolean determined(Tokens t, Lexicon lex) {
    if (org != null || comma) {
      return true;
    }
    for (int k = first; k < end; k++) {
      String w = t.get(k).norm();
      String raw = t.raw(k);
      if (definite(lex, w) || (k < titleEnd && (raw.endsWith("ها") || raw.endsWith("ه") || raw.endsWith("هما") || raw.endsWith("هم")))) {
        return true;
      }
    }
    return lex.reading(lex.titleLinks(), end < t.size() ? t.get(end).norm() : "") != null;
  }

  /** The title's words as written. */
  String title(Tokens t) {
    int start = t.normalized().originalStart(t.get(first).normStart() + prefix.length());
    return t.normalized().original().substring(start, t.get(titleEnd - 1).end());
  }

  /** Whether {@code word} carries the article (ال, لل, بال …). */
  static boolean definite(Lexicon lex, String word) {
    for (Clitics.Stripped s : lex.clitics().candidates(word)) {
      if ((s.prefix().endsWith("ال") || s.prefix().endsWith("لل")) && s.stem().length() >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code k} carries the article as written: a hamza on its alef makes it a name
   * ("الباحث أليك رادفورد": "أليك" is no "ال" + "يك").
   */
  static boolean definiteAt(Tokens t, int k, Lexicon lex) {
    String raw = t.raw(k);
    return definite(lex, t.get(k).norm()) && (raw.contains("ال") || raw.contains("لل"));
  }

  /**
   * Whether word {@code k} is the first noun of a construct ("إدارة المنتجات", "لهندسة البنية",
   * "قسم أبحاث الذكاء"): followed, without punctuation, by a definite word or another construct noun;
   * not by an adjective of the post ("رئيس الباحثين رومينج بانج السابق": the name is no construct).
   */
  static boolean construct(Tokens t, int k, Lexicon lex, int depth) {
    if (depth == 0 || k + 1 >= t.size() || !t.get(k).arabic() || !t.get(k + 1).arabic() || !t.gapBefore(k + 1).isBlank()) {
      return false;
    }
    if (lex.isFunctionWord(t.get(k).norm()) || definite(lex, t.get(k).norm())) {
      return false;
    }
    String next = t.get(k + 1).norm();
    boolean post = lex.moves().postAdjectives().contains(next);
    return !lex.isFunctionWord(next) && !post && (definite(lex, next) || construct(t, k + 1, lex, depth - 1));
  }
}
