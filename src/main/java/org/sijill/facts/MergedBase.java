package org.sijill.facts;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The fact base as it reads once the merge's files are written: each new text is read back. */
final class MergedBase {
  private final SiteConfig site;
  private final SortedMap<String, Person> people;
  private final SortedMap<String, Company> companies;
  private final SortedMap<String, Deal> deals;
  private final SortedMap<String, ArticleRecord> articles;

  MergedBase(FactBase base) {
    site = base.site();
    people = new TreeMap<>(base.people());
    companies = new TreeMap<>(base.companies());
    deals = new TreeMap<>(base.deals());
    articles = new TreeMap<>(base.articles());
  }

  /** Reads back the text the merge writes at {@code path}. */
  void put(String path, String text) {
    FileKind kind = FileKind.ofPath(path).orElseThrow();
    JsonText json = JsonText.of(path, text);
    switch (kind) {
      case PERSON -> people.put(FileKind.idOf(path), FactBinder.person(json.node()));
      case COMPANY -> companies.put(FileKind.idOf(path), FactBinder.company(json.node()));
      case DEAL -> deals.put(FileKind.idOf(path), FactBinder.deal(json.node()));
      case ARTICLE -> articles.put(FileKind.idOf(path), FactBinder.article(json.node()));
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

  /** The JSON of a text the merge produced; failing to read it back is a bug, not bad input. */
  private record JsonText(com.fasterxml.jackson.databind.JsonNode node) {
    static JsonText of(String path, String text) {
      try {
        return new JsonText(YamlDocument.parse(path, text).json());
      } catch (YamlDocument.InvalidYaml e) {
        throw new IllegalStateException("merge produced unreadable YAML: " + e.getMessage(), e);
      }
    }
  }
}
