package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who moves, for a trigger word at word {@code k}: for a noun ("المغادرين") the people right after
 * it (or after "هم:" a little further: "المنضمين حديثًا إلى ميتا هم: أ، ب"), or those listed before
 * it when none follow ("ويكمل أ، وب، عملية التعيينات"); for a "hire" verb
 * its object, the first person shortly after and those listed with it; for other verbs the person
 * after the verb (Arabic puts the subject there: "انضم شنغ سين إلى xAI") or else the nearest one
 * before it in the same clause, or the one a relative pronoun points back to ("لاو، الذي يغادر").
 * A plural verb takes no single name after it as its subject (Arabic puts a singular verb before
 * a named subject: "انضم الباحثون", "جميعهم ينضمون …"), unless a relative pronoun is its subject
 * and the name says who ("ومن بين الذين غادروا الشركة جون ديفيس"). Owners, companions, speakers,
 * message sources and leaders ("تحت إشراف X") never move.
 */
final class Movers {
  /** How far after a trigger its first mover may start: a noun's, a hiring verb's object, another verb's subject. */
  private static final int NOUN_DISTANCE = 3;
  private static final int OBJECT_DISTANCE = 8;
  private static final int SUBJECT_AFTER = 20;
  private static final int SUBJECT_DISTANCE = 12;
  private static final String WITH = Lexicon.norm("مع");
  /** What may stand between two names of a list besides a comma: a name's other spelling in brackets ends before it. */
  private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile("[\\s،,()]*");
  /** How far after a trigger a list opened by "هم:" or a colon may start. */
  private static final int LIST_DISTANCE = 16;
  /** How long a description between a name and the relative pronoun of its verb may be. */
  private static final int DESCRIPTION = 6;

  private final Lexicon lex;
  private final SentenceView v;
  private final Around around;
  private final Tokens t;
  private final int k;
  private final MoveWords.Trigger word;
  /** Where the trigger's clause ends: the next trigger word, or the sentence's end. */
  private final int clauseEnd;

  Movers(Lexicon lex, SentenceView v, Around around, int k, MoveWords.Trigger word, int clauseEnd) {
    this.clauseEnd = clauseEnd;
    this.lex = lex;
    this.v = v;
    this.around = around;
    this.t = v.tokens();
    this.k = k;
    this.word = word;
  }

  boolean eligible(Gazetteer.Match p) {
    return !around.owner(p) && !around.companion(p) && !around.source(p) && !led(p);
  }

  /** Whether a person's name comes right after the verb with "و" before it ("X يتنحى وY مديراً"): a new clause's, not the verb's subject. */
  private boolean conjoined(Gazetteer.Match p) {
    return p.first() == k + 1 && t.raw(p.first()).startsWith("و") && p.mention().start() > t.get(p.first()).start();
  }

  /** Whether a person is named as the one who leads or supervises ("تحت إشراف X", "بقيادة X"). */
  private boolean led(Gazetteer.Match p) {
    int j = around.titleStart(p) - 1;
    return j >= 0 && around.in(lex.moves().leader(), t.get(j).norm());
  }

  /**
   * Whether person {@code p} is named after "مع" (with): a companion, not whose own verbal noun
   * follows ("يطلق أ شركة X مع ب بعد مغادرته Y" is A's leaving).
   */
  private boolean companion(Gazetteer.Match p) {
    int j = around.titleStart(p) - 1;
    return j >= 0 && t.get(j).norm().equals(WITH);
  }

