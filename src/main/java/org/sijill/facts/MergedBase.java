package org.sijill.facts;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The fact base as it reads once the merge's files are written. The records that did not change
 * are shared with the base, not copied ({@link SharedSortedMap}).
 */
final class MergedBase {
  private final SiteConfig site;
  private SharedSortedMap<Person> people;
  private SharedSortedMap<Company> companies;
  private SharedSortedMap<Deal> deals;
  private SharedSortedMap<ArticleRecord> articles;

  MergedBase(FactBase base) {
    site = base.site();
    people = SharedSortedMap.of(base.people());
    companies = SharedSortedMap.of(base.companies());
    deals = SharedSortedMap.of(base.deals());
    articles = SharedSortedMap.of(base.articles());
  }

  /** Takes the record of the file the merge writes at {@code path}, as it will read. */
  void put(String path, Object record) {
    String id = FileKind.idOf(path);
    switch (FileKind.ofPath(path).orElseThrow()) {
      case PERSON -> people = people.with(id, (Person) record);
      case COMPANY -> companies = companies.with(id, (Company) record);
      case DEAL -> deals = deals.with(id, (Deal) record);
      case ARTICLE -> articles = articles.with(id, (ArticleRecord) record);
      case SITE -> throw new IllegalArgumentException("the merge never writes " + path);
    }
  }

  /** The proposed mentions of entities that exist (as records or as files {@code files} has), sorted. */
  Mentions known(Mentions proposed, Predicate<String> files) {
    return new Mentions(
        known(proposed.people(), people.keySet(), FileKind.PERSON, files),
        known(proposed.companies(), companies.keySet(), FileKind.COMPANY, files),
        known(proposed.deals(), deals.keySet(), FileKind.DEAL, files));
  }

  private static List<String> known(
      List<String> ids, Set<String> records, FileKind kind, Predicate<String> files) {
    return ids.stream()
        .filter(id -> records.contains(id) || files.test(kind.path(id)))
        .distinct()
        .sorted()
        .toList();
  }

  FactBase build() {
    return new FactBase(site, people, companies, deals, articles);
  }
}
