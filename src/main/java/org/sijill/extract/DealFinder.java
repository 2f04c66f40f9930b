package org.sijill.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;
import org.sijill.facts.Source;

/**
 * Deals from the trigger words of {@code deals.txt}. The acting party is the name right after the
 * word ("استحوذت ميتا على", "استثمار ميتا في") or else the nearest name before it that no
 * preposition governs ("تجري Meta مناقشات للاستحواذ"; "مع Meta" makes a partner instead), or the
 * discourse's company for "الشركة". The other party follows the type's preposition, directly or
 * after words such as "شركات ناشئة … مثل"; each organisation listed there is a deal. A word with
 * only one party is no deal, unless it repeats one already found.
 */
final class DealFinder {
  /** A deal found: keys of the acting party, the other party and partners, and what was said. */
  record Found(
      DealType type, String subject, String object, List<String> partners, MoneyValue amount, BigDecimal stake,
      DateValue date, DealStatus status, Source source) {}

  private static final Set<String> PREPOSITIONS = Set.of("في", "علي", "من", "مع", "الي", "مثل", "عن", "لدي", "ضد", "بين");
  private static final int STATUS_DISTANCE = 8;
  /** How many words after the trigger its preposition may come ("استثمارها 14.3 مليار دولار في"). */
  private static final int PREPOSITION_DISTANCE = 6;
  private static final int OBJECT_SCAN = 6;
  /** A date whose first word is among the sentence's first words applies to all of it. */
  private static final int OPENING = 4;
  /** How far before the trigger an acting party is quoted with it. */
  private static final int NEAR = 12;

  private final Lexicon lex;

  DealFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Found> find(SentenceView v, Discourse d, List<Found> earlier) {
    Around around = new Around(lex, v);
    Gazetteer.Match[] spans = around.spans();
    Tokens t = v.tokens();
    List<Found> out = new ArrayList<>();
    List<Integer> triggers = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      if (spans[k] == null && lex.reading(lex.deals().triggers(), t.get(k).norm()) != null) {
        triggers.add(k);
      }
    }
    for (int n = 0; n < triggers.size(); n++) {
      int k = triggers.get(n);
      int clauseEnd = n + 1 < triggers.size() ? t.get(triggers.get(n + 1)).start() : v.text().length();
      DealWords.Trigger trigger = lex.deals().triggers().get(lex.reading(lex.deals().triggers(), t.get(k).norm()).stem());
      DealStatus status = status(t, k, trigger.status());
      DealType type = trigger.type() == DealType.ACQUISITION && (status == DealStatus.PROPOSED || status == DealStatus.REJECTED) ? DealType.BID : trigger.type();
      Gazetteer.Match after = k + 1 < t.size() && spans[k + 1] != null && !v.outlet(spans[k + 1]) ? spans[k + 1] : null;
      List<String> partners = new ArrayList<>();
      Gazetteer.Match before = after != null ? null : subjectBefore(v, around, k, partners);
      String subject = after != null ? after.mention().id() : before != null ? before.mention().id() : null;
      if (anaphor(v, around, before == null ? 0 : before.last() + 1, k)) {
        subject = d.topic();
        before = null;
      }
      if (subject == null) {
        continue;
      }
      int from = after != null ? after.last() + 1 : k + 1;
      List<Gazetteer.Match> objects = objects(v, spans, from, lex.deals().object().get(trigger.type()));
      MoneyValue amount = amount(v, k, clauseEnd);
      DateValue date = date(v, k);
      int start = t.get(k).start();
      if (before != null && k - before.last() <= NEAR) {
        start = before.mention().start();
      }
      int end = Math.max(t.get(k).end(), after != null ? after.mention().end() : 0);
      if (amount != null) {
        end = Math.max(end, amount.end());
      }
      if (objects.isEmpty()) {
        String object = type == DealType.INVESTMENT ? repeated(earlier, out, type, subject) : null;
        if (object == null && type == DealType.INVESTMENT) {
          object = other(v, subject, k);
        }
        if (object != null) {
          out.add(new Found(type, subject, object, partners, amount, stake(v), date, status, v.source(start, end)));
        }
        continue;
      }
      for (Gazetteer.Match o : objects) {
        if (!o.mention().id().equals(subject)) {
          out.add(new Found(type, subject, o.mention().id(), partners, amount, stake(v), date, status, v.source(start, Math.max(end, o.mention().end()))));
        }
      }
    }
    return out;
  }

  private DealStatus status(Tokens t, int k, DealStatus otherwise) {
    for (int j = k - 1; j >= Math.max(0, k - STATUS_DISTANCE); j--) {
      for (var e : lex.deals().status()) {
        if (lex.reading(Set.of(e.getKey()), t.get(j).norm()) != null) {
          return e.getValue();
        }
      }
    }
    return otherwise;
  }

  /** The nearest name before word {@code k} that no preposition governs; "مع X" and "إلى X" become partners. */
  private Gazetteer.Match subjectBefore(SentenceView v, Around around, int k, List<String> partners) {
    Tokens t = v.tokens();
    boolean marked = false;
    Gazetteer.Match subject = null;
    for (Gazetteer.Match m : v.matches()) {
      if (m.last() >= k || (m.mention().kind() == EntityKind.COMPANY && v.outlet(m)) || around.owner(m)) {
        continue;
      }
      String prep = governing(t, m);
      boolean listed = around.conjunction(m.first() - 1) || t.get(m.first()).norm().startsWith("و") && m.mention().start() > t.get(m.first()).start();
      marked = prep != null || (listed && marked);
      if (prep != null && lex.deals().partner().contains(prep)) {
        partners.add(m.mention().id());
      } else if (!marked) {
        subject = m;
      }
    }
    if (subject != null) {
      partners.remove(subject.mention().id());
    }
    return subject;
  }

  /** Whether "الشركة" (the company) stands in words [a, b): the acting party is the article's company. */
  private static boolean anaphor(SentenceView v, Around around, int a, int b) {
    for (int j = Math.max(a, 0); j < b; j++) {
      if (v.tokens().get(j).norm().equals("الشركه") && around.spans()[j] == null) {
        return true;
      }
    }
    return false;
  }

  /** The preposition right before a name (skipping an organisation word and quotes), or null. */
  private String governing(Tokens t, Gazetteer.Match m) {
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
      if (lex.reading(lex.orgCues(), w) == null) {
        return null;
      }
    }
    return null;
  }

  /** The organisations after the type's preposition, which must come within {@link #PREPOSITION_DISTANCE} words. */
  private List<Gazetteer.Match> objects(SentenceView v, Gazetteer.Match[] spans, int from, String preposition) {
    Tokens t = v.tokens();
    List<Gazetteer.Match> out = new ArrayList<>();
    for (int j = from; j < t.size() && j < from + PREPOSITION_DISTANCE; j++) {
      if (spans[j] != null || !t.get(j).norm().equals(preposition)) {
        continue;
      }
      for (int k = j + 1; k < t.size() && k <= j + 1 + OBJECT_SCAN; k++) {
        if (spans[k] != null) {
          if (spans[k].mention().kind() == EntityKind.COMPANY) {
            out.addAll(v.listed(spans[k]));
          }
          return out;
        }
        String w = t.get(k).norm();
        boolean cue = lex.reading(lex.orgCues(), w) != null;
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

  private static String repeated(List<Found> earlier, List<Found> now, DealType type, String subject) {
    for (List<Found> list : List.of(earlier, now)) {
      for (Found f : list) {
        if (f.type() == type && f.subject().equals(subject)) {
          return f.object();
        }
      }
    }
    return null;
  }

  /** For an investment with no named investee: the one other organisation named before the word. */
  private static String other(SentenceView v, String subject, int k) {
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

  /** The first amount after word {@code k} and before offset {@code end} (the next trigger). */
  private static MoneyValue amount(SentenceView v, int k, int end) {
    int at = v.tokens().get(k).start();
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m && m.start() > at && m.start() < end) {
        return m;
      }
    }
    return null;
  }

  private BigDecimal stake(SentenceView v) {
    for (Value val : v.values()) {
      if (val instanceof PercentValue p) {
        int k = v.tokens().indexAt(p.start());
        if (k > 0 && lex.reading(lex.deals().stake(), v.tokens().get(k - 1).norm()) != null) {
          return p.percent();
        }
      }
    }
    return null;
  }

  /**
   * The date nearest the trigger (after it preferred) with no comma between them, or one that opens
   * the sentence ("في وقت سابق من هذا العام، تصدرت …").
   */
  private static DateValue date(SentenceView v, int k) {
    DateValue best = null;
    int bestDistance = Integer.MAX_VALUE;
    int trigger = v.tokens().get(k).start();
    for (Value val : v.values()) {
      if (val instanceof DateValue dv) {
        String between = dv.start() > trigger ? v.text().substring(trigger, dv.start()) : v.text().substring(dv.end(), trigger);
        boolean opens = v.tokens().indexAt(dv.start()) <= OPENING;
        if ((between.contains("،") || between.contains(",")) && !opens) {
          continue;
        }
        int at = v.tokens().indexAt(dv.start());
        int distance = at > k ? at - k : (k - at) * 2;
        if (distance < bestDistance) {
          best = dv;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
