package org.sijill.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;
import org.sijill.facts.Source;

/**
 * Deals from the trigger words of {@code deals.txt}, their parties found by {@link DealParties}.
 * The acting party may follow the word with its cue ("استحوذت شركة Google على") or be the
 * discourse's company ("الشركة"). Each organisation acquired or invested in is a deal of its own;
 * the organisations of one partnership or contract are parties of one deal. A stake bought is an
 * investment. Cooperation "to supply" something is a contract whose acting party is the client. A
 * word with only one party is no deal, unless it repeats one already found; nor is cooperation
 * inside another deal ("التعاون مع X في عملية استحواذ") or a contract lost ("خسارة X عقودًا").
 */
final class DealFinder {
  /**
   * A deal found: keys of the acting party, the other party, more parties in the other party's
   * role ({@code others}), partners and sellers, what was said, and whether the acting party is
   * the client rather than the contractor ({@code clientActs}).
   */
  record Found(
      DealType type, String subject, String object, List<String> others, List<String> partners, MoneyValue amount,
      BigDecimal stake, DateValue date, DealStatus status, boolean clientActs, Source source, List<String> sellers) {
    /** A deal found with no seller named. */
    Found(
        DealType type, String subject, String object, List<String> others, List<String> partners, MoneyValue amount,
        BigDecimal stake, DateValue date, DealStatus status, boolean clientActs, Source source) {
      this(type, subject, object, others, partners, amount, stake, date, status, clientActs, source, List.of());
    }
  }

  private static final int STATUS_DISTANCE = 8;
  /** How far before the trigger an acting party is quoted with it. */
  private static final int NEAR = 12;
  /** How far after the other parties a purpose ("لتوريد") or an enclosing deal ("في عملية استحواذ") may be. */
  private static final int AFTER_PARTIES = 4;
  private static final Set<DealType> JOINT = Set.of(DealType.PARTNERSHIP, DealType.CONTRACT, DealType.LICENSING);

  /** Deals whose other party takes no preposition: a licence, and hiring a company's team. */
  private static final Set<DealType> UNMARKED = Set.of(DealType.LICENSING, DealType.ACQUIHIRE);

  private final Lexicon lex;
  private final DealParties parties;
  private final DealContext context;
  private final DirectObjects direct;
  private final OpeningVerbs opening;

  DealFinder(Lexicon lex) {
    this.lex = lex;
    this.parties = new DealParties(lex);
    this.context = new DealContext(lex);
    this.direct = new DirectObjects(lex);
    this.opening = new OpeningVerbs(lex);
  }

