package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sijill.facts.FactBase;
import org.sijill.facts.Move;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Person;
import org.sijill.facts.Role;

/**
 * Where people work, as their moves say: the organisation a person is at now (where their latest
 * completed move led), where they were before, and who else made the same move.
 */
final class Careers {
  private final Orgs orgs;
  private final Reads reads;
  /** Every completed move by its route ({@link #route}), numbered in people order, then time order. */
  private final Map<String, List<Numbered>> byRoute = new HashMap<>();

  /** A completed move and its place among everyone's completed moves. */
  private record Numbered(int place, SiteData.PersonMove move) {}

  Careers(FactBase facts, Orgs orgs) {
    this(facts, orgs, new Reads());
  }

  Careers(FactBase facts, Orgs orgs, Reads reads) {
    this.orgs = orgs;
    this.reads = reads;
    int place = 0;
    for (Person person : facts.people().values()) {
      for (SiteData.PersonMove pm : completed(person)) {
        String route = route(pm.move());
        if (route != null) {
          byRoute.computeIfAbsent(route, k -> new ArrayList<>()).add(new Numbered(place, pm));
        }
        place++;
      }
    }
  }

  /**
   * The person's moves in time order: dated moves by date, an undated move where it is in the file
   * (editors list moves oldest first) after the dated moves before it.
   */
  static List<SiteData.PersonMove> timeline(Person person) {
    List<SiteData.PersonMove> moves = new ArrayList<>();
    for (int i = 0; i < person.moves().size(); i++) {
      moves.add(new SiteData.PersonMove(person, i + 1, person.moves().get(i)));
    }
    return moves.stream().sorted(Comparator.comparing(Careers::sortKey)).toList();
  }

  /** The person's completed moves in time order. */
  static List<SiteData.PersonMove> completed(Person person) {
    return timeline(person).stream()
        .filter(pm -> pm.move().status() == null || pm.move().status() == MoveStatus.COMPLETED)
        .toList();
  }

  private static String sortKey(SiteData.PersonMove pm) {
    String date = pm.move().date();
    if (Formats.isDate(date)) {
      return date + String.format(java.util.Locale.ROOT, "#%04d", pm.number());
    }
    // an undated move keeps its file position relative to the dated moves before it
    String before = "";
    List<Move> moves = pm.person().moves();
    for (int i = 0; i < pm.number() - 1; i++) {
      String d = moves.get(i).date();
      if (Formats.isDate(d) && d.compareTo(before) > 0) {
        before = d;
      }
    }
    return before + "~" + String.format(java.util.Locale.ROOT, "#%04d", pm.number());
  }

  /**
   * The organisation the person is at now: where the latest completed move led, or, with no move,
   * the organisation of their first role; null when neither says.
   */
  String current(Person person) {
    reads.note("career/" + person.id());
    List<SiteData.PersonMove> moves = completed(person);
    if (!moves.isEmpty()) {
      return moves.get(moves.size() - 1).move().to();
    }
    return person.roles().stream().map(Role::org).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** Organisations the person has left, oldest first, without the current one. */
  List<String> previous(Person person) {
    reads.note("career/" + person.id());
    Set<String> previous = new LinkedHashSet<>();
    for (SiteData.PersonMove pm : completed(person)) {
      if (pm.move().from() != null) {
        previous.add(pm.move().from());
      }
    }
    previous.remove(current(person));
    return List.copyOf(previous);
  }

  /**
   * Other people's completed moves between the same two organisations (labs counted with their
   * company) as one of this person's completed moves, by person id.
   */
  List<SiteData.PersonMove> movedWith(Person person) {
    reads.note("moved-with/" + person.id());
    Set<String> routes = new LinkedHashSet<>();
    for (SiteData.PersonMove pm : completed(person)) {
      String route = route(pm.move());
      if (route != null) {
        routes.add(route);
      }
    }
    // everyone's moves in people order, as a scan of all people would list them
    List<Numbered> others = new ArrayList<>();
    for (String route : routes) {
      for (Numbered n : byRoute.getOrDefault(route, List.of())) {
        if (!n.move().person().id().equals(person.id())) {
          others.add(n);
        }
      }
    }
    others.sort(Comparator.comparingInt(Numbered::place));
    return others.stream().map(Numbered::move).collect(java.util.stream.Collectors.toList());
  }

  private String route(Move move) {
    if (move.from() == null || move.to() == null) {
      return null;
    }
    String from = orgs.top(move.from());
    String to = orgs.top(move.to());
    return from.equals(to) ? null : from + ">" + to;
  }
}
