package org.sijill.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A fact file as a run of merges leaves it: the document last parsed, and what merges added to it
 * since, kept as what was added rather than as text. The text is made from the two only when asked
 * for ({@link #text()}), with one {@link YamlPatch} of the document: the same bytes as patching the
 * file after each merge and reading it back, without rebuilding or reading back a large file once
 * per article. Immutable: each merge that adds to the file makes a new one.
 */
public final class PendingFile {
  private static final String ALIASES = "aliases";
  private static final String NAME = "name";

  private final String path;
  /** The document last parsed; for a file a merge made, parsed when first asked for. */
  private final Later<YamlDocument> base;
  /** The keys added to, in the order they were first added to (new keys go in that order). */
  private final List<String> order;
  private final List<String> aliases;
  private final Map<String, Edits> lists;
  /** The name the additions complete the file's with, or null. */
  private final Bilingual name;
  private String text;
  private YamlDocument document;

  /**
   * Additions to one list of the file: new sources of the items the document has ({@code base} of
   * them), by index, and new items, each with every source added to it since.
   */
  private record Edits(int base, SortedMap<Integer, List<Source>> sources, List<Object> added) {}

  private PendingFile(
      String path,
      Later<YamlDocument> base,
      List<String> order,
      List<String> aliases,
      Map<String, Edits> lists,
      Bilingual name) {
    this.path = path;
    this.base = base;
    this.order = order;
    this.aliases = aliases;
    this.lists = lists;
    this.name = name;
  }

  /** A file as {@code document} reads, nothing added. */
  public static PendingFile of(YamlDocument document) {
    return new PendingFile(document.path(), Later.now(document), List.of(), List.of(), Map.of(), null);
  }

  /** A file a merge made, nothing added: {@code document} parses its text when asked for. */
  static PendingFile made(String path, Later<YamlDocument> document) {
    return new PendingFile(path, document, List.of(), List.of(), Map.of(), null);
  }

  /** Whether merges added to the document (its text is then not the document's). */
  public boolean added() {
    return !order.isEmpty();
  }

  /** The file's text with the additions. */
  public synchronized String text() {
    if (text == null) {
      text = added() ? patch() : base.get().text();
    }
    return text;
  }

  /** The file's text with the additions, parsed. */
  public synchronized YamlDocument document() {
    if (document == null) {
      document = added() ? parse(path, text()) : base.get();
    }
    return document;
  }

  /** With {@code more} aliases appended. */
  PendingFile withAliases(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(aliases);
    all.addAll(more);
    return new PendingFile(path, base, touch(ALIASES), List.copyOf(all), lists, name);
  }

  /**
   * With the name {@code completed}, which changes the document's only by an English name
   * replaced or an Arabic one added ({@link PersonNames}); null leaves the name as it is.
   */
  PendingFile withName(Bilingual completed) {
    if (completed == null) {
      return this;
    }
    return new PendingFile(path, base, touch(NAME), aliases, lists, completed);
  }

  /**
   * With the additions to the list {@code key}, whose items the record has {@code size} of (those
   * the document has, then those added since): new sources of items of the document go under the
   * item, those of items added since into the added item.
   */
  <T> PendingFile withList(
      String key, int size, ListAdditions<T> additions, ListAdditions.Rule<T> rule) {
    if (additions.added().isEmpty() && additions.sources().isEmpty()) {
      return this;
    }
    Edits before = lists.get(key);
    int inDocument = before == null ? size : before.base();
    SortedMap<Integer, List<Source>> sources =
        new TreeMap<>(before == null ? Map.of() : before.sources());
    List<Object> added = new ArrayList<>(before == null ? List.of() : before.added());
    for (Map.Entry<Integer, List<Source>> entry : additions.sources().entrySet()) {
      int at = entry.getKey();
      if (at < inDocument) {
        List<Source> all = new ArrayList<>(sources.getOrDefault(at, List.of()));
        all.addAll(entry.getValue());
        sources.put(at, List.copyOf(all));
      } else {
        @SuppressWarnings("unchecked")
        T item = (T) added.get(at - inDocument);
        List<Source> all = new ArrayList<>(rule.sources().apply(item));
        all.addAll(entry.getValue());
        added.set(at - inDocument, rule.withSources().apply(item, List.copyOf(all)));
      }
    }
    added.addAll(additions.added());
    Map<String, Edits> all = new LinkedHashMap<>(lists);
    all.put(key, new Edits(inDocument, sources, added));
    return new PendingFile(path, base, touch(key), aliases, all, name);
  }

  private List<String> touch(String key) {
    if (order.contains(key)) {
      return order;
    }
    List<String> all = new ArrayList<>(order);
    all.add(key);
    return List.copyOf(all);
  }

  /** The additions as one patch, in the order a merge after each article would have made them. */
  private String patch() {
    YamlPatch patch = new YamlPatch(base.get());
    for (String key : order) {
      if (key.equals(NAME)) {
        name(patch);
        continue;
      }
      if (key.equals(ALIASES)) {
        List<Tree> items = aliases.stream().map(a -> (Tree) Tree.text(a)).toList();
        patch.appendOrAdd("", ALIASES, items, true);
        continue;
      }
      Edits edits = lists.get(key);
      for (Map.Entry<Integer, List<Source>> entry : edits.sources().entrySet()) {
        patch.appendOrAdd(
            "/" + key + "/" + entry.getKey(),
            "sources",
            entry.getValue().stream().map(FactTrees::source).toList(),
            false);
      }
      List<Tree> items = edits.added().stream().map(item -> tree(key, item)).toList();
      patch.appendOrAdd("", key, items, false);
    }
    return patch.apply();
  }

  /** The name's changed halves, each in place: an English name replaced, an Arabic one added. */
  private void name(YamlPatch patch) {
    com.fasterxml.jackson.databind.JsonNode on = base.get().json().get(NAME);
    if (name.en() != null && !name.en().equals(on.path("en").asText(null))) {
      if (!on.hasNonNull("en")) {
        patch.addKey("/" + NAME, "en", Tree.text(name.en()));
      } else {
        patch.replace("/" + NAME + "/en", Tree.text(name.en()));
      }
    }
    if (name.ar() != null && !on.hasNonNull("ar")) {
      patch.addKey("/" + NAME, "ar", Tree.text(name.ar()));
    }
  }

  private static Tree tree(String key, Object item) {
    return switch (key) {
      case "roles" -> FactTrees.role((Role) item);
      case "moves" -> FactTrees.move((Move) item);
      case "facts" -> FactTrees.fact((CompanyFact) item);
      case "parties" -> FactTrees.party((Party) item);
      case "sources" -> FactTrees.source((Source) item);
      default -> throw new IllegalArgumentException("no list " + key);
    };
  }

  /** A text the merge produced; failing to read it back is a bug, not bad input. */
  static YamlDocument parse(String path, String text) {
    try {
      return YamlDocument.parse(path, text);
    } catch (YamlDocument.InvalidYaml e) {
      throw new IllegalStateException("merge produced unreadable YAML: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return path;
  }
}
