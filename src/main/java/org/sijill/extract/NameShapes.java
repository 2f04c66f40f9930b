package org.sijill.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The shapes of words that start no name, and the choice among overlapping names, for {@link NameFinder}. */
final class NameShapes {
  private NameShapes() {}

  /** Whether a word has the form of an imperfect verb, يفعل ("يقدم حزم تعويضات"): no name starts so. */
  static boolean imperfectVerb(String w) {
    return w.length() == 4 && w.charAt(0) == 'ي' && "اوي".indexOf(w.charAt(1)) < 0;
  }

  /**
   * Whether an indefinite word has the form of a verbal noun, تفعيل, that says what a unit does
   * ("فريق تجنيد خاص", a recruiting team): no name.
   */
  static boolean verbalNoun(String w) {
    return w.length() == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي';
  }

  /** Whether a word has the form of a future verb, سيفعل ("وسيتولى مات نايت", "وسيقود منظمة"): no name. */
  static boolean futureVerb(String w) {
    return w.length() >= 4 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0;
  }

  /** Whether a word is "و" and a future verb: the end of the clause before a name, never its first word. */
  static boolean conjoinedVerb(String w, Lexicon lex) {
    return w.startsWith("و") && futureVerb(w.substring(1)) && !lex.givenNames().containsKey(w);
  }

  /**
   * Whether the "و" of a name after a comma joins it to a list ("، وجيان تشانغ، كبير …"): the word
   * is no given name itself and what follows the "و" does not start as names spelt with و do
   * ("وانغ", "ويليام", "وونغ").
   */
  static boolean listConjunction(Tokens t, int k, String stem, Lexicon lex) {
    return t.gapBefore(k).contains("،") && conjoinedName(t, k, stem, lex);
  }

  /**
   * Whether word {@code k} may be "و" and a name's first word {@code stem}: three letters or more,
   * not opening with ا, و or ي ("ويليام" is William), and the whole word no given name ("وليد").
   */
  static boolean conjoinedName(Tokens t, int k, String stem, Lexicon lex) {
    return stem.length() >= 3 && "اوي".indexOf(stem.charAt(0)) < 0 && !lex.givenNames().containsKey(t.get(k).norm());
  }

