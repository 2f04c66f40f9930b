package org.sijill.facts;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Everything in {@code content/}, each kind keyed and sorted by id. */
public record FactBase(
    SiteConfig site,
    SortedMap<String, Person> people,
    SortedMap<String, Company> companies,
    SortedMap<String, Deal> deals,
    SortedMap<String, ArticleRecord> articles) {
  public FactBase {
    people = frozen(people);
    companies = frozen(companies);
    deals = frozen(deals);
    articles = frozen(articles);
  }

  /** An unmodifiable copy; a map a merge made ({@link SharedSortedMap}) is immutable already. */
  private static <V> SortedMap<String, V> frozen(Map<String, V> map) {
    if (map instanceof SharedSortedMap<V> shared) {
      return shared;
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
