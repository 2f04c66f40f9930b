package org.sijill.site;

import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;
import org.sijill.facts.SiteConfig;

/**
 * The fact base as pages read it: the same accessors as {@link FactBase}, each noting what the
 * page being built reads ({@link Reads}).
 */
final class Facts {
  private final FactBase base;
  private final Reads reads;
  private final RecordedMap<Person> people;
  private final RecordedMap<Company> companies;
  private final RecordedMap<Deal> deals;
  private final RecordedMap<ArticleRecord> articles;

  Facts(FactBase base, Reads reads) {
    this.base = base;
    this.reads = reads;
    this.people = new RecordedMap<>(base.people(), "people", reads);
    this.companies = new RecordedMap<>(base.companies(), "companies", reads);
    this.deals = new RecordedMap<>(base.deals(), "deals", reads);
    this.articles = new RecordedMap<>(base.articles(), "articles", reads);
  }

  /** What a link to an entity shows of it: its name (a deal's title). */
  record Named(Bilingual name) {}

  /** The key noted for each entity named, by folder and id, made once. */
  private final Map<String, Map<String, String>> nameKeys =
      Map.of("people", new ConcurrentHashMap<>(), "companies", new ConcurrentHashMap<>(),
          "deals", new ConcurrentHashMap<>());

  /**
   * The entity {@code id} of {@code folder} (people, companies or deals) as a link names it, or
   * null when there is none; notes {@code name/<folder>/<id>} alone, so a page that only links an
   * entity is kept when the rest of its record changes.
   */
  Named named(String folder, String id) {
    Map<String, String> keys = nameKeys.get(folder);
    String key = keys.get(id);
    if (key == null) {
      key = keys.computeIfAbsent(id, k -> "name/" + folder + "/" + k);
    }
    reads.note(key);
    return named(base, folder, id);
  }

  /** As {@link #named(String, String)}, from {@code base}, noting nothing. */
  static Named named(FactBase base, String folder, String id) {
    return switch (folder) {
      case "people" -> {
        Person p = base.people().get(id);
        yield p == null ? null : new Named(p.name());
      }
      case "companies" -> {
        Company c = base.companies().get(id);
        yield c == null ? null : new Named(c.name());
      }
      case "deals" -> {
        Deal d = base.deals().get(id);
        yield d == null ? null : new Named(d.title());
      }
      default -> throw new IllegalArgumentException("no names in " + folder);
    };
  }

  /** The fact base itself, whose reads are not noted. */
  FactBase base() {
    return base;
  }

  SiteConfig site() {
    reads.note("site");
    return base.site();
  }

  SortedMap<String, Person> people() {
    return people;
  }

  SortedMap<String, Company> companies() {
    return companies;
  }

  SortedMap<String, Deal> deals() {
    return deals;
  }

  SortedMap<String, ArticleRecord> articles() {
    return articles;
  }
}
