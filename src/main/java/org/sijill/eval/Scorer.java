package org.sijill.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sijill.extract.Extraction;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.Deal;
import org.sijill.facts.Money;
import org.sijill.facts.Move;
import org.sijill.facts.Party;
import org.sijill.facts.Person;

/**
 * Scores what extraction proposes from one article against its gold annotation. People and
 * organisations (those the article record lists as mentioned; products are no organisations) are
 * paired with gold entities by {@link Alignment}. A move is correct when its person, the
 * organisation left and the one joined are the gold's (an end the gold leaves open must be open);
 * a deal when its type is one the gold accepts, its parties are the gold's and its amount is the
 * gold's (or both have none).
 */
public final class Scorer {
  /** Scores {@code x} against {@code gold}. */
  public ArticleScore score(GoldArticle gold, Extraction x) {
    Set<String> mentionedPeople = new HashSet<>(x.article().mentions().people());
    Set<String> mentionedOrgs = new HashSet<>(x.article().mentions().companies());
    List<Person> people = x.people().stream().filter(p -> mentionedPeople.contains(p.id())).toList();
    List<Company> orgs =
        x.companies().stream().filter(c -> mentionedOrgs.contains(c.id()) && c.kind() != CompanyKind.PRODUCT).toList();
    List<Alignment.Proposed> ps = people.stream().map(p -> proposed(p.id(), p.name().en(), p.name().ar(), p.aliases())).toList();
    List<Alignment.Proposed> os = orgs.stream().map(c -> proposed(c.id(), c.name().en(), c.name().ar(), c.aliases())).toList();
    Map<String, String> personMap = Alignment.align(ps, gold.people());
    Map<String, String> orgMap = Alignment.align(os, gold.organisations());
    Map<String, String> ids = new HashMap<>(personMap);
    ids.putAll(orgMap);

    Map<Category, Tally> tallies = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    Map<String, Agreement> details = new TreeMap<>();
    tallies.put(Category.PEOPLE, entities(Category.PEOPLE, ps, gold.people(), personMap, findings));
    tallies.put(Category.ORGANISATIONS, entities(Category.ORGANISATIONS, os, gold.organisations(), orgMap, findings));
    Agreement kinds = Agreement.ZERO;
    for (Company c : orgs) {
      GoldEntity g = find(gold.organisations(), orgMap.get(c.id()));
      if (g != null) {
        kinds = kinds.add(g.kind() == c.kind());
      }
    }
    details.put("organisation kinds", kinds);
    tallies.put(Category.MOVES, moves(gold, people, ids, findings, details));
    tallies.put(Category.DEALS, deals(gold, x.deals(), ids, findings, details));
    return new ArticleScore(gold.id(), tallies, findings, details);
  }

  private static Alignment.Proposed proposed(String id, String en, String ar, List<String> aliases) {
    List<String> spellings = new ArrayList<>(aliases);
    spellings.add(en);
    spellings.add(ar);
    return new Alignment.Proposed(id, spellings.stream().filter(Objects::nonNull).toList());
  }

  private static Tally entities(
      Category c, List<Alignment.Proposed> proposed, List<GoldEntity> gold, Map<String, String> map, List<Finding> out) {
    Set<String> matched = new HashSet<>(map.values());
    for (GoldEntity g : gold) {
      if (!matched.contains(g.id())) {
        out.add(new Finding(c, true, g.id() + ": " + String.join(", ", g.names())));
      }
    }
    for (Alignment.Proposed p : proposed) {
      if (!map.containsKey(p.id())) {
        out.add(new Finding(c, false, p.id() + ": " + String.join(", ", new TreeSet<>(p.spellings()))));
      }
    }
    return new Tally(gold.size(), proposed.size(), map.size());
  }

  /** A proposed move with its ends as gold ids ("?id" for an organisation the gold does not have). */
  private record MoveSeen(String person, String from, String to, Move move) {}

