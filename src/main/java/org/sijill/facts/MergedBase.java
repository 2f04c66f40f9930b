package org.sijill.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The fact base as it reads once the merge's files are written: each new text is read back. The
 * records that did not change are shared with the base, not copied ({@link SharedSortedMap}).
 */
final class MergedBase {
  private final SiteConfig site;
  private SharedSortedMap<Person> people;
  private SharedSortedMap<Company> companies;
  private SharedSortedMap<Deal> deals;
  private SharedSortedMap<ArticleRecord> articles;
  private final SortedMap<String, YamlDocument> documents = new TreeMap<>();

  MergedBase(FactBase base) {
    site = base.site();
    people = SharedSortedMap.of(base.people());
    companies = SharedSortedMap.of(base.companies());
    deals = SharedSortedMap.of(base.deals());
    articles = SharedSortedMap.of(base.articles());
  }

  /** Reads back the text the merge writes at {@code path}. */
  void put(String path, String text) {
    FileKind kind = FileKind.ofPath(path).orElseThrow();
    YamlDocument document = parse(path, text);
    documents.put(path, document);
    JsonNode json = document.json();
    String id = FileKind.idOf(path);
    switch (kind) {
      case PERSON -> people = people.with(id, FactBinder.person(json));
      case COMPANY -> companies = companies.with(id, FactBinder.company(json));
      case DEAL -> deals = deals.with(id, FactBinder.deal(json));
      case ARTICLE -> articles = articles.with(id, FactBinder.article(json));
      case SITE -> throw new IllegalArgumentException("the merge never writes " + path);
    }
  }

  /** The documents of the texts read back, by path. */
  SortedMap<String, YamlDocument> documents() {
    return documents;
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

  /** A text the merge produced; failing to read it back is a bug, not bad input. */
  private static YamlDocument parse(String path, String text) {
    try {
      return YamlDocument.parse(path, text);
    } catch (YamlDocument.InvalidYaml e) {
      throw new IllegalStateException("merge produced unreadable YAML: " + e.getMessage(), e);
    }
  }
}