  /**
   * Whether a word is a preposition and a verbal noun of the form إفعال ("لإحياء جهود", to revive
   * efforts): no name.
   */
  static boolean verbalNounAfterClitic(String w, Lexicon lex) {
    for (Clitics.Stripped s : lex.clitics().candidates(w)) {
      String stem = s.stem();
      if (!s.prefix().isEmpty() && stem.length() == 5 && stem.charAt(0) == 'ا' && stem.charAt(3) == 'ا') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word, with or without a clitic, has the form of a verbal noun افتعال, انفعال or
   * استفعال ("وامتلاك ذاكرة", "باستقدام مصطفى"), تفعيل after a preposition ("لتأسيس شركته"), or
   * a verb of leading or working after لـ of purpose ("ليقود منتجات"): no name starts so.
   */
  static boolean derivedVerbalNoun(String w, Lexicon lex) {
    if (lex.givenNames().containsKey(w)) {
      return false; // "ليندا" is no "لـ" + "يندا"
    }
    for (Clitics.Stripped s : lex.clitics().candidates(w)) {
      String stem = s.stem();
      boolean ifti = stem.length() == 6 && stem.charAt(0) == 'ا' && (stem.charAt(2) == 'ت' || stem.charAt(1) == 'ن') && stem.charAt(4) == 'ا';
      boolean istif = stem.length() == 7 && stem.startsWith("است") && stem.charAt(5) == 'ا';
      boolean purpose = (s.prefix().endsWith("ل") || s.prefix().endsWith("ب")) && verbalNoun(stem) // "لتأسيس شركته"
          || s.prefix().endsWith("ل") && lex.moves().current().contains(stem); // "ليقود منتجات"
      if ((ifti || istif || purpose) && !lex.givenNames().containsKey(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word after a given name is the next name of a list, not a surname: "و" and a given
   * name ("ميرا وبوب"), or any "و" word after a given name that took "و" itself ("وبوب وباريت").
   */
  static boolean nextGivenName(String first, String w, Lexicon lex) {
    boolean listed = first.startsWith("و") && !lex.givenNames().containsKey(first);
    return w.length() > 3 && w.startsWith("و") && !lex.givenNames().containsKey(w)
        && (listed || lex.givenNames().containsKey(w.substring(1)));
  }

  /** The last word of a field after لل: "للذكاء الاصطناعي" is one field ("معهد ألين للذكاء الاصطناعي"). */
  static int fieldEnd(Tokens t, int k) {
    return t.get(k).norm().equals("للذكاء") && k + 1 < t.size() && t.gapBefore(k + 1).isBlank()
        && t.get(k + 1).norm().equals("الاصطناعي") ? k + 1 : k;
  }

  /**
   * Where word {@code k} starts after a preposition or conjunction it carries: a university's cue
   * word is part of its name ("من جامعة واشنطن" names "جامعة واشنطن").
   */
  static int stemStart(Tokens t, int k, Lexicon lex) {
    Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(k).norm());
    int prefix = cue == null ? 0 : cue.prefix().length();
    return t.normalized().originalStart(t.get(k).normStart() + prefix);
  }

  /**
   * A nickname in brackets between two name-like words, word {@code i} a given name: the whole is a
   * person's name ("يوهواي (توني) وو"), whatever the first word; null otherwise.
   */
  static NameFinder.Name nickname(Tokens t, int i, Lexicon lex, java.util.function.IntPredicate nameLike) {
    boolean bracketed = i > 0 && i + 1 < t.size() && t.gapBefore(i).strip().equals("(") && t.gapBefore(i + 1).strip().equals(")");
    if (!bracketed || lex.reading(lex.givenNames(), t.get(i).norm()) == null || !nameLike.test(i - 1) || !nameLike.test(i + 1)) {
      return null;
    }
    int start = t.get(i - 1).start();
    int end = t.get(i + 1).end();
    return new NameFinder.Name(i - 1, i + 1, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end));
  }

  /** The Arabic words before a Latin name in brackets, as its Arabic spelling: "شينغجيا زاو (Shengjia Zhao)". */
  static void bracketed(List<NameFinder.Name> out, Tokens t, NameFinder.Name latinName, Lexicon lex, java.util.function.IntPredicate nameLike) {
    if (!t.gapBefore(latinName.first()).strip().equals("(") || !t.gapAfter(latinName.last()).strip().startsWith(")")) {
      return;
    }
    int last = latinName.first() - 1;
    int first = last;
    while (first - 1 >= 0 && last - first < 2 && t.gapBefore(first).isBlank() && nameLike.test(first - 1)) {
      first--;
    }
    if (last < 0 || !nameLike.test(last) || !nameLike.test(first)) {
      return;
    }
    String prefix = "";
    for (Clitics.Stripped r : lex.clitics().candidates(t.get(first).norm())) {
      if (!r.prefix().isEmpty() && lex.clitics().isConjunctionOnly(r.prefix())) {
        prefix = r.prefix();
        break;
      }
    }
    int start = t.normalized().originalStart(t.get(first).normStart() + prefix.length());
    int end = t.get(last).end();
    out.add(new NameFinder.Name(first, last, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end), latinName.text()));
  }
  /**
   * Names listed with an organisation after "مثل" (such as) are organisations too: "شركات مثل
   * Greenoaks وKleiner Perkins" (not a person, though two capitalised words).
   */
  static List<NameFinder.Name> listedWithOrganisations(List<NameFinder.Name> names, Tokens t) {
    List<NameFinder.Name> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(NameFinder.Name::start));
    List<NameFinder.Name> out = new ArrayList<>();
    boolean list = false;
    NameFinder.Name before = null;
    for (NameFinder.Name n : sorted) {
      String between = before == null ? "" : t.normalized().original().substring(before.end(), Math.max(before.end(), n.start())).strip();
      boolean joined = before != null && before.kind() == NameFinder.Kind.ORGANISATION && (between.equals("و") || between.equals("،") || between.equals("، و"));
      list = joined ? list : n.first() > 0 && t.get(n.first() - 1).norm().equals("مثل");
      out.add(joined && list && n.kind() != NameFinder.Kind.ORGANISATION
          ? new NameFinder.Name(n.first(), n.last(), n.start(), n.end(), NameFinder.Kind.ORGANISATION, n.orgKind(), n.text(), n.sameAs()) : n);
      before = out.get(out.size() - 1);
    }
    return out;
  }

  /** Whether word {@code last} ends a name followed by a comma and a description ("…، المدير التنفيذي"). */
  static boolean described(Tokens t, int last, Lexicon lex) {
    return last >= 0 && last + 1 < t.size() && t.gapBefore(last + 1).contains("،") && describes(t.get(last + 1).norm(), lex);
  }

  /** Whether word {@code k} stands alone between quotes ("شركة "سيسامي""): a name, whatever its ending. */
  static boolean quoted(Tokens t, int k) {
    return QUOTES.matcher(t.gapBefore(k)).find() && QUOTES.matcher(t.gapAfter(k)).find();
  }

  /** The quotation marks a name may stand between. */
  static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\"«»“”„]");

  /** Whether a word starts a description: a title or a word of apposition. */
  static boolean describes(String word, Lexicon lex) {
    return lex.reading(lex.titleHeads(), word) != null || lex.reading(lex.appositionWords(), word) != null;
  }

  /** The names left when overlapping ones give way to the one that starts first, then the longest. */
  static List<NameFinder.Name> withoutOverlaps(List<NameFinder.Name> names) {
    List<NameFinder.Name> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(NameFinder.Name::start).thenComparingInt(n -> -(n.end() - n.start()))
        .thenComparing(n -> n.sameAs() == null).thenComparing(NameFinder.Name::kind));
    List<NameFinder.Name> out = new ArrayList<>();
    int end = -1;
    for (NameFinder.Name n : sorted) {
      if (n.start() >= end) {
        out.add(n);
        end = n.end();
      }
    }
    return out;
  }
}