  List<Gazetteer.Match> find() {
    Gazetteer.Match antecedent = antecedent();
    if (antecedent != null) {
      return List.of(antecedent);
    }
    Gazetteer.Match had = word.plural() ? null : HadSubject.of(lex, v, k); // "وكان أ قد رفض"
    // "أما أ، …، فقد انضم"; an appointment so told is read by Appointments, its post after the word
    had = had == null && !word.plural() && word.kind() != MoveWords.Kind.HIRE ? TopicSubject.of(v, k) : had;
    if (had != null && eligible(had)) {
      return List.of(had);
    }
    List<Gazetteer.Match> after = new ArrayList<>();
    int previousLast = -1;
    Gazetteer.Match hirer = word.kind() == MoveWords.Kind.HIRE && !word.noun() ? hirerAfter() : null;
    for (Gazetteer.Match p : v.people()) {
      if (p.first() <= k || p.first() >= clauseEnd || !eligible(p) || word.purpose() || word.own() || p == hirer || conjoined(p)) {
        continue;
      }
      if (!after.isEmpty() && after.get(after.size() - 1).mention().id().equals(p.mention().id())) {
        previousLast = p.last();
        continue;
      }
      int reach = word.noun() ? NOUN_DISTANCE : word.kind() == MoveWords.Kind.HIRE ? OBJECT_DISTANCE + (hirer == null ? 0 : hirer.last() - k) : SUBJECT_AFTER;
      int list = listOpens(k + 1, Math.min(k + LIST_DISTANCE, p.first()));
      reach = list >= 0 ? Math.max(reach, list - k + NOUN_DISTANCE) : reach;
      if (after.isEmpty() ? around.titleStart(p) - k <= reach && !around.clauseBetween(k, p.first()) : listed(previousLast, p)) {
        after.add(p);
        previousLast = p.last();
      } else if (!after.isEmpty()) {
        break;
      }
    }
    boolean relative = k > 0 && lex.moves().relativePlural().contains(t.get(k - 1).norm());
    if (after.size() == 1 && word.plural() && !relative) {
      after.clear();
    }
    if (!after.isEmpty() || word.kind() == MoveWords.Kind.HIRE && !word.noun()) {
      return after;
    }
    if (word.noun()) {
      return listBefore();
    }
    Gazetteer.Match before = null;
    for (Gazetteer.Match p : v.people()) {
      boolean near = k - p.last() <= SUBJECT_DISTANCE || around.speaker(p) && aboutHimself(p.last(), k) || DescribedSubjects.between(t, p.last(), k);
      if (p.last() < k && near && (eligible(p) || pointedBack(p))
          && (!around.clauseBetween(p.last(), k) || aboutHimself(p.last(), k)) && !(word.own() && companion(p))) {
        before = p;
      }
    }
    before = before == null && !word.plural() ? subjectOfSequence() : before;
    if (before != null && around.speaker(before) && !relative(before) && !word.own() && !aboutHimself(before.last(), k)) {
      before = null;
    }
    if (before != null && word.purpose() && hiredBetween(before.last(), k)) {
      before = null;
    }
    boolean pointsBack = k > 0 && lex.moves().relativePlural().contains(t.get(k - 1).norm());
    if (before != null && word.plural() && pointsBack && before.last() + 1 < k - 1) {
      before = null;
    }
    return before == null ? List.of() : word.plural() || word.purpose() ? listEndingWith(before) : List.of(before);
  }

