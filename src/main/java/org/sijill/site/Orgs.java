package org.sijill.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sijill.facts.Company;
import org.sijill.facts.FactBase;

/**
 * Companies as trees: a lab's {@code parent} is the company it belongs to. A company's group is the
 * company and every lab below it, so that a move to Meta Superintelligence Labs counts as joining
 * Meta. A parent chain that loops, or leads to an unknown id, stops there.
 */
final class Orgs {
  private final Map<String, String> parents = new TreeMap<>();
  private final Map<String, List<String>> children = new TreeMap<>();

  Orgs(FactBase facts) {
    for (Company company : facts.companies().values()) {
      String parent = company.parent();
      if (parent != null && facts.companies().containsKey(parent) && !parent.equals(company.id())) {
        parents.put(company.id(), parent);
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(company.id());
      }
    }
  }

  /** The company at the top of {@code id}'s tree ({@code id} itself when it has no parent). */
  String top(String id) {
    Set<String> seen = new TreeSet<>();
    String at = id;
    while (parents.containsKey(at) && seen.add(at)) {
      at = parents.get(at);
    }
    return at;
  }

  /** {@code id} and every company below it, sorted. */
  Set<String> group(String id) {
    Set<String> group = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(id));
    while (!todo.isEmpty()) {
      String at = todo.remove(todo.size() - 1);
      if (group.add(at)) {
        todo.addAll(children.getOrDefault(at, List.of()));
      }
    }
    return group;
  }

  /** The companies directly below {@code id}. */
  List<String> children(String id) {
    return children.getOrDefault(id, List.of());
  }
}
