package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.Deal;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;
import org.sijill.facts.FactBase;
import org.sijill.facts.Money;
import org.sijill.facts.Move;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Review;
import org.sijill.facts.Role;

/** Careers and talent flows over a small fact base: labs count with their company. */
class TalentTest {
  static Move move(String from, String to, String date, MoveStatus status) {
    return new Move(from, to, date, null, status, List.of());
  }

  static Person person(String id, List<Role> roles, Move... moves) {
    return new Person(id, Bilingual.of(id, null), List.of(), null, roles, List.of(moves), Review.REVIEWED);
  }

  static Company company(String id, String parent) {
    return new Company(id, Bilingual.of(id, null), List.of(), parent == null ? CompanyKind.COMPANY
        : CompanyKind.LAB, parent, null, List.of(), Review.REVIEWED);
  }

  static final FactBase FACTS = facts();

  static FactBase facts() {
    TreeMap<String, Person> people = new TreeMap<>();
    for (Person p :
        List.of(
            person("a", List.of(),
                move("openai", "meta", "2025-06", MoveStatus.COMPLETED),
                move("meta", "xai", null, MoveStatus.COMPLETED)),
            person("b", List.of(), move("openai", "msl", "2025-07", MoveStatus.COMPLETED)),
            person("c", List.of(), move("meta", "xai", "2025-04", MoveStatus.COMPLETED)),
            person("d", List.of(new Role(Bilingual.of("Engineer", null), "google", List.of())),
                move(null, "meta", null, MoveStatus.DECLINED)),
            person("e", List.of(), move("scale-ai", "meta", "2025", MoveStatus.COMPLETED)))) {
      people.put(p.id(), p);
    }
    TreeMap<String, Company> companies = new TreeMap<>();
    for (Company c :
        List.of(company("meta", null), company("msl", "meta"), company("openai", null),
            company("xai", null), company("google", null), company("scale-ai", null))) {
      companies.put(c.id(), c);
    }
    Deal deal =
        new Deal("meta-scale", DealType.INVESTMENT, Bilingual.of("Meta invests in Scale AI", null),
            List.of(new Party("meta", null, "investor"), new Party("scale-ai", null, "investee")),
            new Money(new BigDecimal("14300000000"), "USD"), null, "2025-06", null,
            DealStatus.COMPLETED, List.of(), Review.REVIEWED);
    return new FactBase(null, people, companies, new TreeMap<>(Map.of(deal.id(), deal)), new TreeMap<>());
  }

  static List<String> ids(List<SiteData.PersonMove> moves) {
    return moves.stream().map(pm -> pm.person().id() + "#" + pm.number()).toList();
  }

  final Orgs orgs = new Orgs(FACTS);
  final Flows flows = new Flows(FACTS, orgs);
  final Careers careers = new Careers(FACTS, orgs);

  @Test
  void aLabBelongsToItsCompanysGroup() {
    assertEquals("meta", orgs.top("msl"));
    assertEquals(java.util.Set.of("meta", "msl"), orgs.group("meta"));
    assertEquals(java.util.Set.of("msl"), orgs.group("msl"));
  }

  @Test
  void joiningALabIsJoiningItsCompanyLatestFirst() {
    assertEquals(List.of("b#1", "a#1", "e#1", "d#1"), ids(flows.joined("meta")));
    assertEquals(List.of("c#1", "a#2"), ids(flows.left("meta")));
    assertEquals(1, flows.net("meta"));
  }

  @Test
  void flowsAreCompletedMovesBetweenGroupsLargestFirst() {
    assertEquals(
        List.of("meta>xai [c#1, a#2]", "openai>meta [a#1]", "openai>msl [b#1]", "scale-ai>meta [e#1]"),
        flows.all().stream().map(f -> f.from() + ">" + f.to() + " " + ids(f.moves())).toList());
  }

  @Test
  void exchangesCountPeopleInAndOutByOrganisation() {
    assertEquals(
        List.of("openai +2 -0", "xai +0 -2", "scale-ai +1 -0"),
        flows.exchanges("meta").stream()
            .map(e -> e.other() + " +" + e.in().size() + " -" + e.out().size())
            .toList());
  }

  @Test
  void aPersonIsWhereTheirLatestMoveLedOrAtTheirRolesOrganisation() {
    assertEquals("xai", careers.current(FACTS.people().get("a")));
    assertEquals(List.of("openai", "meta"), careers.previous(FACTS.people().get("a")));
    assertEquals("google", careers.current(FACTS.people().get("d")));
    assertEquals(List.of(), careers.previous(FACTS.people().get("d")));
  }

  @Test
  void peopleWhoMadeTheSameMoveCountLabsWithTheirCompany() {
    assertEquals(List.of("b#1", "c#1"), ids(careers.movedWith(FACTS.people().get("a"))));
    assertEquals(List.of("a#1"), ids(careers.movedWith(FACTS.people().get("b"))));
  }

  @Test
  void aDealBringsAlongTheMovesBetweenItsParties() {
    assertEquals(List.of("e#1"), ids(flows.brought(FACTS.deals().get("meta-scale"))));
  }

  @Test
  void anUndatedMoveKeepsItsPlaceAfterTheDatedMovesBeforeIt() {
    assertEquals(List.of("a#1", "a#2"), ids(Careers.timeline(FACTS.people().get("a"))));
  }
}