  /**
   * After "ثم" or "ومن ثم" (then) a verb goes on with the subject of the sentence's first verb, however
   * far: "عمل أ في X بين عامي …، ومن ثم ترك الشركة لينضم إلى Y". The subject is the first person
   * right after the sentence's opening verb, or null.
   */
  private Gazetteer.Match subjectOfSequence() {
    boolean then = (k > 0 && around.in(lex.moves().sequence(), t.get(k - 1).norm()))
        || (k > 1 && around.in(lex.moves().sequence(), t.get(k - 2).norm()) && !t.gapBefore(k - 1).contains("،"));
    for (Gazetteer.Match p : then ? v.people() : List.<Gazetteer.Match>of()) {
      if (p.last() < k && around.titleStart(p) <= 2 && eligible(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The list of people that ends with {@code last}, for a plural verb or a purpose after it: "جون
   * بيبلز ونان دو: انضموا إلى OpenAI", "أن بيبلز ودو في طريقهما للانضمام إلى OpenAI".
   */
  private List<Gazetteer.Match> listEndingWith(Gazetteer.Match last) {
    List<Gazetteer.Match> list = new ArrayList<>(List.of(last));
    List<Gazetteer.Match> people = v.people();
    for (int i = people.indexOf(last) - 1; i >= 0; i--) {
      Gazetteer.Match p = people.get(i);
      if (!eligible(p) || !listed(p.last(), list.get(0))) {
        break;
      }
      list.add(0, p);
    }
    return list;
  }

  /**
   * The people listed before a noun trigger, when the first of them follows the sentence's verb
   * and none is a speaker: "ويكمل مايك دالتون، …، وأنجيلا فان، …، عملية التعيينات".
   */
  private List<Gazetteer.Match> listBefore() {
    List<Gazetteer.Match> list = new ArrayList<>();
    for (Gazetteer.Match p : v.people()) {
      if (p.last() >= k || !eligible(p) || around.clauseBetween(p.last(), k) || around.speaker(p)) {
        continue;
      }
      if (list.isEmpty() || listed(list.get(list.size() - 1).last(), p)) {
        list.add(p);
      } else {
        list.clear();
        list.add(p);
      }
    }
    return list.isEmpty() || around.titleStart(list.get(0)) > 2 ? List.of() : list;
  }

  /**
   * The person a singular relative pronoun right before a verb points back to, its subject: "كايل
   * كوسيك الذي انتقل إلى OpenAI" (never a name after the verb); or null.
   */
  private Gazetteer.Match antecedent() {
    if (word.noun() || k < 2) {
      return null;
    }
    Clitics.Stripped r = lex.reading(lex.moves().relative(), t.get(k - 1).norm());
    if (r == null || !(r.prefix().isEmpty() || lex.clitics().isConjunctionOnly(r.prefix()))) {
      return null;
    }
    Gazetteer.Match described = null;
    for (Gazetteer.Match p : v.people()) {
      if (p.last() == k - 2 && !around.owner(p) && !around.source(p)) {
        return p;
      }
      boolean description = p.last() < k - 2 && k - 2 - p.last() <= DESCRIPTION && t.gapBefore(p.last() + 1).contains("،")
          && lex.reading(lex.titleHeads(), t.get(p.last() + 1).norm()) != null;
      described = description && !around.owner(p) && !around.source(p) ? p : p.last() < k ? null : described;
    }
    // past a short description after a comma: "ألكسندر وونغ، مؤسس «ScaleAI» الذي انضم إلى الشركة"
    boolean toHim = k + 1 < t.size() && (t.get(k + 1).norm().startsWith("اليه") || t.get(k + 1).norm().equals("اليها"));
    return described != null && !toHim && !around.clauseBetween(described.last() + 1, k - 1) ? described : null;
  }

  /**
   * The subject of a hiring verb when a person stands right after the verb and another one follows
   * (Arabic puts the subject first: "عيّن مارك … الباحث شنغجيا …"), or a number of people does
   * ("استقطبت موراتي عدداً من الباحثين"): the first hires, the next is hired.
   */
  private Gazetteer.Match hirerAfter() {
    Gazetteer.Match first = null;
    for (Gazetteer.Match p : v.people()) {
      if (first == null && p.first() == k + 1) {
        first = p;
        if (p.last() + 1 < clauseEnd && lex.moves().hiredGroup().contains(t.get(p.last() + 1).norm())) {
          return first;
        }
      } else if (first != null && p.first() > first.last() && p.first() < clauseEnd && p.first() - first.last() <= OBJECT_DISTANCE
          && !listed(first.last(), p) && eligible(p)) {
        return first;
      }
    }
    return null;
  }

  /**
   * Whether a hiring verb stands in words ({@code a}, {@code b}): the person before it hired, and a
   * purpose after it ("عيّن زوكربيرغ 3 باحثين … للانضمام إلى فريقه") is the hired people's.
   */
  private boolean hiredBetween(int a, int b) {
    for (int j = a + 1; j < b; j++) {
      Clitics.Stripped r = lex.reading(lex.moves().triggers(), t.get(j).norm());
      if (r != null && lex.moves().triggers().get(r.stem()).kind() == MoveWords.Kind.HIRE && !lex.moves().triggers().get(r.stem()).noun()) {
        return true;
      }
    }
    return false;
  }

  /** The first word in [{@code from}, {@code to}) that opens a list ("هم:", "وهم", or one before a colon), or -1. */
  private int listOpens(int from, int to) {
    for (int j = from; j < to && j < t.size(); j++) {
      if (lex.moves().listOpeners().contains(t.get(j).norm()) || t.gapAfter(j).strip().startsWith(":")) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether a relative pronoun right before the trigger points back to person {@code p} past its
   * description, with no other person between: "… إلى ألكسندر وانغ، الرئيس التنفيذي السابق لشركة
   * Scale AI، والذي انضم أيضًا إلى ميتا" (the person is the subject, though named after إلى).
   */
  private boolean pointedBack(Gazetteer.Match p) {
    int j = k - 1;
    if (j > p.last() && t.get(j).norm().equals("قد")) {
      j--;
    }
    if (j <= p.last() || !t.gapBefore(j).contains("،")) {
      return false;
    }
    Clitics.Stripped r = lex.reading(lex.moves().relative(), t.get(j).norm());
    if (r == null || !(r.prefix().isEmpty() || lex.clitics().isConjunctionOnly(r.prefix()))) {
      return false;
    }
    for (Gazetteer.Match q : v.people()) {
      if (q.first() > p.last() && q.first() < j) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the only clause between words {@code a} and {@code b} opens with "أنه" or "إنها" (that
   * he, that she), whose pronoun is the person before: "كشف جيمي با … أنه بدوره سيغادر xAI"; a
   * speaker is so however long the description after the name ("وقال أ، …، يوم الاثنين، إنه …").
   */
  private boolean aboutHimself(int a, int b) {
    boolean pronoun = false;
    for (int j = a + 1; j < b; j++) {
      String w = t.get(j).norm();
      if (lex.moves().clause().contains(w)) {
        return false;
      }
      pronoun |= w.equals("انه") || w.equals("انها") || w.equals("بانه") || w.equals("بانها");
    }
    return pronoun;
  }

  /** Whether the trigger follows "، الذي" right after person {@code p}. */
  boolean relative(Gazetteer.Match p) {
    for (int j = k - 1; j > p.last() && k - j <= 2; j--) {
      if (lex.appositionWords().contains(t.get(j).norm()) && j == p.last() + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code next} continues a list whose previous name ends at word {@code previousLast}:
   * "، وألكسندر …", "و الرئيس … Nat Friedman", or a comma alone between two names ("لوكاس باير،
   * ألكسندر كوليسنيكوف، وشياوهوا …"). A name's other spelling in brackets after it belongs to it.
   */
  boolean listed(int previousLast, Gazetteer.Match next) {
    int start = around.titleStart(next);
    boolean comma = start == previousLast + 1 && t.gapBefore(start).contains("،") && LIST_GAP.matcher(t.gapBefore(start)).matches();
    return start > previousLast && (comma || around.conjunction(start) || around.conjunction(start - 1) || around.listWords(start));
  }

  /**
   * Whether a semicolon or a conjunction that opens a clause ("لكن"، "بينما") stands between words
   * {@code a} and {@code b}: what comes before is another clause's subject.
   */
  private boolean sentenceBreak(int a, int b) {
    for (int j = a + 1; j <= b && j < t.size(); j++) {
      if (t.gapBefore(j).contains("؛") || j < b && lex.moves().clause().contains(t.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The hiring organisation: the sentence's first organisation not marked as left nor in brackets,
   * or the one after the verb.
   */
  String hiringSubject(Discourse d, MoveEnds ends) {
    for (Gazetteer.Match o : v.organisations()) {
      if (o.first() < k && around.marker(o) == null && !around.bracketed(o) && !sentenceBreak(o.last(), k)) {
        return o.mention().id();
      }
      if (o.first() == k + 1) {
        return o.mention().id();
      }
    }
    return word.kind() == MoveWords.Kind.HIRE && ends.anaphor(0, k) ? d.topic() : null;
  }
}
