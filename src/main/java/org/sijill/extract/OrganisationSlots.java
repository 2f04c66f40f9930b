package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sijill.facts.CompanyKind;

/**
 * Names written between quotes in Arabic script, whole, whatever their words ("شركة «رن إيه آي»",
 * "قادتها "ثرايف كابيتال""): an organisation when it stands where one does (unless it starts with a
 * given name), after a
 * company's word (not a team's: "فريق "الذكاء الفائق"" names none), after a word of leading or taking part in a sentence about funding ("بقيادة
 * "غرينوكس""، "شارك فيها كل من "بلاك روك""), after the preposition of a deal word ("استحواذ X على
 * "تابيولار""), after "من" after a verb of receiving ("حصلت X على 40 مليون دولار من "Y"") or listed with "و" or a comma beside an organisation ("من "فالور" و"أندريسن هورويتز"").
 * A lone Latin word after a word of leading or a deal's preposition is an organisation too ("قادتها
 * ASML").
 */
final class OrganisationSlots {
  /** The most words a quoted name may have. */
  private static final int LONGEST = 4;
  /** How far before the quotes a word of leading or a deal word may be. */
  private static final int REACH = 4;
  /** A quote that opens right before a word, and one that closes right after it. */
  private static final Pattern OPENING = Pattern.compile("[\"«“„]$");
  private static final Pattern CLOSING = Pattern.compile("^[\"»”]");

  private final Lexicon lex;
  private final Set<String> lead;
  private final Set<String> round;
  private final Set<String> quotedCues;
  private final DealSubjects subjects;
  private final QuotedSubjects quotedSubjects;
  private final KindBeforeQuotes kindBefore;
  private final SpelledNames spelled;

  OrganisationSlots(Lexicon lex) {
    this.lex = lex;
    this.quotedCues = Lexicon.normSet(DataFile.load("cues.txt").words("quoted"));
    DataFile deals = DataFile.load("deals.txt");
    this.lead = Lexicon.normSet(deals.words("lead"));
    this.round = Lexicon.normSet(deals.words("round"));
    this.subjects = new DealSubjects(lex);
    this.quotedSubjects = new QuotedSubjects(lex);
    this.kindBefore = new KindBeforeQuotes(lex);
    this.spelled = new SpelledNames(lex);
  }

