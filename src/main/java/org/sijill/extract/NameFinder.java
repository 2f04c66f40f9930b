package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.CompanyKind;

/**
 * Finds names that the gazetteer does not know. Latin script: runs of capitalised words, told
 * apart by {@link LatinNames}. Arabic script, where there are no capitals, a person's name is two
 * or three name-like words (no article, no listed word) anchored by a known given name ("مارك
 * زوكربيرج"; one that is also a common word not after a preposition: "بريد" is no "ب" + "ريد"), a
 * definite title before it ("الباحث ريشاب أغاروال", "المتحدثة باسم OpenAI، كايلا وود"; not "مدير
 * فعال"), a
 * description after it and a comma ("خان شينلي، الباحث في …"), or a list it continues
 * ("لوكاس باير، وألكسندر كوليسنيكوف، وشياوهوا تشاي"). An organisation in Arabic script is one
 * name-like word after a word such as "شركة", with the field it names after لل ("شركة نوفا
 * للروبوتات").
 */
public final class NameFinder {
  /** What a name is: a person, an organisation, or a lone Latin word with no evidence either way. */
  public enum Kind {
    PERSON, ORGANISATION, SINGLE
  }

  /**
   * A name: its words {@code [first, last]}, its offsets in the text, what it is, and the other
   * spelling the text gives for the same one, or null ("شينغجيا زاو (Shengjia Zhao)").
   */
  public record Name(int first, int last, int start, int end, Kind kind, CompanyKind orgKind, String text, String sameAs) {
    public Name(int first, int last, int start, int end, Kind kind, CompanyKind orgKind, String text) {
      this(first, last, start, end, kind, orgKind, text, null);
    }
  }

  private final Lexicon lex;
  private final LatinNames latin;
  private final NamedAs namedAs;
  private final OrganisationSlots slots;
  /** The full names of public figures named by surname alone ({@code people.txt}), by folded surname. */
  private final java.util.Map<String, String> surnames = new java.util.HashMap<>();
  /** Transcribed organisation words that end a name in Arabic script ("لابس"), and the kind they give. */
  private final java.util.Map<String, CompanyKind> orgWords = new java.util.HashMap<>();

