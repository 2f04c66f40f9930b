package org.sijill.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;
import org.sijill.extract.Extraction;
import org.sijill.facts.DocumentCheck;
import org.sijill.facts.FactBase;
import org.sijill.facts.FactReader;
import org.sijill.facts.FileKind;
import org.sijill.facts.Merge;
import org.sijill.facts.YamlDocument;

/**
 * {@code content/} as a run of merges changes it, kept in memory: after each merge only the files
 * it wrote are parsed and checked again, instead of reading the whole folder back (which made a
 * build from an empty ledger quadratic in the number of articles). {@link #result()} equals what
 * {@link FactReader#read} would read from the files once {@link #write} has written them.
 */
final class ContentState {
  private final DocumentCheck check;
  private final TreeMap<String, YamlDocument> documents;
  private final TreeMap<String, String> texts;
  private final TreeMap<String, String> origins;
  private final Set<String> unreadable;
  private final TreeMap<String, List<Diagnostic>> diagnostics = new TreeMap<>();
  /** The files merged into since the last {@link #write}, each with its text before (null: new). */
  private final java.util.HashMap<String, String> before = new java.util.HashMap<>();
  private FactBase facts;
  private boolean stale;

  ContentState(FactReader.Result read, DocumentCheck check) {
    this.check = check;
    this.facts = read.facts();
    this.documents = new TreeMap<>(read.documents());
    this.texts = new TreeMap<>(read.texts());
    this.origins = new TreeMap<>(read.origins());
    this.unreadable = new TreeSet<>(texts.keySet());
    unreadable.removeAll(documents.keySet());
    for (Diagnostic d : read.diagnostics()) {
      diagnostics.computeIfAbsent(d.path(), p -> new ArrayList<>()).add(d);
    }
  }

  FactBase facts() {
    return facts;
  }

  /**
   * Whether a merge wrote a file its schema rejects: the reader would not bind it, so the state no
   * longer tells what the files say and {@code content/} must be read again.
   */
  boolean stale() {
    return stale;
  }

  /** Merges one article's extraction into the files in memory; the caller writes the changes. */
  Merge.Result merge(Extraction extraction) {
    Merge.Result merged = Merge.apply(facts, documents, unreadable, extraction);
    if (merged.changes().isEmpty()) {
      return merged;
    }
    for (Map.Entry<String, String> change : merged.changes().entrySet()) {
      String path = change.getKey();
      FileKind kind = FileKind.ofPath(path).orElseThrow();
      YamlDocument document = merged.document(path);
      List<Diagnostic> problems = check.check(kind, document);
      if (problems.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
        stale = true;
      }
      if (!before.containsKey(path)) {
        before.put(path, texts.get(path));
      }
      texts.put(path, change.getValue());
      documents.put(path, document);
      if (problems.isEmpty()) {
        diagnostics.remove(path);
      } else {
        diagnostics.put(path, List.copyOf(problems));
      }
      origins.putIfAbsent(kind.folder() + "/" + FileKind.idOf(path), path);
    }
    facts = merged.merged();
    return merged;
  }

  /**
   * Writes every file merged into since the last write, each atomically: first the people,
   * companies and deals, then the articles (whose ledgers say what was extracted). A file an editor
   * changed meanwhile is left as it is, with a warning, and then no ledger is written, so the next
   * build extracts those articles again (merging twice adds nothing twice).
   */
  List<Diagnostic> write(java.nio.file.Path root) throws java.io.IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> paths = new ArrayList<>(new TreeSet<>(before.keySet()));
    paths.sort(java.util.Comparator.comparing(p -> FileKind.ofPath(p).orElseThrow() == FileKind.ARTICLE));
    for (String path : paths) {
      if (FileKind.ofPath(path).orElseThrow() == FileKind.ARTICLE && !problems.isEmpty()) {
        continue;
      }
      if (!ContentFiles.replace(root, path, before.get(path), texts.get(path))) {
        problems.add(Diagnostic.warning(path, 1, 1, "changed while site-gen ran: not merged into; run site-gen again"));
      }
    }
    before.clear();
    return problems;
  }

  /** Everything as {@link FactReader#read} would give it for the files as they now are. */
  FactReader.Result result() {
    List<Diagnostic> all = new ArrayList<>();
    diagnostics.values().forEach(all::addAll);
    return new FactReader.Result(facts, documents, texts, origins, all);
  }
}
