package org.sijill.extract;

import java.util.List;
import java.util.TreeMap;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;
import org.sijill.facts.Review;

/** Small fact bases and articles for tests. */
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

  /** The article "t_1": a headline ("عنوان"), then {@code text}. */
  static Article article(String text) {
    return ArticleReader.standard().parse("t_1", "t_1.txt", "0", "عنوان\n" + text);
  }

  /** What {@code extractor} finds in {@link #article}({@code text}) with an empty fact base. */
  static Extraction extracted(Extractor extractor, String text) {
    return extractor.extract(article(text), empty());
  }

  /** The ids of the companies {@code extractor} finds in {@link #article}({@code text}) with an empty fact base. */
  static List<String> companyIds(Extractor extractor, String text) {
    return extracted(extractor, text).companies().stream().map(Company::id).toList();
  }

  /** The Arabic names of the people {@code extractor} finds in {@link #article}({@code text}) with an empty fact base. */
  static List<String> arabicNames(Extractor extractor, String text) {
    return extracted(extractor, text).people().stream().map(p -> p.name().ar()).toList();
  }
}