  private static Tally moves(GoldArticle gold, List<Person> people, Map<String, String> ids, List<Finding> out, Map<String, Agreement> details) {
    List<MoveSeen> seen = new ArrayList<>();
    for (Person p : people) {
      for (Move m : p.moves()) {
        seen.add(new MoveSeen(as(ids, p.id()), as(ids, m.from()), as(ids, m.to()), m));
      }
    }
    boolean[] used = new boolean[seen.size()];
    Agreement status = Agreement.ZERO;
    int correct = 0;
    for (GoldMove g : gold.moves()) {
      int hit = -1;
      for (int i = 0; i < seen.size() && hit < 0; i++) {
        MoveSeen s = seen.get(i);
        if (!used[i] && g.person().equals(s.person()) && end(g.from(), s.from()) && end(g.to(), s.to())) {
          hit = i;
        }
      }
      if (hit < 0) {
        out.add(new Finding(Category.MOVES, true, g.person() + ": " + ends(g.from()) + " > " + ends(g.to()) + " (" + yaml(g.status()) + ")"));
      } else {
        used[hit] = true;
        correct++;
        status = status.add(g.status() == seen.get(hit).move().status());
      }
    }
    for (int i = 0; i < seen.size(); i++) {
      if (!used[i]) {
        MoveSeen s = seen.get(i);
        out.add(new Finding(Category.MOVES, false, s.person() + ": " + orNone(s.from()) + " > " + orNone(s.to()) + " (" + s.move().status().yaml() + ")"));
      }
    }
    details.put("move statuses", status);
    return new Tally(gold.moves().size(), seen.size(), correct);
  }

  private static Tally deals(GoldArticle gold, List<Deal> deals, Map<String, String> ids, List<Finding> out, Map<String, Agreement> details) {
    boolean[] used = new boolean[deals.size()];
    Agreement status = Agreement.ZERO;
    Agreement roles = Agreement.ZERO;
    int correct = 0;
    for (GoldDeal g : gold.deals()) {
      int hit = -1;
      for (int i = 0; i < deals.size() && hit < 0; i++) {
        Deal d = deals.get(i);
        if (!used[i] && d.type() != null && g.types().contains(d.type()) && parties(d, ids).keySet().equals(g.parties().keySet()) && sameAmount(g.amount(), d.amount())) {
          hit = i;
        }
      }
      if (hit < 0) {
        out.add(new Finding(Category.DEALS, true, describe(g.type().yaml(), g.parties(), g.amount())));
      } else {
        used[hit] = true;
        correct++;
        Deal d = deals.get(hit);
        status = status.add(g.status() == d.status());
        if (d.type() == g.type()) {
          roles = roles.add(parties(d, ids).equals(g.parties()));
        }
      }
    }
    for (int i = 0; i < deals.size(); i++) {
      if (!used[i]) {
        Deal d = deals.get(i);
        out.add(new Finding(Category.DEALS, false, describe(d.type().yaml(), parties(d, ids), d.amount())));
      }
    }
    details.put("deal statuses", status);
    details.put("deal roles", roles);
    return new Tally(gold.deals().size(), deals.size(), correct);
  }

  private static Map<String, String> parties(Deal d, Map<String, String> ids) {
    Map<String, String> out = new TreeMap<>();
    for (Party p : d.parties()) {
      out.put(as(ids, p.entity()), p.role());
    }
    return out;
  }

  private static String describe(String type, Map<String, String> parties, Money amount) {
    List<String> ps = new ArrayList<>();
    new TreeMap<>(parties).forEach((id, role) -> ps.add(id + " (" + role + ")"));
    return type + ": " + String.join(", ", ps) + (amount == null ? "" : ", " + amount.value().toPlainString() + " " + amount.currency());
  }

  private static boolean sameAmount(Money a, Money b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.currency().equals(b.currency()) && a.value().compareTo(b.value()) == 0;
  }

  private static boolean end(Set<String> gold, String seen) {
    return gold.isEmpty() ? seen == null : seen != null && gold.contains(seen);
  }

  private static String as(Map<String, String> ids, String id) {
    return id == null ? null : ids.getOrDefault(id, "?" + id);
  }

  private static GoldEntity find(List<GoldEntity> list, String id) {
    return id == null ? null : list.stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
  }

  private static String ends(Set<String> ids) {
    return ids.isEmpty() ? "-" : String.join("|", new TreeSet<>(ids));
  }

  private static String orNone(String s) {
    return s == null ? "-" : s;
  }

  private static String yaml(org.sijill.facts.MoveStatus s) {
    return s == null ? "-" : s.yaml();
  }
}
