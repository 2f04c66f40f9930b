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
  private static final int OBJECT_SCAN = 6;

  private final Lexicon lex;

  DealFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Found> find(SentenceView v, Discourse d, List<Found> earlier) {
    Around around = new Around(lex, v);
    Gazetteer.Match[] spans = around.spans();
    Tokens t = v.tokens();
    List<Found> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      Clitics.Stripped r = spans[k] == null ? lex.reading(lex.deals().triggers(), t.get(k).norm()) : null;
      if (r == null) {
        continue;
      }
      DealWords.Trigger trigger = lex.deals().triggers().get(r.stem());
      DealStatus status = status(t, k, trigger.status());
      DealType type = trigger.type() == DealType.ACQUISITION && (status == DealStatus.PROPOSED || status == DealStatus.REJECTED) ? DealType.BID : trigger.type();
      Gazetteer.Match subject = k + 1 < t.size() && spans[k + 1] != null && !v.outlet(spans[k + 1]) ? spans[k + 1] : null;
      List<String> partners = new ArrayList<>();
      String subjectKey = subject != null ? subject.mention().id() : subjectBefore(v, around, k, partners, d);
      int from = subject != null ? subject.last() + 1 : k + 1;
      List<Gazetteer.Match> objects = objects(v, spans, from, lex.deals().object().get(trigger.type()));
      MoneyValue amount = amount(v, k);
      DateValue date = date(v, k);
      if (subjectKey == null) {
        continue;
      }
      if (objects.isEmpty()) {
        String object = repeated(earlier, out, type, subjectKey);
        if (object == null && type == DealType.INVESTMENT) {
          object = other(v, subjectKey, k);
        }
        if (object != null) {
          int start = subject != null ? Math.min(subject.mention().start(), t.get(k).start()) : t.get(k).start();
          int end = Math.max(t.get(k).end(), amount != null ? amount.end() : 0);
          out.add(new Found(type, subjectKey, object, partners, amount, stake(v), date, status, v.source(start, end)));
        }
        continue;
      }
      for (Gazetteer.Match o : objects) {
        if (o.mention().id().equals(subjectKey)) {
          continue;
        }
        int start = Math.min(t.get(k).start(), subject != null ? subject.mention().start() : t.get(k).start());
        int end = Math.max(o.mention().end(), amount != null && amount.start() > t.get(k).start() ? amount.end() : 0);
        out.add(new Found(type, subjectKey, o.mention().id(), partners, amount, stake(v), date, status, v.source(start, end)));
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
  private String subjectBefore(SentenceView v, Around around, int k, List<String> partners, Discourse d) {
    Tokens t = v.tokens();
    boolean marked = false;
    String subject = null;
    int subjectAt = -1;
    for (Gazetteer.Match m : v.matches()) {
      if (m.last() >= k || (m.mention().kind() == EntityKind.COMPANY && v.outlet(m)) || around.owner(m)) {
        continue;
      }
      String prep = governing(t, around, m);
      boolean listed = around.conjunction(m.first() - 1) || t.get(m.first()).norm().startsWith("و") && m.mention().start() > t.get(m.first()).start();
      marked = prep != null || (listed && marked);
      if (prep != null && lex.deals().partner().contains(prep)) {
        partners.add(m.mention().id());
      } else if (!marked) {
        subject = m.mention().id();
        subjectAt = m.last();
      }
    }
    for (int j = Math.max(subjectAt + 1, 0); j < k; j++) {
      if (t.get(j).norm().equals("الشركه") && around.spans()[j] == null) {
        return d.topic();
      }
    }
    partners.remove(subject);
    return subject;
  }

  /** The preposition right before a name (skipping an organisation word and quotes), or null. */
  private String governing(Tokens t, Around around, Gazetteer.Match m) {
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

  /** The organisations after the type's preposition, which must come within three words. */
  private List<Gazetteer.Match> objects(SentenceView v, Gazetteer.Match[] spans, int from, String preposition) {
    Tokens t = v.tokens();
    List<Gazetteer.Match> out = new ArrayList<>();
    for (int j = from; j < t.size() && j < from + 3; j++) {
      if (spans[j] != null || !t.get(j).norm().equals(preposition)) {
        continue;
      }
      for (int k = j + 1; k < t.size() && k <= j + 1 + OBJECT_SCAN; k++) {
        if (spans[k] != null) {
          if (spans[k].mention().kind() == EntityKind.COMPANY) {
            out.add(spans[k]);
            listedAfter(v, spans, spans[k], out);
          }
          return out;
        }
        String w = t.get(k).norm();
        boolean cue = lex.reading(lex.orgCues(), w) != null;
        if (k == j + 1 ? !cue : !(cue || w.equals("مثل") || lex.isFunctionWord(w) || lex.reading(lex.commonNouns(), w) != null || TitlePhrase.definite(lex, w) || w.endsWith("ه") || w.endsWith("ي"))) {
          return out;
        }
      }
      return out;
    }
    return out;
  }

  /** Adds the organisations listed after {@code m} with و or a comma. */
  private static void listedAfter(SentenceView v, Gazetteer.Match[] spans, Gazetteer.Match m, List<Gazetteer.Match> out) {
    Tokens t = v.tokens();
    int j = m.last() + 1;
    while (j < t.size()) {
      if (t.get(j).norm().equals("و")) {
        j++;
      }
      if (j >= t.size() || spans[j] == null || spans[j].mention().kind() != EntityKind.COMPANY || spans[j] == m) {
        return;
      }
      String gap = t.gapBefore(j).replaceAll("[\"“”«»\\s]", "");
      boolean joined = gap.isEmpty() || gap.equals("،") || gap.equals(",");
      boolean conj = t.get(j - 1).norm().equals("و") || spans[j].mention().start() > t.get(j).start();
      if (!joined || !(conj || gap.equals("،"))) {
        return;
      }
      out.add(spans[j]);
      m = spans[j];
      j = m.last() + 1;
    }
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

  private static MoneyValue amount(SentenceView v, int k) {
    int at = v.tokens().get(k).start();
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m && m.start() > at) {
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

  private static DateValue date(SentenceView v, int k) {
    DateValue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Value val : v.values()) {
      if (val instanceof DateValue dv) {
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
