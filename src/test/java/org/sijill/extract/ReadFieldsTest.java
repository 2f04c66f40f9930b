package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.DealStatus;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;
import org.sijill.validate.Validator;

class ReadFieldsTest {
  private static final List<String> SEEDS =
      List.of(
          "000_8955a49b4c4dff57",
          "001_de12290a917a072b",
          "002_e93cb0a68dda0305",
          "003_1ddf2c8ed1bd373f",
          "004_04854d8ac4da8541");

  @Test
  void extractionIsTheSameWhenOnlyFieldsItDoesNotReadDiffer() throws Exception {
    Path root = Path.of(".");
    FactBase full = Validator.forProject(root).reader().read(root).facts();
    FactBase unread = withoutUnreadFields(full);
    assertNotEquals(full, unread);
    Extractor first = Extractor.standard();
    Extractor second = first.twin();
    for (String id : SEEDS) {
      Article article = ArticleReader.standard().read(Path.of("seeds", id + ".txt"));
      assertEquals(
          ExtractionDump.format(first.extract(article, full)),
          ExtractionDump.format(second.extract(article, unread)),
          id);
    }
  }

  @Test
  void tellsAPersonChangedWhenAnAliasIsAddedButNotWhenARoleIs() {
    Person p = TestFacts.person("a", "A", "أ");
    Person withAlias = TestFacts.person("a", "A", "أ", "ألف");
    FactBase before = TestFacts.base(List.of(p), List.of());
    FactBase alias = TestFacts.base(List.of(withAlias), List.of());
    FactBase roles = TestFacts.base(List.of(new Person("a", p.name(), p.aliases(), null,
        List.of(new org.sijill.facts.Role(Bilingual.of("CEO", null), null, List.of())), List.of(), p.review())), List.of());
    assertFalse(ReadFields.samePerson(before, alias, "a"));
    assertTrue(ReadFields.samePerson(before, roles, "a"));
    assertFalse(ReadFields.samePerson(before, TestFacts.empty(), "a"));
  }

  /** {@code base} with every field extraction does not read changed or emptied. */
  private static FactBase withoutUnreadFields(FactBase base) {
    TreeMap<String, Person> people = new TreeMap<>();
    base.people().forEach((id, p) -> people.put(id,
        new Person(id, p.name(), p.aliases(), null, List.of(), List.of(), p.review())));
    TreeMap<String, Company> companies = new TreeMap<>();
    base.companies().forEach((id, c) -> companies.put(id,
        new Company(id, c.name(), c.aliases(), c.kind(), c.parent(), null, List.of(), c.review())));
    TreeMap<String, Deal> deals = new TreeMap<>();
    base.deals().forEach((id, d) -> deals.put(id,
        new Deal(id, d.type(), Bilingual.of("x", "x"), d.parties(), d.amount(), null, null, null,
            d.status() == DealStatus.COMPLETED ? DealStatus.ANNOUNCED : DealStatus.COMPLETED, List.of(),
            d.review())));
    return new FactBase(base.site(), people, companies, deals, new TreeMap<>());
  }
}