  public NameFinder(Lexicon lex) {
    this.lex = lex;
    this.latin = new LatinNames(lex);
    this.namedAs = new NamedAs(lex);
    this.slots = new OrganisationSlots(lex);
    for (List<String> row : DataFile.load("organisations.txt").rows("org-words-arabic")) {
      orgWords.put(Lexicon.norm(row.get(0)), CompanyKind.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT)));
    }
    for (List<String> row : DataFile.load("people.txt").rows("")) {
      row.subList(1, row.size()).forEach(s -> surnames.putIfAbsent(lex.variants().fold(Lexicon.norm(s)), row.get(0)));
    }
  }

  /** The unknown names in {@code text}, which has no known entities. */
  public List<Name> find(String text) {
    return find(Tokens.of(text), List.of());
  }

  /** The names in {@code t} outside the {@code known} matches (found in the same {@code t}). */
  public List<Name> find(Tokens t, List<Gazetteer.Match> known) {
    Gazetteer.Match[] spans = new Gazetteer.Match[t.size()];
    for (Gazetteer.Match m : known) {
      for (int k = m.first(); k <= m.last(); k++) {
        spans[k] = m;
      }
    }
    List<Name> found = new ArrayList<>(latin.find(t, spans));
    for (Name n : List.copyOf(found)) {
      if (n.kind() == Kind.PERSON) {
        NameShapes.bracketed(found, t, n, lex, k -> nameLike(t, k, spans, true));
      }
    }
    for (Gazetteer.Match m : known) {
      if (m.mention().kind() == EntityKind.PERSON && t.get(m.first()).latin()) {
        int start = m.mention().start();
        int end = m.mention().end();
        String text = t.normalized().original().substring(start, end);
        NameShapes.bracketed(found, t, new Name(m.first(), m.last(), start, end, Kind.PERSON, null, text), lex, k -> nameLike(t, k, spans, true));
      }
    }
    for (Name n : found) {
      if (n.kind() == Kind.ORGANISATION) {
        Gazetteer.Match m = new Gazetteer.Match(new Mention(n.start(), n.end(), EntityKind.COMPANY, null), n.first(), n.last());
        for (int k = n.first(); k <= n.last(); k++) {
          spans[k] = m;
        }
      }
    }
    for (int i = 0; i < t.size(); i++) {
      if (spans[i] != null) {
        continue;
      }
      namedAs.find(found, t, i, spans);
      Clitics.Stripped given = lex.reading(lex.givenNames(), t.get(i).norm());
      given = given != null && t.raw(i).startsWith("ال") && lex.isFunctionWord(t.get(i).norm()) ? null : given;
      given = given != null && !given.prefix().isEmpty() && !lex.clitics().isConjunctionOnly(given.prefix())
          && lex.falseFriends().contains(given.stem()) ? null : given;
      if (given != null && t.get(i).arabic() && !given.prefix().endsWith("ال")) {
        int last = nameEnd(t, i, spans);
        last = last < 0 ? cuedSurname(t, i, spans, false) : last;
        // a given name that is also a particle ("كي") only before a comma and a description ("كي يانغ، المدير …")
        boolean particle = lex.isFunctionWord(t.get(i).norm());
        addPerson(found, t, i, given.prefix(), particle && !NameShapes.described(t, last, lex) ? -1 : last, spans);
      }
      publicFigure(found, t, i);
      java.util.Optional.ofNullable(NameShapes.nickname(t, i, lex, k -> nameLike(t, k, spans, true))).ifPresent(found::add);
      Clitics.Stripped move = t.get(i).arabic() ? lex.reading(lex.moves().triggers(), t.get(i).norm()) : null;
      if (move != null && lex.moves().triggers().get(move.stem()).kind() != MoveWords.Kind.WORKED
          && (move.prefix().isEmpty() || lex.clitics().isConjunctionOnly(move.prefix()))) {
        moverAfter(found, t, i + 1, spans);
      }
      if (move != null) {
        listItem(found, t, i, spans);
      }
      // After a title ending in a link word ("رئيس الفريق في …") comes its organisation, not a name.
      TitlePhrase title = TitlePhrase.at(t, i, lex, spans);
      boolean orgSlot = title != null && title.end() > 0 && lex.titleLinks().contains(t.get(title.end() - 1).norm());
      if (title != null && title.end() < t.size() && spans[title.end()] == null && title.determined(t, lex) && !orgSlot
          && !NameShapes.conjoinedVerb(t.get(title.end()).norm(), lex)) { // "…، وسيكون تابعًا لـ" starts no name
        int first = title.end();
        int last = nameLike(t, first, spans) ? nameEnd(t, first, spans) : -1;
        addCued(found, t, first, last < 0 ? cuedSurname(t, first, spans, true) : last, spans);
      }
      if (t.get(i).arabic() && i + 1 < t.size() && t.gapBefore(i + 1).contains("،") && NameShapes.describes(t.get(i + 1).norm(), lex)) {
        int first = appositionStart(t, i, spans);
        if (first >= 0) {
          addCued(found, t, first, i, spans);
        }
      }
      Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(i).norm());
      if (cue != null
          && lex.orgCues().get(cue.stem()) != CompanyKind.PRODUCT
          && !TitlePhrase.definite(lex, t.get(i).norm())
          && !lex.pluralCues().contains(cue.stem())) {
        orgAfterCue(found, t, i + 1, lex.platformCues().contains(cue.stem()) ? CompanyKind.PRODUCT : lex.orgCues().get(cue.stem()), spans);
      }
    }
    slots.find(found, t, spans);
    continuations(found, t, spans, known);
    return NameShapes.withoutOverlaps(NameShapes.listedWithOrganisations(organisationsByLastWord(found, t), t));
  }

  /**
   * A public figure's surname alone ("قال ألتمان", "لزوكربيرغ"), as another name of the full name
   * that {@code people.txt} gives; not when a name-like word before it makes it part of another name.
   */
  private void publicFigure(List<Name> out, Tokens t, int i) {
    if (!t.get(i).arabic()) {
      return;
    }
    for (Clitics.Stripped s : lex.clitics().candidates(t.get(i).norm())) {
      String full = surnames.get(lex.variants().fold(s.stem()));
      if (full != null && s.stem().length() >= 4 && !lex.isKnownWord(s.stem())) {
        int start = t.normalized().originalStart(t.get(i).normStart() + s.prefix().length());
        int end = t.get(i).end();
        out.add(new Name(i, i, start, end, Kind.PERSON, null, t.normalized().original().substring(start, end), full));
        return;
      }
    }
  }

  private void addPerson(List<Name> out, Tokens t, int first, String prefix, int last, Gazetteer.Match[] spans) {
    if (last <= first || NameShapes.derivedVerbalNoun(t.get(first).norm(), lex)) {
      return;
    }
    int start = t.normalized().originalStart(t.get(first).normStart() + prefix.length());
    int end = t.get(last).end();
    out.add(new Name(first, last, start, end, Kind.PERSON, null, t.normalized().original().substring(start, end)));
  }

  /**
   * Adds a name found by a cue rather than a given name. A given name inside it means the name
   * starts there (and is found from it); the clitic of its first word is left out, and a conjunction
   * before a verb makes no name ({@link #cuedPrefix}).
   */
  private void addCued(List<Name> out, Tokens t, int first, int last, Gazetteer.Match[] spans) {
    if (last <= first || NameShapes.imperfectVerb(t.get(first).norm())) {
      return;
    }
    for (int k = first + 1; k <= last; k++) {
      if (lex.reading(lex.givenNames(), t.get(k).norm()) != null) {
        return;
      }
    }
    boolean afterPerson = first > 0 && (spans[first - 1] != null && spans[first - 1].mention().kind() == EntityKind.PERSON
        || out.stream().anyMatch(n -> n.kind() == Kind.PERSON && n.last() == first - 1));
    String prefix = cuedPrefix(t, first, afterPerson);
    if (prefix == null || NameShapes.verbalNounAfterClitic(t.get(first).norm(), lex) || feminineDescription(t, first, last)) {
      return;
    }
    addPerson(out, t, first, prefix, last, spans);
  }

  /**
   * The clitic a cued name's first word {@code first} starts with, left out of the name: a
   * preposition or conjunction before a given name ("وسبق لفرانشيسكو ميليري، الرئيس …"، "ويوهان"),
   * not "ك" ("كريم" is no "ك" + "ريم"), or a conjunction before a list's next name (after a comma,
   * or right {@code afterPerson}: "بوب ماكغرو وباريت زوف، …"); "" for none; null when a
   * conjunction stands before an imperfect or future verb ("ويقاضي").
   */
  private String cuedPrefix(Tokens t, int first, boolean afterPerson) {
    String w = t.get(first).norm();
    Clitics.Stripped given = lex.reading(lex.givenNames(), w);
    if (given != null && (given.prefix().matches("[وف]?[بل]") || lex.clitics().isConjunctionOnly(given.prefix()))) {
      return given.prefix();
    }
    for (Clitics.Stripped s : lex.clitics().candidates(w)) {
      if (!s.prefix().isEmpty() && lex.clitics().isConjunctionOnly(s.prefix())) {
        if (lex.givenNames().containsKey(s.stem()) || NameShapes.listConjunction(t, first, s.stem(), lex)
            || afterPerson && NameShapes.conjoinedName(t, first, s.stem(), lex)) {
          return s.prefix();
        }
        return "يتن".indexOf(s.stem().charAt(0)) >= 0 || NameShapes.futureVerb(s.stem()) ? null : "";
      }
    }
    return "";
  }

  /**
   * Whether every word from {@code first} to {@code last} ends in ة and none is a listed given
   * name: an indefinite noun and its adjective after a title ("مستشارةً قانونية عامة"، "لشركة ناشئة
   * جديدة"), not a name.
   */
  private boolean feminineDescription(Tokens t, int first, int last) {
    for (int k = first; k <= last; k++) {
      String raw = t.raw(k);
      if (!raw.endsWith("ة") || lex.reading(lex.givenNames(), t.get(k).norm()) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two name-like words right after a word that reports a move, closed by punctuation or a
   * direction word or "أيضًا": its subject or the one it is about ("انضمام جيان تشانغ، إلى", "رحيل نان
   * دو:", "انتقال أ ب أيضًا من").
   * Words with the endings of Arabic plurals and adjectives ("موظفين", "رسمية"), and a dual noun
   * with its adjective ("باحثان بارزان"), are no such name.
   */
  private void moverAfter(List<Name> out, Tokens t, int first, Gazetteer.Match[] spans) {
    int second = first + 1;
    if (second >= t.size() || !t.gapBefore(first).isBlank() || !t.gapBefore(second).isBlank()
        || !nameLike(t, first, spans, true) || !nameLike(t, second, spans, true) || NameShapes.imperfectVerb(t.get(first).norm())) {
      return;
    }
    for (int j = first; j <= second; j++) {
      String w = t.get(j).norm();
      if (w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ات") || w.endsWith("يه") || w.endsWith("ه") || w.endsWith("ها")
          || w.endsWith("هم") || w.startsWith("و") || lex.isFunctionWord(w)) {
        return;
      }
    }
    if (t.get(first).norm().endsWith("ان") && t.get(second).norm().endsWith("ان")) {
      return;
    }
    int next = second + 1;
    boolean closed = next >= t.size() || !t.gapBefore(next).replace('"', ' ').isBlank()
        || lex.moves().to().contains(t.get(next).norm()) || t.get(next).norm().equals("من") || lex.moves().alongside().contains(t.get(next).norm());
    if (closed) {
      addCued(out, t, first, second, spans);
    }
  }

  /**
   * Two name-like words that open a sentence and a colon, before the move word at {@code k}: an
   * item of a list of people ("- تشاو مينغ: انتقل إلى Anthropic").
   */
  private void listItem(List<Name> out, Tokens t, int k, Gazetteer.Match[] spans) {
    if (k != 2 || !t.gapBefore(k).strip().equals(":") || !t.gapBefore(1).isBlank()
        || !nameLike(t, 0, spans, true) || !nameLike(t, 1, spans, true) || NameShapes.imperfectVerb(t.get(0).norm())) {
      return;
    }
    addCued(out, t, 0, 1, spans);
  }

  /**
   * Last word of a name whose first word is {@code first} (already accepted), or -1: a second
   * name-like word, and a third one when punctuation or an adverb such as "أيضًا" follows it
   * ("خواكين كوينونيرو كانديلا،", "هيونج وون تشونج أيضًا") or the second is a given name too
   * ("يوهاي توني وو مساء الاثنين"); a nickname in brackets is inside the name ("يوهاي (توني) وو").
   */
  private int nameEnd(Tokens t, int first, Gazetteer.Match[] spans) {
    int second = first + 1;
    if (second + 1 < t.size() && t.gapBefore(second).strip().equals("(") && t.gapBefore(second + 1).strip().equals(")")
        && nameLike(t, second, spans, true) && nameLike(t, second + 1, spans, true)) {
      return second + 1;
    }
    if (second >= t.size() || !t.gapBefore(second).isBlank() || !nameLike(t, second, spans, true)
        || NameShapes.nextGivenName(t.get(first).norm(), t.get(second).norm(), lex)) {
      return -1;
    }
    int third = second + 1;
    boolean punctuationAfter = third + 1 == t.size() || (third + 1 < t.size() && !t.gapBefore(third + 1).isBlank())
        || (third + 1 < t.size() && lex.reading(lex.namedAsSkip(), t.get(third + 1).norm()) != null);
    boolean middle = lex.givenNames().containsKey(t.get(second).norm());
    if (third < t.size() && t.gapBefore(third).isBlank() && nameLike(t, third, spans, true)
        && (!t.get(third).norm().startsWith("و") || t.get(third).norm().length() == 2) && (punctuationAfter || middle)) {
      return third;
    }
    return second;
  }

  /**
   * A word that may be part of an Arabic name: no article, no tanween (foreign names take no case
   * endings: "شيئًا" is no name), no listed word. Words after the first are checked strictly.
   */
  boolean nameLike(Tokens t, int k, Gazetteer.Match[] spans) {
    return nameLike(t, k, spans, false);
  }

  private boolean nameLike(Tokens t, int k, Gazetteer.Match[] spans, boolean later) {
    if (k < 0 || k >= t.size() || spans[k] != null || !t.get(k).arabic()) {
      return false;
    }
    String raw = t.raw(k);
    boolean tanween = raw.indexOf('\u064B') >= 0 || raw.indexOf('\u064C') >= 0 || raw.indexOf('\u064D') >= 0 || t.gapAfter(k).startsWith("\u064B"); // "فريقاً"
    // "لل" is لـ fused with the article ("كيفن ويل للمنتجات", for products): no name starts so
    return t.get(k).norm().length() >= 2 && !raw.startsWith("ال") && !raw.startsWith("لل") && !tanween && !lex.isKnownWord(t.get(k).norm(), later);
  }

  /**
   * The surname after given name {@code first} that reads as a word only with a proclitic ("يان
   * ليكون", not "لـ" + "يكون"), when the name is {@code titled} (a definite title before it) or
   * followed by a comma and a description; else -1.
   */
  private int cuedSurname(Tokens t, int first, Gazetteer.Match[] spans, boolean titled) {
    int second = first + 1;
    if (second >= t.size() || spans[second] != null || !t.gapBefore(second).isBlank() || !t.get(second).arabic()
        || t.raw(second).startsWith("ال") || lex.reading(lex.givenNames(), t.get(first).norm()) == null) {
      return -1;
    }
    String w = t.get(second).norm();
    boolean cliticOnly = lex.isKnownWord(w) && !lex.isListed(w);
    return cliticOnly && (titled || NameShapes.described(t, second, lex)) ? second : -1;
  }

  /** First word of a name ending at {@code last} before a comma and a description, or -1. */
  private int appositionStart(Tokens t, int last, Gazetteer.Match[] spans) {
    int first = last;
    while (first - 1 >= 0 && last - first < 2 && t.gapBefore(first).isBlank() && nameLike(t, first - 1, spans, true)
        && !NameShapes.conjoinedVerb(t.get(first - 1).norm(), lex)) {
      first--;
    }
    if (!nameLike(t, last, spans) || first == last) {
      return -1;
    }
    for (int k = first; k < last; k++) {
      if (lex.reading(lex.givenNames(), t.get(k).norm()) != null) {
        return k;
      }
    }
    boolean bounded = first == 0 || !t.gapBefore(first).isBlank();
    int start = last - first == 2 && !bounded ? first + 1 : first;
    // the end of a longer quoted title ("أحد مطوري «تشات جي بي تي»، الذي …") is no name
    return t.gapAfter(last).contains("»") && !t.gapBefore(start).contains("«") ? -1 : start;
  }

  private void orgAfterCue(List<Name> out, Tokens t, int k, CompanyKind kind, Gazetteer.Match[] spans) {
    if (k >= t.size() || !nameLike(t, k, spans) || !t.gapBefore(k).replace('"', ' ').isBlank()) {
      return;
    }
    String w = t.get(k).norm();
    boolean adjective = !NameShapes.quoted(t, k) && (w.endsWith("ه") || w.endsWith("ي") || w.endsWith("ات") || w.endsWith("ين") || w.endsWith("ون"));
    boolean field = k + 1 < t.size() && t.gapBefore(k + 1).isBlank() && t.get(k + 1).norm().startsWith("لل") && t.get(k + 1).norm().length() > 4
        && !lex.isFunctionWord(t.get(k + 1).norm());
    boolean purpose = field && lex.reading(lex.moves().triggers(), t.get(k + 1).norm()) != null; // "شركة نوفا للانضمام إلى …"
    field &= !purpose;
    if (!field && !purpose && (adjective || NameShapes.verbalNoun(w) || TitlePhrase.construct(t, k, lex, 1))) {
      return;
    }
    int last = field ? NameShapes.fieldEnd(t, k + 1) : k;
    int first = kind == CompanyKind.OTHER ? k - 1 : k;
    int start = kind == CompanyKind.OTHER ? NameShapes.stemStart(t, k - 1, lex) : t.get(k).start();
    int end = t.get(last).end();
    out.add(new Name(first, last, start, end, Kind.ORGANISATION, kind, t.normalized().original().substring(start, end)));
  }

  /** Adds names that continue a list after a person: "، وألكسندر كوليسنيكوف", "، نان دو، و…". */
  private void continuations(List<Name> found, Tokens t, Gazetteer.Match[] spans, List<Gazetteer.Match> known) {
    List<int[]> people = new ArrayList<>();
    found.stream().filter(n -> n.kind() == Kind.PERSON).forEach(n -> people.add(new int[] {n.first(), n.last()}));
    known.stream().filter(m -> m.mention().kind() == EntityKind.PERSON).forEach(m -> people.add(new int[] {m.first(), m.last()}));
    for (int p = 0; p < people.size(); p++) {
      int j = people.get(p)[1] + 1;
      if (j + 1 >= t.size() || !t.gapBefore(j).replace("،", "").isBlank() || spans[j] != null) {
        continue;
      }
      Clitics.Stripped and = lex.clitics().candidates(t.get(j).norm()).stream()
          .filter(s -> lex.clitics().isConjunctionOnly(s.prefix()) && !s.prefix().isEmpty()).findFirst().orElse(null);
      if (and == null && listedBetween(t, j, spans)) {
        and = new Clitics.Stripped("", t.get(j).norm());
      }
      // a word that is itself listed ("وسط", amid) is no و before a name
      if (and == null || lex.isKnownWord(t.get(j).norm()) || lex.isKnownWord(and.stem()) || !t.gapBefore(j + 1).isBlank() || !nameLike(t, j + 1, spans)) {
        continue;
      }
      int before = found.size();
      addPerson(found, t, j, and.prefix(), j + 1, spans);
      if (found.size() > before) {
        people.add(new int[] {j, j + 1});
      }
    }
  }

  /**
   * Whether two name-like words at {@code j} sit between commas inside a list, a conjunction
   * opening the next item: "جون بيبلز، نان دو، وتشاو مينج".
   */
  private boolean listedBetween(Tokens t, int j, Gazetteer.Match[] spans) {
    return j + 2 < t.size() && t.gapBefore(j).contains("،") && t.gapBefore(j + 2).contains("،")
        && nameLike(t, j, spans, true) && t.get(j + 2).norm().startsWith("و") && !lex.isKnownWord(t.get(j + 2).norm());
  }

  /**
   * A name in Arabic script that ends in a transcribed organisation word ("سوبر إنتليجنس لابس",
   * "… إنك") is an organisation, whatever cue found it.
   */
  private List<Name> organisationsByLastWord(List<Name> names, Tokens t) {
    List<Name> out = new ArrayList<>();
    for (Name n : names) {
      String last = t.get(n.last()).norm();
      CompanyKind kind = n.kind() == Kind.PERSON && t.get(n.last()).arabic() ? orgWords.get(last) : null;
      out.add(kind == null ? n : new Name(n.first(), n.last(), n.start(), n.end(), Kind.ORGANISATION, kind, n.text()));
    }
    return out;
  }
}