  List<Found> find(SentenceView v, Discourse d, List<Found> earlier) {
    Around around = new Around(lex, v);
    Gazetteer.Match[] spans = around.spans();
    Tokens t = v.tokens();
    List<Found> out = new ArrayList<>();
    List<Integer> triggers = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      // a verbal noun right after its verb is the same word ("استثمرت استثمارًا ضخمًا")
      boolean cognate = !triggers.isEmpty() && triggers.get(triggers.size() - 1) == k - 1
          && lex.reading(lex.deals().triggers(), t.get(k).norm()) != null && trigger(t, k).type() == trigger(t, k - 1).type();
      if (spans[k] == null && lex.reading(lex.deals().triggers(), t.get(k).norm()) != null && !cognate) {
        triggers.add(k);
      }
    }
    for (int n = 0; n < triggers.size(); n++) {
      int k = triggers.get(n);
      int clauseEnd = n + 1 < triggers.size() ? t.get(triggers.get(n + 1)).start() : v.text().length();
      DealWords.Trigger trigger = lex.deals().triggers().get(lex.reading(lex.deals().triggers(), t.get(k).norm()).stem());
      DealStatus status = context.collapsed(t, k) ? DealStatus.FAILED : parties.offered(t, k, status(t, k, trigger.status()));
      DealType type = trigger.type() == DealType.ACQUISITION && (status == DealStatus.PROPOSED || status == DealStatus.REJECTED) ? DealType.BID : trigger.type();
      if (type == DealType.CONTRACT && lost(t, k) || type == DealType.PARTNERSHIP && joined(t, k, DealType.INVESTMENT) || negated(t, k)) {
        continue;
      }
      int next = k + 1 < t.size() && spans[k + 1] == null && lex.reading(lex.orgCues(), t.get(k + 1).norm()) != null ? k + 2 : k + 1;
      Gazetteer.Match after = next < t.size() && spans[next] != null && spans[next].first() == next && !v.outlet(spans[next]) ? spans[next] : null;
      List<String> partners = new ArrayList<>();
      Gazetteer.Match before = after != null ? null : parties.subjectBefore(v, around, k, partners);
      String subject = after != null ? after.mention().id() : before != null ? before.mention().id() : null;
      if (DealParties.anaphor(v, around, before == null ? 0 : before.last() + 1, k)) {
        subject = d.topic();
        before = null;
      }
      Gazetteer.Match[] referred = parties.referredTo(v, spans, k);
      if (referred != null) {
        subject = referred[0].mention().id();
        before = null;
        after = referred[0];
      }
      // "إذ اشترت في يونيو شركة Y"، "كما استحوذت عام 2016 على شركة Y"
      subject = subject == null && (direct.verb(t, k) || opening.opens(t, k)) ? d.topic() : subject;
      if (subject == null) {
        MoneyValue worth = t.get(k).norm().equals("الصفقه") ? amount(v, k, clauseEnd) : null;
        java.util.Optional.ofNullable(worth == null ? null : DealParties.priced(earlier, worth, v.source(t.get(k).start(), worth.end()))).ifPresent(out::add);
        continue;
      }
      Gazetteer.Match giver = received(v, spans, k);
      if (giver != null && !giver.mention().id().equals(subject)) {
        MoneyValue paid = amount(v, k, clauseEnd);
        out.add(new Found(type, giver.mention().id(), subject, List.of(), partners, paid, stake(v), v.dateNear(k), status, false,
            v.source(Math.min(t.get(k).start(), before == null ? t.get(k).start() : before.mention().start()), Math.max(t.get(k).end(), giver.mention().end()))));
        continue;
      }
      int from = after != null ? after.last() + 1 : k + 1;
      Gazetteer.Match stakeIn = referred == null && (type == DealType.ACQUISITION || type == DealType.INVESTMENT) ? parties.stakeIn(v, spans, from - 1) : null;
      List<Gazetteer.Match> objects = referred != null ? List.of(referred[1])
          : stakeIn != null ? List.of(stakeIn) : parties.objects(v, spans, from, lex.deals().object().get(trigger.type()));
      type = stakeIn != null ? DealType.INVESTMENT : type;
      type = type == DealType.OTHER && (hiringPurpose(t, k + 1) || hiringPurpose(t, k + 2) && t.gapBefore(k + 2).isBlank()) ? DealType.ACQUIHIRE : type;
      Gazetteer.Match unmarked = objects.isEmpty() && UNMARKED.contains(type) ? parties.unmarkedObject(v, spans, k, from, type == DealType.ACQUIHIRE, subject) : null;
      objects = unmarked == null ? objects : List.of(unmarked);
      Gazetteer.Match acting = before;
      DirectObjects.Parties bought = objects.isEmpty() && referred == null && stakeIn == null
          ? direct.parties(v, spans, k, () -> acting != null ? acting : parties.subjectBefore(v, around, k, new ArrayList<>()), d.topic()) : null;
      subject = bought == null ? subject : bought.subject();
      objects = bought == null ? objects : bought.objects();
      if (objects.isEmpty() && type == DealType.INVESTMENT && joined(t, k, DealType.PARTNERSHIP)) {
        objects = parties.objects(v, spans, from, lex.deals().object().get(DealType.PARTNERSHIP));
      }
      boolean clientActs = false;
      if (JOINT.contains(type) && !objects.isEmpty()) {
        int last = objects.get(objects.size() - 1).last();
        if (within(t, lex.deals().supply(), last, AFTER_PARTIES)) {
          type = DealType.CONTRACT;
          clientActs = true;
        } else if (type == DealType.PARTNERSHIP && enclosed(t, spans, last)) {
          continue;
        }
      }
      MoneyValue amount = amount(v, k, amountEnd(v, triggers, n));
      amount = amount != null && context.organisationWorth(v, amount) ? null : amount;
      amount = amount != null ? amount : price(v, k);
      amount = amount != null ? amount : worth(v, k);
      DateValue date = v.dateNear(k);
      int start = t.get(k).start();
      if (before != null && k - before.last() <= NEAR) {
        start = before.mention().start();
      }
      int end = Math.max(t.get(k).end(), after != null ? after.mention().end() : 0);
      if (amount != null) {
        end = Math.max(end, amount.end());
      }
      Gazetteer.Match possessed = objects.isEmpty() ? parties.possessed(v, spans, k, subject, lex.deals().object().get(trigger.type())) : null;
      objects = possessed == null ? objects : List.of(possessed);
      if (objects.isEmpty() && type == DealType.INVESTMENT) {
        Gazetteer.Match valued = parties.valued(v, spans, k, clauseEnd);
        objects = valued == null || valued.mention().id().equals(subject) ? objects : List.of(valued);
      }
      if (objects.isEmpty()) {
        String object = type == DealType.INVESTMENT ? DealParties.repeated(earlier, out, type, subject) : null;
        object = object == null ? context.anaphoricObject(v, d, from, lex.deals().object().get(trigger.type()), subject) : object;
        if (object == null && type == DealType.INVESTMENT) {
          object = DealParties.other(v, subject, k);
        }
        if (object != null) {
          out.add(new Found(type, subject, object, List.of(), partners, amount, stake(v), date, status, false, v.source(start, end)));
        }
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (Gazetteer.Match o : objects) {
        if (!o.mention().id().equals(subject) && !ids.contains(o.mention().id())) {
          ids.add(o.mention().id());
        }
      }
      int objectsEnd = Math.max(end, objects.get(objects.size() - 1).mention().end());
      if (JOINT.contains(type) && !ids.isEmpty()) {
        out.add(new Found(type, subject, ids.get(0), ids.subList(1, ids.size()), partners, amount, stake(v), date, status, clientActs, v.source(start, objectsEnd)));
        continue;
      }
      for (Gazetteer.Match o : objects) {
        if (ids.contains(o.mention().id())) {
          out.add(new Found(type, subject, o.mention().id(), List.of(), partners, amount, stake(v), date, status, false, v.source(start, Math.max(end, o.mention().end()))));
        }
      }
    }
    return out;
  }

