package org.sijill.extract;

import java.util.regex.Pattern;
import java.util.List;
import java.util.Set;

/**
 * Reading the words around a name in a sentence: what marks an organisation as the one left
 * ("من", "السابق في") or joined ("إلى", "ليصبح جزءًا من"), and which people are not the subject of
 * a move (an owner after ل, a companion after إلى, a speaker after قال, the source of a message
 * after من).
 */
final class Around {
  private static final Pattern HARAKAT = Pattern.compile("[\u064B-\u0652]");
  /** Which way a marker points. */
  enum Direction {
    FROM, TO
  }

  private static final int WINDOW = 4;
  private static final Set<String> THAT = Set.of("ان");
  /** Words before أن that open a clause of time, whose subject is the sentence's: "بعد أن أمضت". */
  private static final Set<String> TEMPORAL = Set.of("بعد", "قبل", "منذ");

  /** How far after an offer its purpose may be ("عرضًا بمليار دولار من ميتا للاستحواذ"). */
  private static final int OFFER_REACH = 7;
  private final Lexicon lex;
  private final SentenceView v;
  private final Tokens t;
  private final Gazetteer.Match[] spans;

  Around(Lexicon lex, SentenceView v) {
    this.lex = lex;
    this.v = v;
    this.t = v.tokens();
    this.spans = v.spans();
  }

  Gazetteer.Match[] spans() {
    return spans;
  }

  /**
   * The marker before {@code m}: walks back over organisation words, articles, common nouns and
   * adverbs, at most {@link #WINDOW} other words, stopping at a comma, a colon or another name. The
   * nearest marker decides, but a verb such as "ليصبح" further back overrides "من" ("ليصبح جزءًا
   * من فريق xAI"). A partitive "من" ("وعدد من كبار مسؤوليها") marks nothing.
   */
  Direction marker(Gazetteer.Match m) {
    Direction found = null;
    int counted = 0;
    for (int k = m.first() - 1; k >= 0 && counted < WINDOW; k--) {
      String gap = t.gapBefore(k + 1);
      if (spans[k] != null && found == null && spans[k].mention().kind() == EntityKind.COMPANY && conjoined(spans[k], m)) {
        return marker(spans[k]); // "من OpenAI وDeepMind وApple": each of a list has the list's marker
      }
      if (spans[k] != null || gap.contains("،") || gap.contains(",") || gap.contains(":") || gap.contains("؛")) {
        break;
      }
      String w = t.get(k).norm();
      if (found == null && k > 0 && w.equals("باسم") && in(lex.moves().renamed(), t.get(k - 1).norm())) {
        break; // "الذي كان يعرف سابقاً باسم X": X is a name the unit had, not where anyone came from
      }
      if (in(lex.moves().toVerbs(), w)) {
        return Direction.TO;
      }
      if (found == null && lex.reading(lex.moves().triggers(), w) != null && lex.moves().triggers().get(lex.reading(lex.moves().triggers(), w).stem()).kind() == MoveWords.Kind.HIRE) {
        break; // "وبدلًا من ذلك استقطبت X": a marker before a hiring verb is not its object's
      }
      if (found == null && to(w)) {
        return belongs(k) ? Direction.FROM : Direction.TO;
      }
      if (found == null && in(lex.moves().from(), w) && !(k > 0 && in(lex.moves().partitive(), t.get(k - 1).norm())) && !degree(k)
          && !in(lex.moves().announcement(), t.get(k + 1).norm())) {
        found = Direction.FROM;
      }
      if (!skippable(k)) {
        counted++;
      }
    }
    return found;
  }

  /**
   * Whether "إلى" at word {@code k} follows a word of belonging, with "سابقًا" between or not
   * ("المنتمين سابقًا إلى شركة X"): the organisation is the one people belonged to, not a destination.
   */
  private boolean belongs(int k) {
    int j = k - 1;
    if (j >= 0 && in(lex.moves().former(), t.get(j).norm()) && blank(t.gapBefore(j + 1))) {
      j--;
    }
    return j >= 0 && blank(t.gapBefore(j + 1)) && in(lex.moves().belong(), t.get(j).norm());
  }

  /** Whether organisation {@code b} follows {@code a} joined by "و" alone, with no punctuation. */
  private boolean conjoined(Gazetteer.Match a, Gazetteer.Match b) {
    String between = t.normalized().original().substring(a.mention().end(), b.mention().start()).strip();
    return between.equals("و") || between.isEmpty() && t.raw(b.first()).startsWith("و");
  }

