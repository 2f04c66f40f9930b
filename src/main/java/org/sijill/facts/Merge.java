package org.sijill.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

  /** Checks nothing: for merges whose files are checked when read again. */
  private static final DocumentCheck NO_CHECK = (kind, document) -> List.of();

  /**
   * The files the merge changed (each as a {@link PendingFile}: its text is made when asked for),
   * the fact base as it will read after writing them, warnings about files that could not be merged
   * into, and what the schema says about each changed file ({@link #problems}).
   */
  public static final class Result {
    private final FactBase base;
    private final SortedMap<String, EntityMerge.Change> changed;
    private final SortedMap<String, PendingFile> files;
    private final FactBase ahead;
    private final List<Diagnostic> diagnostics;
    private SortedMap<String, String> changes;
    private FactBase merged;

    Result(
        FactBase base,
        SortedMap<String, EntityMerge.Change> changed,
        FactBase ahead,
        List<Diagnostic> diagnostics) {
      this.base = base;
      this.changed = Collections.unmodifiableSortedMap(new TreeMap<>(changed));
      TreeMap<String, PendingFile> all = new TreeMap<>();
      changed.forEach((path, change) -> all.put(path, change.file()));
      this.files = Collections.unmodifiableSortedMap(all);
      this.ahead = ahead;
      this.diagnostics = List.copyOf(diagnostics);
    }

    /** The files to write: path to full new text (only files whose text changes). */
    public synchronized SortedMap<String, String> changes() {
      if (changes == null) {
        TreeMap<String, String> texts = new TreeMap<>();
        files.forEach((path, file) -> texts.put(path, file.text()));
        changes = Collections.unmodifiableSortedMap(texts);
      }
      return changes;
    }

    /** The changed files, by path. */
    public SortedMap<String, PendingFile> files() {
      return files;
    }

    /**
     * The fact base as it will read after writing the files. Writes, parses and checks the files
     * the merge made, unless {@link #work} did.
     */
    public synchronized FactBase merged() {
      if (merged == null) {
        boolean asExpected = true;
        for (EntityMerge.Change change : changed.values()) {
          asExpected &= Objects.equals(change.record(), change.read().get());
        }
        if (asExpected) {
          merged = ahead;
        } else {
          MergedBase read = new MergedBase(base);
          changed.forEach((path, change) -> read.put(path, change.read().get()));
          merged = read.build();
        }
      }
      return merged;
    }

    /**
     * The fact base with the records the merge built, before the files it made are written and
     * read back: equal to {@link #merged} when they read as built (the merge tests check that they
     * do), and available at once.
     */
    public FactBase ahead() {
      return ahead;
    }

    /**
     * Writes, parses and checks the files the merge made, so that {@link #merged} and {@link
     * #problems} answer at once; safe to run on another thread.
     */
    public void work() {
      for (EntityMerge.Change change : changed.values()) {
        change.read().get();
        change.problems().get();
      }
      merged();
    }

    public List<Diagnostic> diagnostics() {
      return diagnostics;
    }

    /**
     * What the schema says about a changed file: about the whole file if the merge made it or
     * rewrote it, about what was added if it added to it (the rest passed when the file was read).
     */
    public List<Diagnostic> problems(String path) {
      EntityMerge.Change change = changed.get(path);
      return change == null ? List.of() : change.problems().get();
    }

    /** The parsed document of a changed file, as {@link YamlDocument#parse} reads its new text. */
    public YamlDocument document(String path) {
      PendingFile file = files.get(path);
      return file == null ? null : file.document();
    }
  }

  public static Result apply(FactBase base, Map<String, YamlDocument> docs, Extraction extraction) {
    return apply(base, docs, Set.of(), extraction);
  }

  /** Merges into what {@link FactReader} read; files it could not parse are left alone. */
  public static Result apply(FactReader.Result content, Extraction extraction) {
    Set<String> unreadable = new TreeSet<>(content.stamps().keySet());
    unreadable.removeAll(content.documents().keySet());
    return apply(content.facts(), content.documents(), unreadable, extraction);
  }

  /** {@code unreadable}: paths of files that exist but are not in {@code docs}. */
  public static Result apply(
      FactBase base,
      Map<String, YamlDocument> docs,
      Set<String> unreadable,
      Extraction extraction) {
    return apply(
        base,
        path -> {
          YamlDocument doc = docs.get(path);
          return doc == null ? null : PendingFile.of(doc);
        },
        unreadable::contains,
        NO_CHECK,
        extraction);
  }

  /**
   * Merges into files as earlier merges left them: {@code files} gives each file (null if there is
   * none), {@code unreadable} tells the files that exist but could not be parsed. New files and
   * changed article files are checked whole with {@code check}; what is added to other files is
   * checked on its records, against the rules of the schemas an addition can break ({@link
   * AddedValues}), whatever {@code check} is.
   */
  public static Result apply(
      FactBase base,
      Function<String, PendingFile> files,
      Predicate<String> unreadable,
      DocumentCheck check,
      Extraction extraction) {
    ArticleRecord proposed = extraction.article();
    String articlePath = FileKind.ARTICLE.path(proposed.id());
    ArticleRecord article = base.articles().get(proposed.id());
    List<Diagnostic> diagnostics = new ArrayList<>();
    Blocked blocked = new Blocked(files, unreadable, diagnostics, proposed.id());
    if (blocked.test(articlePath, article)) {
      return new Result(base, new TreeMap<>(), base, diagnostics);
    }
    Set<String> ledger =
        article == null || article.extraction() == null
            ? Set.of()
            : Set.copyOf(article.extraction().proposed());
    Set<String> keys = new TreeSet<>();
    EntityMerge entities = new EntityMerge(ledger, keys, check);
    SortedMap<String, EntityMerge.Change> changes = new TreeMap<>();
    for (Person p : combine(extraction.people(), Person::id, Merge::join)) {
      String path = FileKind.PERSON.path(p.id());
      Person existing = base.people().get(p.id());
      if (!blocked.test(path, existing)) {
        entities.person(existing, files.apply(path), p).ifPresent(c -> changes.put(path, c));
      }
    }
    for (Company c : combine(extraction.companies(), Company::id, Merge::join)) {
      String path = FileKind.COMPANY.path(c.id());
      Company existing = base.companies().get(c.id());
      if (!blocked.test(path, existing)) {
        entities.company(existing, files.apply(path), c).ifPresent(ch -> changes.put(path, ch));
      }
    }
    for (Deal d : combine(extraction.deals(), Deal::id, Merge::join)) {
      String path = FileKind.DEAL.path(d.id());
      Deal existing = base.deals().get(d.id());
      if (!blocked.test(path, existing)) {
        entities.deal(existing, files.apply(path), d).ifPresent(c -> changes.put(path, c));
      }
    }
    MergedBase merged = new MergedBase(base);
    changes.forEach((path, change) -> merged.put(path, change.record()));
    Predicate<String> exists = path -> files.apply(path) != null || unreadable.test(path);
    Mentions mentions =
        merged.known(proposed.mentions() == null ? Mentions.none() : proposed.mentions(), exists);
    Ledger newLedger = ArticleMerge.ledger(article, proposed, keys);
    if (article == null) {
      ArticleRecord made = ArticleMerge.create(proposed, mentions, newLedger);
      changes.put(
          articlePath,
          EntityMerge.created(articlePath, made, () -> FactWriter.write(made), check));
      merged.put(articlePath, made);
    } else {
      Optional<String> articleText =
          ArticleMerge.update(article, files.apply(articlePath).document(), mentions, newLedger);
      if (articleText.isPresent()) {
        YamlDocument doc = PendingFile.parse(articlePath, articleText.get());
        Object record = FactBinder.bind(FileKind.ARTICLE, doc.json());
        changes.put(
            articlePath,
            new EntityMerge.Change(
                PendingFile.of(doc), record, check.check(FileKind.ARTICLE, doc)));
        merged.put(articlePath, record);
      }
    }
    return new Result(base, changes, merged.build(), diagnostics);
  }

  /** The record a file of {@code kind} that passed its schema reads as. */
  public static Object bind(FileKind kind, YamlDocument document) {
    return FactBinder.bind(kind, document.json());
  }

  /** Files that exist but were not read into the fact base (errors, or another file's id). */
  private record Blocked(
      Function<String, PendingFile> files,
      Predicate<String> unreadable,
      List<Diagnostic> out,
      String article) {
    boolean test(String path, Object record) {
      boolean exists = files.apply(path) != null || unreadable.test(path);
      if (exists == (record != null) && !unreadable.test(path)) {
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
