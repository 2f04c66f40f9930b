package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arab personal names as Arabic news writes them, whose family name takes the article ("أحمد
 * الشريف"، "خلدون خليفة المبارك") or which run on with بن/آل/أبو ("محمد بن سلمان"، "حمد بن جاسم آل
 * ثاني"). Such a name starts where a person's name surely starts: a listed given name, a compound
 * with "عبد" ("عبد الله") or "الدين" ("نور الدين"), or any name-like word after a definite title or
 * an honorific ("الدكتورة منى الشريف"، "للمهندس …": ل + the title); then up to two fathers' names, and
 * a family name with the article that no list holds, is no adjective, nationality or place, and no
 * nisba before a title ({@code arab-names.txt}). Never after a company's word or a word of
 * things named after people ("مؤسسة محمد بن راشد"، "جائزة …"). A shorter person found before
 * inside such a name gives way to it ({@link ArabNameShapes#replaces}).
 */
final class ArabNames implements Triggered {
  private static final String SERVANT = "عبد";
  // one set, so that the lexicon remembers what each word finds in it
  private static final Set<String> SERVANT_WORD = Set.of(SERVANT);
  private static final String FAMILY = Lexicon.norm("آل");
  private static final String ARTICLE = "ال";
  private static final int MIDDLES = 2;
  /** How far before a name a title phrase ending right before it may start. */
  private static final int TITLE_REACH = 8;

  private final Lexicon lex;
  private final Set<String> particles;
  private final Set<String> servant;
  private final Set<String> compound;
  private final Set<String> honorifics;
  private final Map<String, String> commonGiven;
  private final Set<String> notSurname;
  private final Set<String> nisba;
  private final Set<String> namedAfter;
  private final Set<String> titleAdjectives;
  private final Set<String> triggers;

  ArabNames(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("arab-names.txt");
    this.particles = Lexicon.normSet(file.words("particle"));
    this.servant = Lexicon.normSet(file.words("servant"));
    this.compound = Lexicon.normSet(file.words("compound"));
    this.honorifics = Lexicon.normSet(file.words("honorific"));
    Map<String, String> common = new HashMap<>();
    file.rows("common-given").forEach(r -> common.put(Lexicon.norm(r.get(1)), r.get(0)));
    this.commonGiven = Map.copyOf(common);
    DataFile dates = DataFile.load("dates.txt");
    List<String> never = new ArrayList<>(file.words("not-surname"));
    never.addAll(dates.words("weekdays"));
    dates.rows("months").forEach(r -> never.addAll(r.subList(1, r.size())));
    this.notSurname = Lexicon.normSet(never);
    this.nisba = Lexicon.normSet(file.words("nisba"));
    this.namedAfter = Lexicon.normSet(file.words("named-after"));
    this.titleAdjectives = Lexicon.normSet(file.words("title-adjective"));
    Set<String> words = new HashSet<>(lex.givenNames().keySet());
    words.addAll(commonGiven.keySet());
    words.addAll(honorifics);
    words.addAll(lex.titleHeads().keySet());
    words.add(SERVANT);
    new ArrayList<>(words).stream().filter(w -> w.startsWith(ARTICLE)).forEach(w -> words.add(w.substring(ARTICLE.length())));
    this.triggers = Set.copyOf(words);
  }

  /** Given names, common words that are given names, titles and honorifics (and them without the article, as after "لل"), "عبد". */
  @Override
  public Set<String> triggers() {
    return triggers;
  }

  /**
   * Where a name starts: its first word, the clitic before it, the word after its given name, and
   * whether that is a common word cued by a title ("المهندس كريم"), and whether the name is a
   * thing's, after a company's word or [named-after].
   */
  private record Start(int first, String prefix, int next, boolean common, boolean thing) {}

  /** {@code names} with the Arab names of {@code t}, the persons inside them left out. */
  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] taken = Taken.by(t.size(), known, List.of());
    Gazetteer.Match[] spans = Taken.spans(t.size(), known);
    List<NameFinder.Name> out = new ArrayList<>(names);
    boolean[] titleEnds = titleEnds(t, spans);
    for (int i = 0; i < t.size(); i++) {
      Start s = start(t, i, taken, spans, titleEnds);
      int last = s == null ? -1 : rest(t, s, taken);
      if (s != null && s.thing() && last >= 0) {
        int first = i;
        out.removeIf(n -> n.kind() == NameFinder.Kind.PERSON && n.first() >= first && n.last() <= last); // nor is any part of it
        i = last;
        continue;
      }
      if (last < 0 || !ArabNameShapes.replaces(out, i, last)) {
        continue;
      }
      int start = t.normalized().originalStart(t.get(i).normStart() + s.prefix().length());
      int end = t.get(last).end();
      out.add(new NameFinder.Name(i, last, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end)));
      i = last;
    }
    return out;
  }

  /** The start of a name at word {@code i}, or null. */
  private Start start(Tokens t, int i, boolean[] taken, Gazetteer.Match[] spans, boolean[] titleEnds) {
    if (taken[i] || !t.get(i).arabic() || t.raw(i).startsWith(ARTICLE) || i > 0 && t.gapBefore(i).isEmpty()) { // a word split off a glued one
      return null;
    }
    String w = t.get(i).norm();
    boolean next = i + 1 < t.size() && t.gapBefore(i + 1).equals(" ") && !taken[i + 1];
    String after = next ? t.get(i + 1).norm() : "";
    Clitics.Stripped servantWord = lex.reading(SERVANT_WORD, w);
    if (servantWord != null && !servantWord.prefix().endsWith(ARTICLE) && servant.contains(after)) {
      return new Start(i, servantWord.prefix(), i + 2, false, thing(t, i));
    }
    Clitics.Stripped given = lex.reading(lex.givenNames(), w);
    if (given != null && (given.prefix().endsWith(ARTICLE) || !given.prefix().isEmpty()
        && !lex.clitics().isConjunctionOnly(given.prefix()) && lex.falseFriends().contains(given.stem()))) {
      given = null;
    }
    if (given != null) {
      return new Start(i, given.prefix(), compound.contains(after) ? i + 2 : i + 1, false, thing(t, i));
    }
    Clitics.Stripped common = lex.reading(commonGiven, w);
    if (compound.contains(after) && common != null && common.prefix().isEmpty()) {
      return new Start(i, "", i + 2, false, thing(t, i));
    }
    if (!titled(t, i, titleEnds)) { // what is left starts only after a title
      return null;
    }
    if (compound.contains(after) && middle(t, i, false)) {
      return new Start(i, "", i + 2, false, thing(t, i));
    }
    boolean commonWord = commonGiven.containsKey(w);
    return commonWord || middle(t, i, false) ? new Start(i, "", i + 1, commonWord, thing(t, i)) : null;
  }

  /** Whether the word before {@code i} is an indefinite company word or one of things named after people. */
  private boolean thing(Tokens t, int i) {
    return i > 0 && (indefinite(lex.reading(lex.orgCues(), t.get(i - 1).norm())) || indefinite(lex.reading(namedAfter, t.get(i - 1).norm())));
  }

  /** Whether {@code s} is a reading without the article: "شركة محمد …" names a company, "مدير الشركة أحمد …" a person. */
  private static boolean indefinite(Clitics.Stripped s) {
    return s != null && !s.prefix().endsWith(ARTICLE) && !s.prefix().endsWith("لل") && !s.stem().startsWith(ARTICLE);
  }

  /** Whether a definite title or an honorific, or "لل" and one, ends right before word {@code i}. */
  private boolean titled(Tokens t, int i, boolean[] titleEnds) {
    if (i == 0 || !t.gapBefore(i).isBlank()) {
      return false;
    }
    for (Clitics.Stripped s : lex.clitics().candidates(t.get(i - 1).norm())) {
      String definite = s.prefix().endsWith("لل") ? ARTICLE + s.stem() : s.stem();
      if (honorifics.contains(definite) || definite.startsWith(ARTICLE) && lex.titleHeads().containsKey(definite)) {
        return true;
      }
    }
    if (i > 1 && honorifics.contains(t.get(i - 2).norm() + " " + t.get(i - 1).norm())) {
      return true;
    }
    return titleEnds[i];
  }

  /** Where a definite title phrase of at most {@link #TITLE_REACH} words ends, word by word. */
  private boolean[] titleEnds(Tokens t, Gazetteer.Match[] spans) {
    boolean[] ends = new boolean[t.size() + 1];
    for (int j = 0; j < t.size(); j++) {
      TitlePhrase title = TitlePhrase.at(t, j, lex, spans);
      if (title != null && title.end() > j && title.end() - j <= TITLE_REACH && title.end() <= t.size() && title.determined(t, lex)) {
        ends[title.end()] = true;
      }
    }
    return ends;
  }

  /**
   * The last word of the name after its start {@code s}: up to two fathers' names (one of them at
   * most unlisted, none a verb), then a family
   * name with the article (a second one ending in ي may follow: "… الشريف الحسيني"); or the end of
   * a chain of بن/أبو (then only listed names) or آل and the family, or of a common word cued by a title and listed given names ("المهندس
   * كريم فؤاد"); else -1.
   */
  private int rest(Tokens t, Start s, boolean[] taken) {
    int last = -1;
    int middles = 0;
    boolean listed = true;
    boolean unlistedBefore = false;
    int j = s.next();
    while (j < t.size() && !taken[j] && t.get(j).arabic() && t.gapBefore(j).equals(" ")) {
      String w = t.get(j).norm();
      boolean linked = j + 1 < t.size() && !taken[j + 1] && t.get(j + 1).arabic() && t.gapBefore(j + 1).equals(" ");
      if (t.raw(j).startsWith(ARTICLE)) {
        if (!surname(t, j)) {
          break;
        }
        boolean second = linked && t.raw(j + 1).startsWith(ARTICLE) && t.get(j + 1).norm().endsWith("ي") && surname(t, j + 1);
        return second ? j + 1 : j;
      }
      if (particles.contains(w) && linked) {
        String next = t.get(j + 1).norm();
        if (t.raw(j + 1).startsWith(ARTICLE)) {
          return surname(t, j + 1) ? j + 1 : last;
        }
        if (next.equals(SERVANT) && j + 2 < t.size() && servant.contains(t.get(j + 2).norm())) {
          last = j + 2;
          j += 3;
          continue;
        }
        if (!given(next) && !middle(t, j + 1, true)) {
          break;
        }
        if (w.equals(FAMILY)) {
          return j + 1; // the family's name ends the name: "… آل مكتوم"
        }
        last = j + 1;
        unlistedBefore = true;
        j += 2;
        continue;
      }
      if (w.equals(SERVANT) && linked && servant.contains(t.get(j + 1).norm()) && middles < MIDDLES) {
        middles++;
        j += 2;
        continue;
      }
      boolean unlisted = !given(w);
      if (middles < MIDDLES && (!unlisted || middle(t, j, false) && !commonOnly(t, s) && !unlistedBefore && !presentTense(w))) {
        listed &= lex.givenNames().containsKey(w);
        unlistedBefore |= unlisted;
        middles++;
        j++;
        continue;
      }
      break;
    }
    return s.common() && listed && middles > 0 ? Math.max(last, j - 1) : last;
  }

  /** Whether the name's start is no listed given name (a common word, or a word after a title): its fathers' names must be listed. */
  private boolean commonOnly(Tokens t, Start s) {
    return s.next() == s.first() + 1 && lex.reading(lex.givenNames(), t.get(s.first()).norm()) == null;
  }

  /** Whether {@code w} is a given name, listed or a common word that is none of the lists' words ("على" is no "علي"). */
  /** Whether an unlisted word begins as a verb in the present tense does ("يتولى"، "تقود"): no father's name. */
  private static boolean presentTense(String w) {
    return w.startsWith("ي") || w.startsWith("ت");
  }

  private boolean given(String w) {
    return lex.givenNames().containsKey(w) || commonGiven.containsKey(w) && !lex.isFunctionWord(w) && !lex.isKnownWord(w, true);
  }

  /**
   * Whether word {@code k} may be a name without the article: no listed word, no verb's or
   * plural's or possessive's shape, no tanween, no taa marbuta (a noun: "جائزة") unless a given
   * name or after a particle ("أبو هشيمة"), no "و" unless a given name ("وليد").
   */
  private boolean middle(Tokens t, int k, boolean afterParticle) {
    String w = t.get(k).norm();
    String raw = t.raw(k);
    if (given(w)) {
      return true;
    }
    return w.length() >= 3 && !raw.startsWith(ARTICLE) && !raw.startsWith("لل") && !ArabNameShapes.tanween(t, k) && (afterParticle || !ArabNameShapes.bare(raw).endsWith("ة"))
        && !ArabNameShapes.bare(raw).endsWith("ه") && !w.startsWith("و") && !lex.isKnownWord(w, true) && !lex.isFunctionWord(w)
        && !NameShapes.imperfectVerb(w) && !NameShapes.futureVerb(w) && !notSurname.contains(w)
        && !w.endsWith("ات") && !w.endsWith("ون") && !w.endsWith("ين") && !w.endsWith("ها") && !w.endsWith("هم");
  }

  /**
   * Whether word {@code k}, which has the article, may be a family name: no listed word, adjective,
   * nationality, place or date, no feminine nisba ("…ية"), plural or noun's shape, and no country's nisba before a
   * title ("المصري الرئيس التنفيذي"), and no title's noun before its adjective ("الأمين العام").
   */
  private boolean surname(Tokens t, int k) {
    String w = t.get(k).norm();
    String stem = w.substring(ARTICLE.length());
    boolean givenStem = lex.givenNames().containsKey(stem) || commonGiven.containsKey(stem); // "العلي"، "الحسين": no "ال" + "على"
    if (w.length() < 5 || ArabNameShapes.tanween(t, k) || notSurname.contains(w) || honorifics.contains(w)
        || (lex.isFunctionWord(w) || lex.isKnownWord(w, true)) && !givenStem || w.endsWith("يه") || w.endsWith("ات") || w.endsWith("ون") || ArabNameShapes.nounShape(t.raw(k))) {
      return false;
    }
    if (w.endsWith("ين") && !givenStem) {
      return false;
    }
    String next = k + 1 < t.size() && t.gapBefore(k + 1).isBlank() ? t.get(k + 1).norm() : "";
    return !titleAdjectives.contains(next) && !(nisba.contains(w) && lex.reading(lex.titleHeads(), next) != null);
  }
}