  /** Adds the quoted organisations of {@code t} outside {@code spans} to {@code found}, and makes lone Latin words in their place organisations. */
  void find(List<NameFinder.Name> found, Tokens t, Gazetteer.Match[] spans) {
    for (int n = 0; n < found.size(); n++) {
      NameFinder.Name s = found.get(n);
      if (s.kind() == NameFinder.Kind.SINGLE && ledOrDealt(t, spans, s.first(), List.of())) {
        found.set(n, new NameFinder.Name(s.first(), s.last(), s.start(), s.end(), NameFinder.Kind.ORGANISATION, CompanyKind.COMPANY, s.text()));
      }
    }
    List<int[]> phrases = spelled.with(phrases(t, spans), t, spans);
    boolean[] org = new boolean[phrases.size()];
    for (int p = 0; p < phrases.size(); p++) {
      int first = phrases.get(p)[0];
      // a quoted name that starts with a given name is a person's ("بقيادة "مارك …"")
      boolean person = lex.reading(lex.givenNames(), t.get(first).norm()) != null;
      org[p] = (cued(t, first) || !person && (ledOrDealt(t, spans, first, phrases) || given(t, first) || quotedCue(t, first)
              || quotedSubjects.subject(t, first) || kindBefore.named(t, first) || spelled.holdsKnown(phrases.get(p), spans)))
          && Owners.owner(t, spans, phrases.get(p)[1]) == null; // a thing owned is no organisation
    }
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int p = 0; p < phrases.size(); p++) {
        if (!org[p] && (listedAfter(t, spans, phrases, org, p) || listedBefore(t, spans, phrases, org, p))) {
          org[p] = true;
          changed = true;
        }
      }
    }
    for (int p = 0; p < phrases.size(); p++) {
      if (org[p]) {
        int first = phrases.get(p)[0];
        int last = phrases.get(p)[1];
        int start = t.get(first).start();
        int end = t.get(last).end();
        found.add(new NameFinder.Name(first, last, start, end, NameFinder.Kind.ORGANISATION, CompanyKind.COMPANY,
            t.normalized().original().substring(start, end)));
      }
    }
    bracketed(found, t, spans);
    subjects.find(found, t, spans);
  }

  /**
   * An organisation in Arabic script followed by its Latin spelling in brackets ("شركة "ستاتسيغ"
   * (Statsig)") is one organisation: the Latin name becomes its other spelling, not a name of its own.
   */
  private static void bracketed(List<NameFinder.Name> found, Tokens t, Gazetteer.Match[] spans) {
    for (int n = 0; n < found.size(); n++) {
      NameFinder.Name a = found.get(n);
      int j = a.last() + 1;
      if (a.kind() != NameFinder.Kind.ORGANISATION || !t.get(a.last()).arabic() || j >= t.size() || spans[j] != null
          || !t.gapBefore(j).replaceAll("[\"»”\\s]", "").equals("(") || !t.get(j).latin()) {
        continue;
      }
      int m = j;
      while (m + 1 < t.size() && m - j < 3 && t.gapBefore(m + 1).equals(" ") && t.get(m + 1).latin() && spans[m + 1] == null) {
        m++;
      }
      if (!t.gapAfter(m).strip().startsWith(")")) {
        continue;
      }
      int first = j;
      int last = m;
      String latin = t.normalized().original().substring(t.get(j).start(), t.get(m).end());
      found.removeIf(x -> x != a && x.first() >= first && x.last() <= last);
      n = found.indexOf(a);
      found.set(n, new NameFinder.Name(a.first(), a.last(), a.start(), a.end(), a.kind(), a.orgKind(), a.text(), latin));
    }
  }

  /** Runs of one to {@link #LONGEST} Arabic words between quotes, not all of them known, the first no function word ("رن إيه آي"). */
  private List<int[]> phrases(Tokens t, Gazetteer.Match[] spans) {
    List<int[]> out = new ArrayList<>();
    java.util.regex.Matcher opening = OPENING.matcher("");
    for (int j = 0; j < t.size(); j++) {
      if (!opening.reset(t.gapBefore(j)).find()) {
        continue;
      }
      for (int m = j; m < t.size() && m - j < LONGEST; m++) {
        if (spans[m] != null || !t.get(m).arabic() || m == j && lex.isFunctionWord(t.get(m).norm()) || m > j && NameShapes.QUOTES.matcher(t.gapBefore(m)).find()
            || m > j && !t.gapBefore(m).isBlank()) {
          break;
        }
        if (CLOSING.matcher(t.gapAfter(m)).find()) {
          if (!allKnown(t, j, m)) {
            out.add(new int[] {j, m});
          }
          break;
        }
      }
    }
    return out;
  }

  private boolean allKnown(Tokens t, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (!lex.isKnownWord(t.get(k).norm())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a company's word ("شركة"; not a team's, a product's or a platform's) stands right before the quotes. */
  private boolean cued(Tokens t, int first) {
    if (first == 0) {
      return false;
    }
    Clitics.Stripped cue = lex.reading(lex.orgCues(), t.get(first - 1).norm());
    // "الشركة" is the company already named: quotes after it are its words ("إن الشركة "تحترم القرار"")
    return cue != null && lex.orgCues().get(cue.stem()) == CompanyKind.COMPANY && !lex.platformCues().contains(cue.stem())
        && !cue.prefix().endsWith("ال");
  }

  /**
   * Whether a word of {@code cues.txt} [quoted] stands before the quotes, one definite word allowed
   * between ("لشبكة "نكست دور""، "رئاسة "إنستاكارت""، "تطبيق الأخبار "آرتيفاكت"").
   */
  private boolean quotedCue(Tokens t, int first) {
    for (int j = first - 1; j >= 0 && j >= first - 2 && !t.gapAfter(j).contains("،"); j--) {
      if (lex.reading(quotedCues, t.get(j).norm()) != null) {
        return true;
      }
      if (!t.raw(j).startsWith("ال")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a word of leading a round, or a deal word and its preposition, comes shortly before the quotes. */
  private boolean ledOrDealt(Tokens t, Gazetteer.Match[] spans, int first, List<int[]> phrases) {
    int words = 0;
    for (int j = first - 1; j >= 0 && words < REACH; j--) {
      if (t.gapAfter(j).contains("،")) {
        return false;
      }
      if (spans[j] != null || inside(phrases, j)) {
        continue; // the acting party: "استحواذ X على "Y""
      }
      words++;
      if (lex.reading(lead, t.get(j).norm()) != null && funding(t)) {
        return true;
      }
      Clitics.Stripped r = lex.reading(lex.deals().triggers(), t.get(j).norm());
      if (r != null && j + 1 < first && !t.raw(first).startsWith("ال")) { // not a description: "في "الذكاء الفائق"
        String prep = lex.deals().object().get(lex.deals().triggers().get(r.stem()).type());
        for (int i = j + 1; i < first; i++) {
          if (t.get(i).norm().equals(prep)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the sentence speaks of funding ({@code deals.txt} [round]): who leads is then an investor, not a team's head. */
  private boolean funding(Tokens t) {
    for (int j = 0; j < t.size(); j++) {
      if (lex.reading(round, t.get(j).norm()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(List<int[]> phrases, int j) {
    return phrases.stream().anyMatch(p -> p[0] <= j && j <= p[1]);
  }

  /** Whether the quotes follow "من" after a verb of receiving and an amount ("حصلت X على 40 مليون دولار من "Y""). */
  private boolean given(Tokens t, int first) {
    if (first < 1 || !t.get(first - 1).norm().equals("من")) {
      return false;
    }
    for (int j = first - 2; j >= 0 && first - j <= 3 * REACH && !t.gapAfter(j).contains("،"); j--) {
      if (lex.reading(lex.deals().receive(), t.get(j).norm()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether phrase {@code p} follows an organisation with "و" or a comma between ("… و"سيكويا""). */
  private boolean listedAfter(Tokens t, Gazetteer.Match[] spans, List<int[]> phrases, boolean[] org, int p) {
    int first = phrases.get(p)[0];
    int j = first - 1;
    boolean and = j >= 0 && t.get(j).norm().equals("و") && t.raw(j).length() == 1;
    j = and ? j - 1 : j;
    if (j < 0 || !(and || t.gapAfter(j).contains("،"))) {
      return false;
    }
    return organisationEndsAt(spans, phrases, org, j);
  }

  /** Whether phrase {@code p} is followed by "و" and an organisation ("من "فالور" و"أندريسن هورويتز""). */
  private boolean listedBefore(Tokens t, Gazetteer.Match[] spans, List<int[]> phrases, boolean[] org, int p) {
    int j = phrases.get(p)[1] + 1;
    boolean and = j < t.size() && t.get(j).norm().equals("و") && t.raw(j).length() == 1;
    j = and ? j + 1 : j;
    if (j >= t.size() || !(and || t.gapBefore(j).contains("،"))) {
      return false;
    }
    if (spans[j] != null && spans[j].first() == j && spans[j].mention().kind() == EntityKind.COMPANY) {
      return true;
    }
    for (int q = 0; q < phrases.size(); q++) {
      if (org[q] && phrases.get(q)[0] == j) {
        return true;
      }
    }
    return false;
  }

  private static boolean organisationEndsAt(Gazetteer.Match[] spans, List<int[]> phrases, boolean[] org, int j) {
    if (spans[j] != null && spans[j].last() == j && spans[j].mention().kind() == EntityKind.COMPANY) {
      return true;
    }
    for (int q = 0; q < phrases.size(); q++) {
      if (org[q] && phrases.get(q)[1] == j) {
        return true;
      }
    }
    return false;
  }
}