  private DealStatus status(Tokens t, int k, DealStatus otherwise) {
    for (int j = k - 1; j >= Math.max(0, k - STATUS_DISTANCE); j--) {
      if (t.gapAfter(j).contains("،") && t.get(j + 1).norm().startsWith("و")) {
        break; // another clause ("ألغت X الرسوم، واستحوذت Y على …")
      }
      DealStatus s = lex.deals().statusAt(lex, t, j);
      if (s != null) {
        return s;
      }
    }
    return otherwise;
  }

  /**
   * Whether a deal word is joined by و to one of type {@code other} ("شراكة واستثمارًا استراتيجيين
   * مع X"): a partnership so joined is the investment, which takes the partner as the one invested in.
   */
  private boolean joined(Tokens t, int k, DealType other) {
    for (int j : new int[] {k - 1, k + 1}) {
      Clitics.Stripped r = j >= 0 && j < t.size() && t.gapBefore(Math.max(j, k)).isBlank() ? lex.reading(lex.deals().triggers(), t.get(j).norm()) : null;
      boolean joined = r != null && (j > k ? t.get(j).norm().startsWith("و") : t.get(k).norm().startsWith("و"));
      if (joined && lex.deals().triggers().get(r.stem()).type() == other) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code j} is a hiring verb with the preposition of purpose ("صفقة [بارزة] لاستقطاب …"): a deal for a team. */
  private boolean hiringPurpose(Tokens t, int j) {
    Clitics.Stripped r = j < t.size() ? lex.reading(lex.moves().triggers(), t.get(j).norm()) : null;
    return r != null && r.prefix().startsWith("ل") && lex.moves().triggers().get(r.stem()).kind() == MoveWords.Kind.HIRE;
  }

  /** Whether a negation stands right before the trigger ("لم تستثمر مباشرة في X"), or before "أن" and it ("دون أن تستحوذ"): no deal was made. */
  private boolean negated(Tokens t, int k) {
    return k > 0 && t.gapBefore(k).isBlank() && (lex.reading(lex.deals().negation(), t.get(k - 1).norm()) != null
        || k > 1 && t.get(k - 1).norm().equals("ان") && lex.reading(lex.deals().negation(), t.get(k - 2).norm()) != null); // "دون أن تستحوذ"
  }

  /** Whether a word of loss stands shortly before the trigger ("خسارة X عقودًا"): the contract ended. */
  private boolean lost(Tokens t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (lex.reading(lex.deals().lost(), t.get(j).norm()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code words} comes within {@code reach} words after word {@code j}. */
  private boolean within(Tokens t, Set<String> words, int j, int reach) {
    for (int m = j + 1; m < t.size() && m <= j + reach; m++) {
      if (lex.reading(words, t.get(m).norm()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether "في" and another deal word follow the parties: the cooperation is part of that deal. */
  private boolean enclosed(Tokens t, Gazetteer.Match[] spans, int last) {
    for (int m = last + 1; m < t.size() && m <= last + AFTER_PARTIES; m++) {
      if (t.get(m).norm().equals("في")) {
        for (int o = m + 1; o < t.size() && o <= m + 2; o++) {
          if (spans[o] == null && lex.reading(lex.deals().triggers(), t.get(o).norm()) != null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Where the amount of trigger {@code n} may be: up to the next trigger that is not the word
   * "صفقة" alone, which names the deal already reported ("استحواذها على 49% من X، في صفقة بلغت قيمتها …").
   */
  private int amountEnd(SentenceView v, List<Integer> triggers, int n) {
    Tokens t = v.tokens();
    int m = n + 1;
    while (m < triggers.size() && trigger(t, triggers.get(m)).type() == DealType.OTHER) {
      m++;
    }
    return m < triggers.size() ? t.get(triggers.get(m)).start() : v.text().length();
  }

  private DealWords.Trigger trigger(Tokens t, int k) {
    return lex.deals().triggers().get(lex.reading(lex.deals().triggers(), t.get(k).norm()).stem());
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

  /**
   * An amount paid for the deal named after it: "دفع 14.8 مليار دولار مقابل الاستحواذ على …", the
   * word of exchange ("مقابل") right before the trigger; or null.
   */
  private MoneyValue price(SentenceView v, int k) {
    Tokens t = v.tokens();
    Clitics.Stripped r = lex.reading(lex.deals().triggers(), t.get(k).norm());
    if (k >= 1 && (t.get(k).norm().startsWith("لل") || t.get(k).norm().startsWith("لش") || r != null && r.prefix().equals("ل"))) {
      // an amount paid for a purpose, to the one named between: "دفعت ميتا 14.5 مليار دولار للاستحواذ على …",
      // "دفعت جوجل 2.4 مليار دولار لشركة ويندسرف لترخيص تقنيتها"
      int end = k - 1;
      for (Gazetteer.Match payee : v.organisations()) {
        end = payee.last() == k - 1 && t.gapBefore(k).isBlank() ? payeeStart(t, payee) - 1 : end;
      }
      for (Value val : v.values()) {
        if (val instanceof MoneyValue m && t.indexAt(m.end() - 1) == end && t.gapBefore(k).isBlank()) {
          return m;
        }
      }
    }
    if (k < 1 || lex.reading(lex.deals().exchange(), t.get(k - 1).norm()) == null) {
      return null;
    }
    // the one paid may stand between the amount and the word of exchange: "دفعت X 2.4 مليار دولار
    // لشركة Y مقابل ترخيص تقنياتها"
    int before = k - 2;
    for (Gazetteer.Match payee : v.organisations()) {
      int start = payeeStart(t, payee);
      before = payee.last() == k - 2 && start > 0 && t.raw(start).startsWith("ل") ? start - 1 : before;
    }
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m && m.end() <= t.get(k - 1).start() && t.indexAt(m.end() - 1) >= before
          && !v.text().substring(m.end(), t.get(k - 1).start()).contains("،")) {
        return m;
      }
    }
    return null;
  }

  /** The first word of a payee named with "لـ" ("لشركة ويندسرف"): its cue word when it has one. */
  private int payeeStart(Tokens t, Gazetteer.Match payee) {
    int j = payee.first();
    return j > 0 && lex.reading(lex.orgCues(), t.get(j - 1).norm()) != null && t.raw(j - 1).startsWith("ل") ? j - 1 : j;
  }

  /**
   * For a deal word after a verb of receiving ("حصلت X على استثمار … من Y"): the organisation after
   * "من" in its clause, which acts; or null.
   */
  private Gazetteer.Match received(SentenceView v, Gazetteer.Match[] spans, int k) {
    Tokens t = v.tokens();
    int j = k - 1;
    j = j >= 0 && t.get(j).norm().equals("علي") ? j - 1 : j;
    boolean receiving = false;
    for (int i = j; i >= 0 && j - i <= 3; i--) {
      receiving |= spans[i] == null && lex.reading(lex.deals().receive(), t.get(i).norm()) != null;
    }
    if (!receiving) {
      return null;
    }
    for (int i = k + 1; i + 1 < t.size() && !t.gapBefore(i).contains("،"); i++) {
      if (t.get(i).norm().equals("من") && spans[i + 1] != null && spans[i + 1].first() == i + 1 && v.organisation(spans[i + 1])) {
        return spans[i + 1];
      }
    }
    return null;
  }

  /**
   * An amount of worth in the words just before the deal word: "صفقة بقيمة 4 مليارات دولار
   * للاستحواذ على …"; or null.
   */
  private MoneyValue worth(SentenceView v, int k) {
    Tokens t = v.tokens();
    for (Value val : v.values()) {
      if (val instanceof MoneyValue m && m.end() <= t.get(k).start()) {
        int first = t.indexAt(m.start());
        boolean worded = first > 0 && lex.reading(lex.deals().worth(), t.get(first - 1).norm()) != null;
        if (worded && k - t.indexAt(m.end() - 1) <= 2 && !v.text().substring(m.end(), t.get(k).start()).contains("،")) {
          return m;
        }
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
}
