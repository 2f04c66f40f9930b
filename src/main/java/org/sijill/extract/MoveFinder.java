package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Source;

/**
 * Moves from the trigger words of {@code moves.txt}. Who moves is {@link Movers}' answer; an
 * employer named in the past is {@link WorkHistory}'s. Organisations come from markers ({@link
 * Around#marker}), the verb's object, the hiring subject (the sentence's first organisation), a
 * relative clause on the movers' present post, the mover's description or role, the owner of a
 * possessive title, or the discourse: the company last reported hiring, and where people were last
 * said to leave for.
 */
final class MoveFinder {
  /** A move found: keys of the person and organisations, the date, status and source. */
  record Found(String person, String from, String to, DateValue date, MoveStatus status, Source source) {}

  /** How far from the trigger a date may be. */
  static final int NEAR = 12;

  private final Lexicon lex;
  private final WorkHistory work;
  private final Announcer announcer;

  MoveFinder(Lexicon lex) {
    this.lex = lex;
    this.work = new WorkHistory(lex);
    this.announcer = new Announcer(lex);
  }

  List<Found> find(SentenceView v, Discourse d, List<RoleFinder.Found> roles) {
    Around around = new Around(lex, v);
    Tokens t = v.tokens();
    List<Found> out = new ArrayList<>();
    List<Integer> triggers = new ArrayList<>();
    java.util.Set<Integer> purposes = new java.util.HashSet<>();
    for (int k = 0; k < t.size(); k++) {
      Clitics.Stripped r = around.spans()[k] == null ? lex.reading(lex.moves().triggers(), t.get(k).norm()) : null;
      boolean intended = r != null && k > 0 && (Intents.right(lex, around, t, k) || Intents.subjectBetween(lex, around, t, k));
      MoveWords.Kind kind = r == null ? null : lex.moves().triggers().get(r.stem()).kind();
      boolean purpose = r != null && (intended && kind != MoveWords.Kind.WORKED
          || (r.prefix().equals("بال") || r.prefix().equals("لل")) && kind == MoveWords.Kind.JOIN);
      boolean refused = !triggers.isEmpty() && lex.moves().triggers().get(lex.reading(lex.moves().triggers(), t.get(triggers.get(triggers.size() - 1)).norm()).stem()).kind() == MoveWords.Kind.DECLINE;
      if (r != null && (lex.moves().triggers().get(r.stem()).noun() || purpose || !(r.prefix().endsWith("ال") || r.prefix().endsWith("لل"))) && !(purpose && refused)) {
        triggers.add(k);
        if (purpose) {
          purposes.add(k);
        }
      }
    }
    if (!d.listOpen() && d.frame() != null && around.tableRow()) {
      d.openList();
    }
    if (d.listOpen()) {
      out.addAll(listItem(v, around, d, roles, triggers.isEmpty() ? t.size() : triggers.get(0)));
    }
    for (int n = 0; n < triggers.size(); n++) {
      int k = triggers.get(n);
      int next = n + 1;
      boolean noun = lex.moves().triggers().get(lex.reading(lex.moves().triggers(), t.get(k).norm()).stem()).noun();
      while (noun && next < triggers.size() && around.relativeBefore(triggers.get(next))) {
        next++;
      }
      int[] clause = {n > 0 ? triggers.get(n - 1) + 1 : 0, next < triggers.size() ? triggers.get(next) : t.size()};
      MoveWords.Trigger trigger = lex.moves().triggers().get(lex.reading(lex.moves().triggers(), t.get(k).norm()).stem());
      trigger = purposes.contains(k) ? trigger.asPurpose() : trigger;
      if (trigger.kind() == MoveWords.Kind.WORKED) {
        out.addAll(work.find(v, around, k, clause, roles, d, out));
        continue;
      }
      if (trigger.kind() == MoveWords.Kind.DECLINE && !around.offered()) {
        continue;
      }
      Trigger at = new Trigger(k, trigger, around, v, d, roles);
      at.toEnd = n + 1 < triggers.size() && purposes.contains(triggers.get(n + 1)) ? t.size() : clause[1];
      Movers who = new Movers(lex, v, around, k, trigger, clause[1]);
      String subject = who.hiringSubject(d, at.ends);
      if (trigger.kind() == MoveWords.Kind.HIRE && subject != null) {
        d.hiring(subject);
      }
      List<Gazetteer.Match> movers = who.find();
      if (movers.isEmpty()) {
        at.frame(subject);
        if (clause[1] == t.size() && t.gapAfter(t.size() - 1).contains(":")) {
          d.openList();
        }
      }
      List<int[]> spans = new ArrayList<>();
      for (int i = 0; i < movers.size(); i++) {
        Gazetteer.Match p = movers.get(i);
        int to = i + 1 < movers.size() ? around.titleStart(movers.get(i + 1)) : Math.max(Math.min(clause[1], around.nextPerson(p)), p.last() + 1);
        spans.add(new int[] {around.titleStart(p), to});
      }
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < movers.size(); i++) {
        List<int[]> others = new ArrayList<>(spans);
        others.remove(i);
        List<Found> made = at.move(movers, i, spans.get(i), others, clause, subject).stream().map(MoveFinder::noReturn).toList();
        made.stream().filter(f -> f.to() != null).forEach(f -> d.moved(f.person(), f.to()));
        out.addAll(made);
        keys.add(movers.get(i).mention().id());
      }
      d.group(keys);
    }
    out.addAll(WorkHistory.titled(v, roles, out));
    out.addAll(Followers.find(lex, v, d, out));
    return out;
  }

  /**
   * A sentence of a list opened by a move with a colon ("انضم إلى فريق OpenAI كل من:"): when it
   * starts with a name, that person made the move, from the employer of the description after the
   * name ("- أوداي رودارّاجو، الذي كان يشغل منصب رئيس الهندسة في xAI."); otherwise the list ends.
   */
  private List<Found> listItem(SentenceView v, Around around, Discourse d, List<RoleFinder.Found> roles, int clauseEnd) {
    Gazetteer.Match first = null;
    for (Gazetteer.Match p : v.people()) {
      if (first == null && around.titleStart(p) == 0) {
        first = p;
      }
    }
    if (first == null) {
      if (!around.table()) {
        d.closeList();
      }
      return List.of();
    }
    MoveWords.Trigger member = new MoveWords.Trigger(MoveWords.Kind.MEMBER, true);
    Trigger at = new Trigger(first.first(), member, around, v, d, roles);
    int end = Math.max(clauseEnd, first.last() + 1);
    return at.move(List.of(first), 0, new int[] {0, end}, List.of(), new int[] {0, end}, null);
  }

  /** A move to the organisation it leaves goes nowhere the sentence names: its destination is dropped. */
  private static Found noReturn(Found f) {
    return f.from() != null && f.from().equals(f.to()) ? new Found(f.person(), f.from(), null, f.date(), f.status(), f.source()) : f;
  }

  private static String or(String a, String b) {
    return a != null ? a : b; }

  /** The date nearest word {@code k} (after it preferred), within {@link #NEAR} words, or null. */
  static DateValue date(SentenceView v, int k) {
    DateValue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Value val : v.values()) {
      if (val instanceof DateValue dv) {
        int at = v.tokens().indexAt(dv.start());
        int distance = at > k ? at - k : (k - at) * 2;
        if (distance < bestDistance && Math.abs(at - k) <= NEAR) {
          best = dv;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** One trigger word in its sentence. */
  private final class Trigger {
    final int k;
    final MoveWords.Trigger word;
    final Around around;
    final SentenceView v;
    final Tokens t;
    final MoveEnds ends;
    final ListEnds list;
    final Discourse d;
    final List<RoleFinder.Found> roles;
    /** Where an organisation joined by a hiring may be: the clause, and a purpose after it ("… للانضمام إلى ميتا"). */
    int toEnd;

    Trigger(int k, MoveWords.Trigger word, Around around, SentenceView v, Discourse d, List<RoleFinder.Found> roles) {
      this.k = k;
      this.word = word;
      this.around = around;
      this.v = v;
      this.t = v.tokens();
      this.ends = new MoveEnds(lex, v, around, k);
      this.list = new ListEnds(lex, v, around);
      this.d = d;
      this.roles = roles;
      this.toEnd = t.size();
    }

    /**
     * A move with nobody named frames the next sentences: a departure with a destination
     * ("الباحثين الذين غادروا إلى xAI"), or hiring or joining from an organisation ("عيّن 3 باحثين
     * من OpenAI", "انضم باحثان بارزان من OpenAI").
     */
    void frame(String subject) {
      if (word.kind() == MoveWords.Kind.LEAVE || word.kind() == MoveWords.Kind.MOVE) {
        String to = ends.marked(Around.Direction.TO, k, t.size());
        String from = word.kind() == MoveWords.Kind.LEAVE ? ends.object() : ends.groupOf();
        from = from != null && !from.equals(to) ? from : or(ends.marked(Around.Direction.FROM, 0, k), around.loser(k));
        from = from != null || to != null || word.kind() != MoveWords.Kind.LEAVE ? from : ends.left(null, word.noun());
        from = from != null || to != null || word.kind() != MoveWords.Kind.LEAVE || d.frame() != null ? from : d.topic();
        if (to != null) {
          d.departed(from != null && !from.equals(to) ? from : null, to);
        } else if (from != null && word.kind() == MoveWords.Kind.LEAVE) {
          d.left(from);
        }
      } else if (word.kind() == MoveWords.Kind.HIRE && subject != null) {
        String from = or(or(ends.marked(Around.Direction.FROM, k, t.size()), around.workingAt(k)), d.originHere(subject));
        if (from == null || !from.equals(subject)) {
          d.departed(from, subject);
        }
      } else if (word.kind() == MoveWords.Kind.JOIN) {
        String from = ends.marked(Around.Direction.FROM, k, t.size());
        String to = ends.marked(Around.Direction.TO, k, t.size());
        to = to == null && pronoun() ? or(announcer.before(v, k), d.hiring()) : to;
        to = to == null && ends.anaphoricTo() ? d.hiring() : to;
        if (from != null && !from.equals(to) || from == null && to != null) {
          d.departed(from, to);
        }
      }
    }

    /**
     * The moves of mover {@code i}, whose own words are {@code span} (its title, name and
     * description); the other movers' words are {@code others}; the trigger's clause (up to the
     * triggers before and after it) is {@code clause}. One move per organisation left when the
     * description names several ("في كل من A وB").
     */
    List<Found> move(List<Gazetteer.Match> movers, int i, int[] span, List<int[]> others, int[] clause, String subject) {
      Gazetteer.Match p = movers.get(i);
      String to = null;
      // "انضم إليها", or "انضمام أ، الرئيس التنفيذي لشركة Y، إليها" past the mover's apposition
      boolean pronoun = pronoun() || word.kind() == MoveWords.Kind.JOIN && ends.pronounTo();
      String[] frame = word.kind() == MoveWords.Kind.MEMBER ? d.frame() : null;
      frame = frame == null && word.kind() == MoveWords.Kind.MEMBER && d.lastDestination() != null ? new String[] {null, d.lastDestination()} : frame;
      if (word.kind() == MoveWords.Kind.MEMBER && frame == null) {
        return List.of();
      }
      switch (word.kind()) {
        case MEMBER -> to = or(ends.marked(Around.Direction.TO, k, t.size()), frame[1]);
        case HIRE -> to = word.noun() ? d.hiring() : or(ends.marked(Around.Direction.TO, k, toEnd), subject != null ? subject : hirer());
        case JOIN -> to = word.noun() ? or(ends.marked(Around.Direction.TO, k, t.size()), d.hiring())
            : joinsPerson() != null ? d.destinationOf(joinsPerson().mention().id())
            : pronoun ? or(announcer.before(v, k), d.hiring()) : ends.anaphoricTo() ? d.hiring() : ends.joined();
        case DECLINE -> to = or(ends.offeredBy(), d.hiring());
        default -> to = word.noun() && movers.size() > 1 ? ends.marked(Around.Direction.TO, span[0], span[1]) : ends.marked(Around.Direction.TO, k, t.size());
      }
      if (to == null && word.kind() == MoveWords.Kind.JOIN && alongside(p)) {
        to = d.lastDestination();
      }
      List<String> froms = new ArrayList<>();
      if (word.kind() == MoveWords.Kind.LEAVE) {
        String left = around.leftOrLoser(ends.left(d, word.noun()), to, k);
        Gazetteer.Match named = left == null ? null : ends.nearest(left);
        if (named != null && named.last() < around.titleStart(p) && around.relativeBefore(k)) {
          left = d.topic();
        }
        String own = ends.described(p, roles, null);
        if (!word.noun() && own != null && ends.anaphor(k + 1, Math.min(k + 3, t.size()))) {
          left = own;
        }
        froms.add(left);
        if (to == null) {
          to = d.destination(froms.get(0));
        }
      } else if (frame != null && frame[0] != null) {
        froms.add(frame[0]);
      } else {
        froms.addAll(from(movers, i, span, others, clause, to));
        if (froms.isEmpty() && word.kind() != MoveWords.Kind.DECLINE && d.origin(to) != null) {
          froms.add(d.origin(to));
        }
        if (froms.isEmpty() && frame != null && frame[0] != null) {
          froms.add(frame[0]);
        }
      }
      List<Found> out = new ArrayList<>();
      for (String from : froms.isEmpty() ? java.util.Collections.<String>singletonList(null) : froms) {
        from = from != null && from.equals(to) ? null : from;
        if (from != null || to != null) {
          out.add(found(p, from, to, date(v, k)));
        }
      }
      if (word.kind() == MoveWords.Kind.LEAVE && froms.get(0) != null) {
        String earlier = formerEmployer(p, froms.get(0));
        if (earlier != null) {
          out.add(found(p, earlier, froms.get(0), null));
        }
      }
      return out;
    }

    /**
     * Whether a mover joins alongside someone named before: "أيضًا" (too) after the name, or a word
     * such as "زميله" (his colleague) before it.
     */
    private boolean alongside(Gazetteer.Match p) {
      int after = p.last() + 1;
      int before = around.titleStart(p) - 1;
      return after < t.size() && around.in(lex.moves().alongside(), t.get(after).norm())
          || before >= 0 && around.in(lex.moves().alongside(), t.get(before).norm());
    }

    /**
     * The company last reported hiring, for a hiring verb with no subject named; none when the
     * sentence names it as the one left ("استقطبت [شركة لم تُذكر] الباحث … من جوجل").
     */
    private String hirer() {
      String hiring = d.hiring();
      return hiring != null && hiring.equals(ends.marked(Around.Direction.FROM, 0, t.size())) ? null : hiring;
    }

    /**
     * The person right after the verb's "إلى" ("وينضم إلى سليمان في الوحدة الجديدة أ، …"): the mover
     * goes where that person was said to go, not to an organisation of the mover's description; or null.
     */
    Gazetteer.Match joinsPerson() {
      Gazetteer.Match p = k + 2 < t.size() && lex.moves().to().contains(t.get(k + 1).norm()) ? around.spans()[k + 2] : null;
      return p != null && p.first() == k + 2 && p.mention().kind() == EntityKind.PERSON ? p : null;
    }

    /** Whether the trigger is followed by "إليه" or "إليها" (to him, to it). */
    boolean pronoun() {
      return k + 1 < t.size() && (t.get(k + 1).norm().startsWith("اليه") || t.get(k + 1).norm().equals("اليها"));
    }

    /** Where a mover comes from, in order of evidence; several when the description lists them. */
    private List<String> from(List<Gazetteer.Match> movers, int i, int[] span, List<int[]> others, int[] clause, String to) {
      Gazetteer.Match p = movers.get(i);
      boolean declined = word.kind() == MoveWords.Kind.DECLINE;
      String one = declined ? null : ends.current(movers, i);
      one = one != null || declined ? one : list.bracketed(p, to);
      one = one != null || declined ? one : list.collective(movers, to, t.size());
      List<String> listed = one != null || declined ? List.of() : ends.appositions(p, to, clause[1]);
      if (listed.size() > 1) {
        return listed;
      }
      one = one != null ? one : ends.possessor(p, to, d.previousOrganisations(), d.topic());
      one = one != null ? one : ends.marked(Around.Direction.FROM, span[0], span[1]);
      one = one != null || !word.purpose() || listed.isEmpty() ? one : listed.get(0);
      one = one != null ? one : ends.markedOutside(others, new int[] {clause[0], Math.min(clause[1], around.nextPerson(movers.get(movers.size() - 1)))});
      one = one != null ? one : list.afterList(movers, to, clause[1]);
      one = one != null || declined ? one : or(ends.described(p, roles, to), list.cofounded(movers, i, roles, to, ends, d.topic()));
      one = one != null || listed.isEmpty() ? one : listed.get(0);
      return one == null ? List.of() : List.of(one);
    }

    /**
     * For someone who left {@code left}: the organisation of a former title in the sentence
     * ("النائب السابق … في Scale AI، غادر ميتا"), which the person had left for it.
     */
    private String formerEmployer(Gazetteer.Match p, String left) {
      for (RoleFinder.Found r : roles) {
        if (r.person().equals(p.mention().id()) && r.org() != null && !r.org().equals(left) && r.former()) {
          return r.org();
        }
      }
      return null;
    }

    private Found found(Gazetteer.Match p, String from, String to, DateValue date) {
      int start = Math.min(p.mention().start(), t.get(k).start());
      int end = Math.max(p.mention().end(), t.get(k).end());
      for (String id : new String[] {from, to}) {
        Gazetteer.Match o = ends.nearest(id);
        if (o != null) {
          start = Math.min(start, o.mention().start());
          end = Math.max(end, o.mention().end());
        }
      }
      if (date != null) {
        start = Math.min(start, date.start());
        end = Math.max(end, date.end());
      }
      return new Found(p.mention().id(), from, to, date, MoveTense.status(lex, around, t, k, word), v.source(start, end));
    }
  }
}