  /** Whether a word of a degree stands in the few words before "من" at {@code k}, in its clause. */
  private boolean degree(int k) {
    for (int j = k - 1; j >= 0 && k - j <= 5 && !t.gapBefore(j + 1).contains("،"); j--) {
      if (in(lex.moves().degree(), t.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a gap holds only spaces and the vowel marks of the word before it ("سابقاً إلى"). */
  private static boolean blank(String gap) {
    return HARAKAT.matcher(gap).replaceAll("").isBlank();
  }

  private boolean skippable(int k) {
    String w = t.get(k).norm();
    return lex.reading(lex.orgCues(), w) != null
        || lex.reading(lex.commonNouns(), w) != null
        || (TitlePhrase.definite(lex, w) && !lex.isFunctionWord(w))
        || tanween(k);
  }

  boolean tanween(int k) {
    String raw = t.raw(k);
    return raw.indexOf('\u064B') >= 0 || raw.indexOf('\u064C') >= 0 || raw.indexOf('\u064D') >= 0;
  }

  /**
   * Whether a name is an owner ("لإيلون ماسك", "التابع لـ"زوكربيرج"", and for a person "شركات
   * ماسك"), not the one acting.
   */
  boolean owner(Gazetteer.Match p) {
    Token first = t.get(p.first());
    String clitic = t.normalized().original().substring(first.start(), p.mention().start());
    if (ArabicText.normalizeString(clitic).startsWith("ل")) {
      return true;
    }
    int k = p.first() - 1;
    if (k < 0 || spans[k] != null) {
      return false;
    }
    String w = t.get(k).norm();
    Clitics.Stripped title = lex.reading(lex.titleHeads(), w);
    return w.equals("ل")
        || w.equals("التابع") || w.equals("التابعه")
        || w.startsWith("ل") && k > 0 && (t.get(k - 1).norm().equals("التابع") || t.get(k - 1).norm().equals("التابعه")) // "التابعة لمجموعة ألفابت"
        || (title != null && title.prefix().startsWith("ل"))
        || (p.mention().kind() == EntityKind.PERSON && lex.reading(lex.orgCues(), w) != null && !TitlePhrase.definite(lex, w));
  }

  /**
   * Whether a person follows إلى ("ينضم إلى بانسال", "إلى جانب Sutskever"): joined, not joining;
   * not in a list ("إضافة إلى …").
   */
  boolean companion(Gazetteer.Match p) {
    int first = titleStart(p);
    for (int k = first - 1; k >= 0 && first - k <= 2; k--) {
      String w = t.get(k).norm();
      if (w.equals("الي")) {
        return !listWords(k + 1);
      }
      if (!w.equals("جانب") && !TitlePhrase.definite(lex, w)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a person (or the title before it) directly follows a verb of saying. */
  boolean speaker(Gazetteer.Match p) {
    int k = titleStart(p) - 1;
    return k >= 0 && in(lex.moves().speech(), t.get(k).norm());
  }

  /** Whether a person is the source of a message: "رسالة من OpenAI المؤسس المشارك جريج بروكمان". */
  boolean source(Gazetteer.Match p) {
    int k = titleStart(p) - 1;
    if (k >= 0 && spans[k] != null && spans[k].mention().kind() == EntityKind.COMPANY) {
      k = spans[k].first() - 1;
    }
    boolean both = k > 0 && (t.get(k - 1).norm().endsWith("كل") || t.get(k - 1).norm().endsWith("كلا"));
    return k >= 0 && ((t.get(k).norm().equals("من") && !both) || t.get(k).norm().equals("عبر"));
  }

  /**
   * Where the title before a person starts, or the person's first word. A title after "وهو" or
   * "الذي" describes the person before it, and one ending in a comma before "و" and a name ("…
   * من شركة Google، وإيما …") the person before the list goes on.
   */
  int titleStart(Gazetteer.Match p) {
    for (int j = Math.max(0, p.first() - 12); j < p.first(); j++) {
      TitlePhrase phrase = TitlePhrase.at(t, j, lex, spans);
      boolean describesEarlier = j > 0 && lex.appositionWords().contains(t.get(j - 1).norm());
      boolean nextInList = phrase != null && phrase.comma() && t.get(p.first()).norm().startsWith("و");
      if (phrase != null && phrase.end() == p.first() && !describesEarlier && !nextInList) {
        return j;
      }
    }
    return p.first();
  }

  /**
   * Where the words of the next person after {@code p} start (its title first), or the sentence's
   * end: a description there is that person's ("…، إضافة إلى نات فريدمان المدير التنفيذي السابق لشركة
   * GitHub" says nothing of the mover before).
   */
  int nextPerson(Gazetteer.Match p) {
    for (Gazetteer.Match q : v.people()) {
      if (q.first() > p.last() && !q.mention().id().equals(p.mention().id())) {
        return titleStart(q);
      }
    }
    return t.size();
  }

  /** Whether word {@code k} is و alone or carries the conjunction و before a name or title. */
  boolean conjunction(int k) {
    if (k < 0 || k >= t.size()) {
      return false;
    }
    String w = t.get(k).norm();
    if (w.equals("و")) {
      return true;
    }
    if (!w.startsWith("و")) {
      return false;
    }
    if (spans[k] != null) {
      return spans[k].mention().start() > t.get(k).start();
    }
    Clitics.Stripped title = lex.reading(lex.titleHeads(), w);
    return title != null && title.prefix().startsWith("و");
  }

  /** Whether the words before word {@code k} continue a list ("فضلًا عن"). */
  boolean listWords(int k) {
    for (List<String> phrase : lex.moves().list()) {
      int first = k - phrase.size();
      boolean fits = first >= 0;
      for (int j = 0; fits && j < phrase.size(); j++) {
        fits = t.get(first + j).norm().equals(phrase.get(j));
      }
      if (fits) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a clause boundary (أن، إن، بأن; not "كان", nor "بعد أن" and the like, whose subject is
   * the sentence's; or a conjunction that opens a clause, such as "بينما") lies strictly between
   * words {@code a} and {@code b}.
   */
  boolean clauseBetween(int a, int b) {
    for (int k = a + 1; k < b; k++) {
      if (spans[k] == null && lex.moves().clause().contains(t.get(k).norm())) {
        return true;
      }
      Clitics.Stripped r = lex.reading(THAT, t.get(k).norm());
      boolean temporal = k > 0 && in(lex.moves().before(), t.get(k - 1).norm()) || k > 0 && TEMPORAL.contains(t.get(k - 1).norm());
      if (r != null && spans[k] == null && !r.prefix().endsWith("ك") && !temporal) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name stands inside brackets: an aside, never the sentence's subject. */
  boolean bracketed(Gazetteer.Match m) {
    int open = 0;
    for (int k = 0; k <= m.first(); k++) {
      String gap = t.gapBefore(k);
      open += gap.chars().filter(c -> c == '(').count() - gap.chars().filter(c -> c == ')').count();
    }
    return open > 0;
  }

  /** Whether {@code word} reads as "إلى" (to), not with the article ("الآلي", mechanical, is no "ال" + "إلى"). */
  private boolean to(String word) {
    Clitics.Stripped r = lex.reading(lex.moves().to(), word);
    return r != null && !r.prefix().endsWith("ال");
  }

  boolean in(Set<String> set, String word) {
    return lex.reading(set, word) != null;
  }

  /**
   * Whether trigger word {@code j} is a verb in a relative clause ("كايل كوسيك الذي انتقل إلى
   * OpenAI"): it describes one person of a list a noun trigger opened ("وشملت المغادرين …"), and
   * does not end that list.
   */
  boolean relativeBefore(int j) {
    if (j < 1) {
      return false;
    }
    Clitics.Stripped r = lex.reading(lex.moves().relative(), t.get(j - 1).norm());
    return r != null && (r.prefix().isEmpty() || lex.clitics().isConjunctionOnly(r.prefix()));
  }

  /**
   * Whether the sentence speaks of an offer ("رفض … عروضًا"): only then is a refusal a declined
   * move; not an offer to buy ("عرضًا من ميتا للاستحواذ على شركتها"), which is a deal refused.
   */
  boolean offered() {
    for (int j = 0; j < t.size(); j++) {
      if (in(lex.moves().offer(), t.get(j).norm()) && !toBuy(j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a deal word of purpose ("للاستحواذ", "لشراء") follows the offer at word {@code j} within a few words. */
  private boolean toBuy(int j) {
    for (int i = j + 1; i < t.size() && i <= j + OFFER_REACH && !t.gapBefore(i).contains("،"); i++) {
      Clitics.Stripped r = lex.reading(lex.deals().triggers(), t.get(i).norm());
      if (r != null && r.prefix().endsWith("ل")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence is the row of a table of people that opens with a name and a cell border
   * ("أوداي رودارّاجو | الرئيس السابق للهندسة في xAI |"), or the table's head: after a move of
   * people not named, the rows name them.
   */
  boolean tableRow() {
    for (Gazetteer.Match p : v.people()) {
      if (titleStart(p) == 0) {
        return t.gapAfter(p.last()).contains("|");
      }
    }
    return v.people().isEmpty() && table();
  }

  /** Whether a sentence is a row of a table, its head or its border ("الاسم | المسمى |", "---|---|"). */
  boolean table() {
    return v.text().chars().filter(c -> c == '|').count() >= 2;
  }

  /**
   * The organisation that is the subject of a verb of losing before word {@code k} ("شهدت أبل …
   * مغادرة"، "خسرت أبل"): the one left by a departure there, or null.
   */
  String loser(int k) {
    for (int j = 0; j + 1 < k; j++) {
      if (in(lex.moves().loser(), t.get(j).norm())) {
        for (Gazetteer.Match o : v.organisations()) {
          if (o.first() == j + 1 && o.last() < k) {
            return o.mention().id();
          }
        }
      }
    }
    return null;
  }

  /** {@code left} unless it is where the mover goes, else the subject of a verb of losing. */
  String leftOrLoser(String left, String to, int k) {
    return left != null && !left.equals(to) ? left : loser(k);
  }

  /**
   * Where the people a hiring takes work now, said after it with a verb of a present post and no
   * name ("نجحت ميتا في اجتذاب باحثَين بارزين يعملان … لدى آبل"): the organisation after that verb in
   * its clause, or null.
   */
  String workingAt(int k) {
    for (int j = k + 1; j < t.size() && j <= k + 6; j++) {
      if (lex.reading(lex.moves().current(), t.get(j).norm()) != null) {
        for (int o = j + 1; o < t.size() && o <= j + 8 && !t.gapBefore(o).contains("،"); o++) {
          if (spans[o] != null && v.organisation(spans[o])) {
            return spans[o].mention().id();
          }
        }
        return null;
      }
    }
    return null;
  }
}
