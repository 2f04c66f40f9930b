package org.sijill.extract;

import java.util.List;
import java.util.TreeMap;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;
import org.sijill.facts.Review;

/** Small fact bases for tests. */
final class TestFacts {
  private TestFacts() {}

  static Person person(String id, String en, String ar, String... aliases) {
    return new Person(id, Bilingual.of(en, ar), List.of(aliases), null, List.of(), List.of(), Review.REVIEWED);
  }

  static Company company(String id, String en, String ar, String... aliases) {
    return new Company(id, Bilingual.of(en, ar), List.of(aliases), CompanyKind.COMPANY, null, null, List.of(), Review.REVIEWED);
  }

  static FactBase base(List<Person> people, List<Company> companies) {
    TreeMap<String, Person> p = new TreeMap<>();
    people.forEach(x -> p.put(x.id(), x));
    TreeMap<String, Company> c = new TreeMap<>();
    companies.forEach(x -> c.put(x.id(), x));
    return new FactBase(null, p, c, new TreeMap<>(), new TreeMap<>());
  }

  static FactBase empty() {
    return base(List.of(), List.of());
  }
}
