package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sijill.diag.Diagnostic;
import org.sijill.validate.SchemaCheck;

class AddedValuesTest {
  private static final SchemaCheck SCHEMAS = SchemaCheck.load(Path.of("content/schema"));
  private static final String A0 = Samples.A0;
  private static final Source GOOD = new Source(A0, 3, "مساهم رئيسي");
  private static final Bilingual TITLE = Bilingual.of("Researcher", "باحث");

  private static Role role(Bilingual title, String org, Source... sources) {
    return new Role(title, org, List.of(sources));
  }

  private static Move move(String from, String date, String dateText, MoveStatus status) {
    return new Move(from, "meta", date, dateText, status, List.of(GOOD));
  }

  @Test
  void usesThePatternsAndRolesOfTheShippedSchemas() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String kind : List.of("person", "company", "deal", "article")) {
      JsonNode definitions =
          json.readTree(Path.of("content/schema/" + kind + ".schema.json").toFile()).path("definitions");
      assertEquals(AddedValues.SLUG.pattern(), definitions.path("slug").path("pattern").asText(), kind);
      assertEquals(
          AddedValues.ARTICLE.pattern(), definitions.path("articleId").path("pattern").asText(), kind);
      assertEquals(AddedValues.DATE.pattern(), definitions.path("date").path("pattern").asText(), kind);
    }
    Set<String> roles = new TreeSet<>();
    json.readTree(Path.of("content/schema/deal.schema.json").toFile())
        .findValues("enum")
        .stream()
        .filter(e -> e.toString().contains("acquirer"))
        .findFirst()
        .orElseThrow()
        .forEach(r -> roles.add(r.asText()));
    assertEquals(roles, new TreeSet<>(AddedValues.PARTY_ROLES));
  }

  /** Additions to a person's file, by what they try. */
  private static Map<String, Person> people() {
    Map<String, Person> cases = new LinkedHashMap<>();
    cases.put(
        "good role", person(List.of("Bansal"), List.of(role(TITLE, "openai", GOOD)), List.of()));
    cases.put("empty alias", person(List.of(""), List.of(), List.of()));
    cases.put("role without title", withRole(role(null, "openai", GOOD)));
    cases.put("role with an empty title", withRole(role(Bilingual.of("", "باحث"), null, GOOD)));
    cases.put("role with neither language", withRole(role(new Bilingual(null, null), null, GOOD)));
    cases.put("org not an id", withRole(role(TITLE, "Open AI", GOOD)));
    cases.put("org ending in a newline", withRole(role(TITLE, "openai\n")));
    cases.put(
        "source of another article id", withRole(role(TITLE, null, new Source("A-0", 1, "x"))));
    cases.put("source of sentence 0", withRole(role(TITLE, null, new Source(A0, 0, "x"))));
    cases.put("source with an empty quote", withRole(role(TITLE, null, new Source(A0, 2, ""))));
    cases.put("source without a quote", withRole(role(TITLE, null, new Source(A0, 2, null))));
    cases.put(
        "good move", withMove(move("openai", "2025-06", "في يونيو", MoveStatus.EXPECTED)));
    cases.put("move dated 2025-6", withMove(move(null, "2025-6", null, MoveStatus.COMPLETED)));
    cases.put("move dated null", withMove(move(null, "null", null, MoveStatus.COMPLETED)));
    cases.put("move with an empty date text", withMove(move(null, null, "", MoveStatus.COMPLETED)));
    cases.put("move without status", withMove(move(null, null, null, null)));
    cases.put("move from no id", withMove(move("-openai", null, null, MoveStatus.DECLINED)));
    return cases;
  }

  private static Person withRole(Role role) {
    return person(List.of(), List.of(role), List.of());
  }

  private static Person withMove(Move move) {
    return person(List.of(), List.of(), List.of(move));
  }

  private static Person person(List<String> aliases, List<Role> roles, List<Move> moves) {
    Person p = Samples.bansal();
    return new Person(p.id(), p.name(), aliases, null, roles, moves, p.review());
  }

  private static Map<String, Company> companies() {
    Map<String, Company> cases = new LinkedHashMap<>();
    BigDecimal big = new BigDecimal("1.43E+10");
    List<Source> bad = List.of(new Source(A0, -1, "x"));
    cases.put("good fact", company(new CompanyFact(TITLE, big, "2025", List.of(GOOD))));
    cases.put("fact without text", company(new CompanyFact(null, null, null, List.of(GOOD))));
    cases.put("fact with an empty text", company(fact(Bilingual.of("x", ""), null, List.of())));
    cases.put("fact dated 25", company(fact(TITLE, "25", List.of())));
    cases.put("fact with a bad source", company(fact(TITLE, null, bad)));
    return cases;
  }

  private static CompanyFact fact(Bilingual text, String date, List<Source> sources) {
    return new CompanyFact(text, null, date, sources);
  }

  private static Company company(CompanyFact fact) {
    Company c = Samples.msl();
    return new Company(
        c.id(), c.name(), List.of(), c.kind(), c.parent(), null, List.of(fact), c.review());
  }

  private static Map<String, Deal> deals() {
    Map<String, Deal> cases = new LinkedHashMap<>();
    cases.put("good party", deal(new Party(null, "alexandr-wang", "acquirer"), GOOD));
    cases.put("party with a role not in the list", deal(new Party("meta", null, "buyer"), GOOD));
    cases.put("party without role", deal(new Party("meta", null, null), GOOD));
    cases.put(
        "party with a company and a person",
        deal(new Party("meta", "alexandr-wang", "target"), GOOD));
    cases.put("party with neither", deal(new Party(null, null, "target"), GOOD));
    cases.put("party not an id", deal(new Party("Meta", null, "target"), GOOD));
    cases.put(
        "deal source with an empty quote",
        deal(new Party("meta", null, "other"), new Source(A0, 9, "")));
    return cases;
  }

  private static Deal deal(Party party, Source source) {
    Deal d = Samples.scale();
    return new Deal(
        d.id(),
        d.type(),
        d.title(),
        List.of(party),
        d.amount(),
        d.stakePercent(),
        d.date(),
        d.dateText(),
        d.status(),
        List.of(source),
        d.review());
  }

  /** "case: rejected" or "case: accepted", by the schema reading the record's file as written. */
  private static String bySchema(String name, FileKind kind, String text) throws Exception {
    YamlDocument document = YamlDocument.parse(kind.path("x"), text);
    return name + ": " + (SCHEMAS.check(kind, document).isEmpty() ? "accepted" : "rejected");
  }

  private static String typed(String name, List<Diagnostic> problems) {
    return name + ": " + (problems.isEmpty() ? "accepted" : "rejected");
  }

  @Test
  void rejectsExactlyTheAdditionsTheSchemaRejects() throws Exception {
    List<String> schema = new ArrayList<>();
    List<String> typed = new ArrayList<>();
    for (Map.Entry<String, Person> c : people().entrySet()) {
      Person p = c.getValue();
      schema.add(bySchema(c.getKey(), FileKind.PERSON, FactWriter.write(p)));
      typed.add(typed(c.getKey(), AddedValues.person("p", p.aliases(), p.roles(), p.moves())));
    }
    for (Map.Entry<String, Company> c : companies().entrySet()) {
      Company co = c.getValue();
      schema.add(bySchema(c.getKey(), FileKind.COMPANY, FactWriter.write(co)));
      typed.add(typed(c.getKey(), AddedValues.company("c", co.aliases(), co.facts())));
    }
    for (Map.Entry<String, Deal> c : deals().entrySet()) {
      Deal d = c.getValue();
      schema.add(bySchema(c.getKey(), FileKind.DEAL, FactWriter.write(d)));
      typed.add(typed(c.getKey(), AddedValues.deal("d", d.parties(), d.sources())));
    }
    assertEquals(schema, typed);
    assertEquals(
        List.of(
            "good role: accepted",
            "empty alias: rejected",
            "role without title: rejected",
            "role with an empty title: rejected",
            "role with neither language: rejected",
            "org not an id: rejected",
            "org ending in a newline: accepted",
            "source of another article id: rejected",
            "source of sentence 0: rejected",
            "source with an empty quote: rejected",
            "source without a quote: rejected",
            "good move: accepted",
            "move dated 2025-6: rejected",
            "move dated null: rejected",
            "move with an empty date text: rejected",
            "move without status: rejected",
            "move from no id: rejected",
            "good fact: accepted",
            "fact without text: rejected",
            "fact with an empty text: rejected",
            "fact dated 25: rejected",
            "fact with a bad source: rejected",
            "good party: accepted",
            "party with a role not in the list: rejected",
            "party without role: rejected",
            "party with a company and a person: rejected",
            "party with neither: rejected",
            "party not an id: rejected",
            "deal source with an empty quote: rejected"),
        typed);
  }

  @Test
  void namesTheRejectedAddition() {
    assertEquals(
        List.of(
            "content/people/trapit-bansal.yaml:1:1: error: a merge added a value the schema"
                + " rejects: roles: org is not an id",
            "content/people/trapit-bansal.yaml:1:1: error: a merge added a value the schema"
                + " rejects: moves: date is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        AddedValues.person(
                "content/people/trapit-bansal.yaml",
                List.of("Bansal"),
                List.of(role(TITLE, "Open AI", GOOD)),
                List.of(move(null, "June", null, MoveStatus.COMPLETED)))
            .stream()
            .map(Diagnostic::format)
            .toList());
  }
}
