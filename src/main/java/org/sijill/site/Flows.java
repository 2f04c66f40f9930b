package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Party;
import org.sijill.facts.Person;

/**
 * Talent flow: who moved from which organisation to which. A company counts with its labs (see
 * {@link Orgs#group}); a move inside one group is not a flow. Only completed moves count in flows
 * and net figures; the joined and left lists also show expected and declined moves.
 */
final class Flows {
  /** The completed moves from {@code from} to {@code to}. */
  record Flow(String from, String to, List<SiteData.PersonMove> moves) {
    Flow {
      moves = List.copyOf(moves);
    }
  }

  /** A company's completed exchanges with one other organisation: who came in, who went out. */
  record Exchange(String other, List<SiteData.PersonMove> in, List<SiteData.PersonMove> out) {
    Exchange {
      in = List.copyOf(in);
      out = List.copyOf(out);
    }
  }

  /** Latest first; a move without a date after every dated one; then by person and number. */
  static final Comparator<SiteData.PersonMove> LATEST_FIRST =
      Comparator.comparing(
              (SiteData.PersonMove pm) -> pm.move().date(),
              Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(pm -> pm.person().id())
          .thenComparingInt(SiteData.PersonMove::number);

  private final Orgs orgs;
  private final Reads reads;
  private final List<SiteData.PersonMove> moves = new ArrayList<>();
  private final Map<String, List<SiteData.PersonMove>> byFrom = new HashMap<>();

  Flows(FactBase facts, Orgs orgs) {
    this(facts, orgs, new Reads());
  }

  Flows(FactBase facts, Orgs orgs, Reads reads) {
    this.orgs = orgs;
    this.reads = reads;
    for (Person person : facts.people().values()) {
      for (int i = 0; i < person.moves().size(); i++) {
        SiteData.PersonMove pm = new SiteData.PersonMove(person, i + 1, person.moves().get(i));
        moves.add(pm);
        if (pm.move().from() != null) {
          byFrom.computeIfAbsent(pm.move().from(), k -> new ArrayList<>()).add(pm);
        }
      }
    }
  }

  private static boolean completed(SiteData.PersonMove pm) {
    return pm.move().status() == null || pm.move().status() == MoveStatus.COMPLETED;
  }

  /** Every person's moves, in the order of the people's ids, then by number. */
  List<SiteData.PersonMove> moves() {
    reads.note("moves");
    return java.util.Collections.unmodifiableList(moves);
  }

  /** Every flow between two organisations of different groups, largest first. */
  List<Flow> all() {
    reads.note("flows");
    Map<String, List<SiteData.PersonMove>> byRoute = new TreeMap<>();
    for (SiteData.PersonMove pm : moves) {
      String from = pm.move().from();
      String to = pm.move().to();
      if (completed(pm) && from != null && to != null && !orgs.top(from).equals(orgs.top(to))) {
        byRoute.computeIfAbsent(from + "\u0000" + to, k -> new ArrayList<>()).add(pm);
      }
    }
    List<Flow> flows = new ArrayList<>();
    byRoute.forEach(
        (route, list) -> {
          String[] ends = route.split("\u0000");
          flows.add(new Flow(ends[0], ends[1], list.stream().sorted(LATEST_FIRST).toList()));
        });
    flows.sort(
        Comparator.comparingInt((Flow f) -> -f.moves().size())
            .thenComparing(Flow::from)
            .thenComparing(Flow::to));
    return flows;
  }

  /** Moves into the company's group from outside it (or from an unknown place), latest first. */
  List<SiteData.PersonMove> joined(String company) {
    reads.note("joined/" + company);
    Set<String> group = orgs.group(company);
    return moves.stream()
        .filter(pm -> pm.move().to() != null && group.contains(pm.move().to()))
        .filter(pm -> pm.move().from() == null || !group.contains(pm.move().from()))
        .sorted(LATEST_FIRST)
        .toList();
  }

  /** Moves out of the company's group (to elsewhere or to an unknown place), latest first. */
  List<SiteData.PersonMove> left(String company) {
    reads.note("left/" + company);
    Set<String> group = orgs.group(company);
    return moves.stream()
        .filter(pm -> pm.move().from() != null && group.contains(pm.move().from()))
        .filter(pm -> pm.move().to() == null || !group.contains(pm.move().to()))
        .sorted(LATEST_FIRST)
        .toList();
  }

  /**
   * The people a deal brought along: moves, completed or expected, from one party's group to
   * another party's group, latest first.
   */
  List<SiteData.PersonMove> brought(Deal deal) {
    reads.note("brought/" + deal.id());
    List<Set<String>> groups = new ArrayList<>();
    // only moves from a party's group can qualify; LATEST_FIRST orders them whatever their order.
    // Each move is one object, so they are told apart by identity: a record's hash would walk the
    // whole person
    Set<SiteData.PersonMove> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<SiteData.PersonMove> candidates = new ArrayList<>();
    for (Party party : deal.parties()) {
      if (party.company() != null) {
        Set<String> group = orgs.group(party.company());
        groups.add(group);
        for (String org : group) {
          for (SiteData.PersonMove pm : byFrom.getOrDefault(org, List.of())) {
            if (seen.add(pm)) {
              candidates.add(pm);
            }
          }
        }
      }
    }
    return candidates.stream()
        .filter(pm -> pm.move().status() != MoveStatus.DECLINED)
        .filter(pm -> pm.move().from() != null && pm.move().to() != null)
        .filter(
            pm ->
                groups.stream()
                    .anyMatch(
                        a ->
                            a.contains(pm.move().from())
                                && groups.stream()
                                    .anyMatch(b -> b != a && b.contains(pm.move().to()))))
        .sorted(LATEST_FIRST)
        .toList();
  }

  /** Completed moves in minus completed moves out of the company's group. */
  int net(String company) {
    reads.note("joined/" + company);
    reads.note("left/" + company);
    return (int) (joined(company).stream().filter(Flows::completed).count()
        - left(company).stream().filter(Flows::completed).count());
  }

  /** The company's completed exchanges with each known organisation, busiest first, then by id. */
  List<Exchange> exchanges(String company) {
    reads.note("exchanges/" + company);
    Map<String, List<SiteData.PersonMove>> in = new TreeMap<>();
    Map<String, List<SiteData.PersonMove>> out = new TreeMap<>();
    for (SiteData.PersonMove pm : joined(company)) {
      if (completed(pm) && pm.move().from() != null) {
        in.computeIfAbsent(pm.move().from(), k -> new ArrayList<>()).add(pm);
      }
    }
    for (SiteData.PersonMove pm : left(company)) {
      if (completed(pm) && pm.move().to() != null) {
        out.computeIfAbsent(pm.move().to(), k -> new ArrayList<>()).add(pm);
      }
    }
    TreeMap<String, Exchange> all = new TreeMap<>();
    for (String other : in.keySet()) {
      all.put(other, new Exchange(other, in.get(other), out.getOrDefault(other, List.of())));
    }
    for (String other : out.keySet()) {
      all.putIfAbsent(other, new Exchange(other, List.of(), out.get(other)));
    }
    List<Exchange> list = new ArrayList<>(all.values());
    list.sort(
        Comparator.comparingInt((Exchange e) -> -(e.in().size() + e.out().size()))
            .thenComparing(Exchange::other));
    return list;
  }
}
