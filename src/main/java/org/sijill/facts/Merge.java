package org.sijill.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.Extraction;

/**
 * Merges what extraction proposes from one article into {@code content/}. It only adds: new
 * entities (a new file each), aliases, roles, moves, company facts, deal parties, and sources of a
 * fact already there. It never rewrites or removes a value an editor wrote, and never proposes
 * again a fact the article's ledger already holds. Files with errors are left alone.
 */
public final class Merge {
  private Merge() {}

  /**
   * The files to write (path to full new text; only files whose text changes), the fact base as it
   * will read after writing them, and warnings about files that could not be merged into.
   */
  public record Result(
      SortedMap<String, String> changes,
      FactBase merged,
      List<Diagnostic> diagnostics,
      SortedMap<String, YamlDocument> documents) {
    public Result {
      changes = Collections.unmodifiableSortedMap(new TreeMap<>(changes));
      diagnostics = List.copyOf(diagnostics);
      documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
    }

    public Result(SortedMap<String, String> changes, FactBase merged, List<Diagnostic> diagnostics) {
      this(changes, merged, diagnostics, new TreeMap<>());
    }

    /** The parsed document of a changed file, as {@link YamlDocument#parse} reads its new text. */
    public YamlDocument document(String path) {
      return documents.get(path);
    }
  }

  public static Result apply(FactBase base, Map<String, YamlDocument> docs, Extraction extraction) {
    return apply(base, docs, Set.of(), extraction);
  }

  /** Merges into what {@link FactReader} read; files it could not parse are left alone. */
  public static Result apply(FactReader.Result content, Extraction extraction) {
    Set<String> unreadable = new TreeSet<>(content.texts().keySet());
    unreadable.removeAll(content.documents().keySet());
    return apply(content.facts(), content.documents(), unreadable, extraction);
  }

  /** {@code unreadable}: paths of files that exist but are not in {@code docs}. */
  public static Result apply(
      FactBase base,
      Map<String, YamlDocument> docs,
      Set<String> unreadable,
      Extraction extraction) {
    ArticleRecord proposed = extraction.article();
    String articlePath = FileKind.ARTICLE.path(proposed.id());
    ArticleRecord article = base.articles().get(proposed.id());
    List<Diagnostic> diagnostics = new ArrayList<>();
    Blocked blocked = new Blocked(docs, unreadable, diagnostics, proposed.id());
    if (blocked.test(articlePath, article)) {
      return new Result(new TreeMap<>(), base, diagnostics);
    }
    Set<String> ledger =
        article == null || article.extraction() == null
            ? Set.of()
            : Set.copyOf(article.extraction().proposed());
    Set<String> keys = new TreeSet<>();
    EntityMerge entities = new EntityMerge(ledger, keys);
    SortedMap<String, String> changes = new TreeMap<>();
    for (Person p : combine(extraction.people(), Person::id, Merge::join)) {
      String path = FileKind.PERSON.path(p.id());
      Person existing = base.people().get(p.id());
      if (!blocked.test(path, existing)) {
        entities.person(existing, docs.get(path), p).ifPresent(text -> changes.put(path, text));
      }
    }
    for (Company c : combine(extraction.companies(), Company::id, Merge::join)) {
      String path = FileKind.COMPANY.path(c.id());
      Company existing = base.companies().get(c.id());
      if (!blocked.test(path, existing)) {
        entities.company(existing, docs.get(path), c).ifPresent(text -> changes.put(path, text));
      }
    }
    for (Deal d : combine(extraction.deals(), Deal::id, Merge::join)) {
      String path = FileKind.DEAL.path(d.id());
      Deal existing = base.deals().get(d.id());
      if (!blocked.test(path, existing)) {
        entities.deal(existing, docs.get(path), d).ifPresent(text -> changes.put(path, text));
      }
    }
    MergedBase merged = new MergedBase(base);
    changes.forEach(merged::put);
    Predicate<String> exists = path -> docs.containsKey(path) || unreadable.contains(path);
    Mentions mentions =
        merged.known(proposed.mentions() == null ? Mentions.none() : proposed.mentions(), exists);
    Ledger newLedger = ArticleMerge.ledger(article, proposed, keys);
    if (article == null) {
      changes.put(articlePath, ArticleMerge.create(proposed, mentions, newLedger));
    } else {
      ArticleMerge.update(article, docs.get(articlePath), mentions, newLedger)
          .ifPresent(text -> changes.put(articlePath, text));
    }
    if (changes.containsKey(articlePath)) {
      merged.put(articlePath, changes.get(articlePath));
    }
    return new Result(changes, merged.build(), diagnostics, merged.documents());
  }

  /** Files that exist but were not read into the fact base (errors, or another file's id). */
  private record Blocked(
      Map<String, YamlDocument> docs,
      Set<String> unreadable,
      List<Diagnostic> out,
      String article) {
    boolean test(String path, Object record) {
      boolean exists = docs.containsKey(path) || unreadable.contains(path);
      if (exists == (record != null) && !unreadable.contains(path)) {
        return false;
      }
      out.add(
          Diagnostic.warning(
              path,
              1,
              1,
              "not merged: fix the errors in this file, then extract " + article + " again"));
      return true;
    }
  }

  /** One proposal per id, in first-seen order; repeated ids are joined. */
  private static <T> List<T> combine(
      List<T> items, Function<T, String> id, BinaryOperator<T> join) {
    Map<String, T> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.merge(id.apply(item), item, join));
    return List.copyOf(byId.values());
  }

  private static Person join(Person a, Person b) {
    return new Person(
        a.id(),
        a.name(),
        concat(a.aliases(), b.aliases()),
        a.summary(),
        concat(a.roles(), b.roles()),
        concat(a.moves(), b.moves()),
        a.review());
  }

  private static Company join(Company a, Company b) {
    return new Company(
        a.id(),
        a.name(),
        concat(a.aliases(), b.aliases()),
        a.kind(),
        a.parent(),
        a.summary(),
        concat(a.facts(), b.facts()),
        a.review());
  }

  private static Deal join(Deal a, Deal b) {
    return new Deal(
        a.id(),
        a.type(),
        a.title(),
        concat(a.parties(), b.parties()),
        a.amount(),
        a.stakePercent(),
        a.date(),
        a.dateText(),
        a.status(),
        concat(a.sources(), b.sources()),
        a.review());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
