package org.sijill.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.sijill.facts.PendingFile;
import org.sijill.facts.TextStamp;
import org.sijill.facts.YamlDocument;

/**
 * {@code content/} as a run of merges changes it, kept in memory. A merge changes the records and
 * keeps what it added to each file ({@link PendingFile}); the file's text is made from that when
 * it is written ({@link #flush}), and parsed and checked whole against its schema once, at the end
 * ({@link #write}), instead of after every merge (which made a build from an empty ledger slow down
 * as the most cited files grew). {@link #result()}
 * equals what {@link FactReader#read} would read from the files once {@link #write} has written
 * them.
 */
final class ContentState {
  private final DocumentCheck check;
  /** The files as last read or written (and the files made since), parsed. */
  private final TreeMap<String, YamlDocument> documents;
  /** The files' {@link TextStamp}s as last read or written. */
  private final TreeMap<String, String> stamps;
  private final TreeMap<String, String> origins;
  private final Set<String> unreadable;
  private final TreeMap<String, List<Diagnostic>> diagnostics = new TreeMap<>();
  /** The files merged into since the last {@link #write}, with what was added to them. */
  private final TreeMap<String, PendingFile> pending = new TreeMap<>();
  /** The files merged into since the last {@link #flush} or {@link #write}. */
  private final Set<String> dirty = new TreeSet<>();
  private FactBase facts;
  private boolean stale;
  /** The last merge, until its files' checks are taken in ({@link #confirm}). */
  private Merge.Result unconfirmed;

  ContentState(FactReader.Result read, DocumentCheck check) {
    this.check = check;
    this.facts = read.facts();
    this.documents = new TreeMap<>(read.documents());
    this.stamps = new TreeMap<>(read.stamps());
    this.origins = new TreeMap<>(read.origins());
    this.unreadable = new TreeSet<>(stamps.keySet());
    unreadable.removeAll(documents.keySet());
    for (Diagnostic d : read.diagnostics()) {
      diagnostics.computeIfAbsent(d.path(), p -> new ArrayList<>()).add(d);
    }
  }

  /** The fact base as the files will read once written. */
  FactBase facts() {
    confirm();
    return facts;
  }

  /**
   * The fact base with the last merge's records as it built them, before the files it made are
   * checked ({@link Merge.Result#ahead}): what {@link #facts} will be unless a check finds
   * otherwise.
   */
  FactBase factsAhead() {
    return unconfirmed == null ? facts : unconfirmed.ahead();
  }

  /**
   * Whether a merge made a file its schema rejects: the reader would not bind it, so the state no
   * longer tells what the files say and {@code content/} must be read again.
   */
  boolean stale() {
    confirm();
    return stale;
  }

  /**
   * Merges one article's extraction into the files in memory; the caller writes the changes. The
   * files the merge made are checked when the state is next asked about them ({@link #stale}, {@link
   * #facts}, ...), so that {@link Merge.Result#work} may check them on another thread meanwhile.
   */
  Merge.Result merge(Extraction extraction) {
    confirm();
    Merge.Result merged = Merge.apply(facts, this::file, unreadable::contains, check, extraction);
    for (Map.Entry<String, PendingFile> change : merged.files().entrySet()) {
      String path = change.getKey();
      FileKind kind = FileKind.ofPath(path).orElseThrow();
      pending.put(path, change.getValue());
      dirty.add(path);
      origins.putIfAbsent(kind.folder() + "/" + FileKind.idOf(path), path);
    }
    unconfirmed = merged;
    return merged;
  }

  /** Takes in the checks of the last merge's files and the fact base as they read. */
  private void confirm() {
    Merge.Result merged = unconfirmed;
    if (merged == null) {
      return;
    }
    unconfirmed = null;
    for (String path : merged.files().keySet()) {
      List<Diagnostic> problems = merged.problems(path);
      if (hasErrors(problems)) {
        stale = true;
      }
      if (problems.isEmpty()) {
        diagnostics.remove(path);
      } else {
        diagnostics.put(path, List.copyOf(problems));
      }
    }
    facts = merged.merged();
  }

  /** The file at {@code path} as the merges so far left it, or null if there is none. */
  private PendingFile file(String path) {
    PendingFile file = pending.get(path);
    if (file != null) {
      return file;
    }
    YamlDocument document = documents.get(path);
    return document == null ? null : PendingFile.of(document);
  }

  /**
   * Writes every file merged into since the last write or flush, each atomically: first the
   * people, companies and deals, then the articles (whose ledgers say what was extracted). A file an
   * editor changed meanwhile is left as it is, with a warning, and then no ledger is written, so the
   * next build extracts those articles again (merging twice adds nothing twice). What the merges
   * added is kept as it is: the files are not parsed again.
   */
  List<Diagnostic> flush(Path root) throws IOException {
    confirm();
    List<Diagnostic> problems = new ArrayList<>();
    List<String> paths = new ArrayList<>(dirty);
    paths.sort(Comparator.comparing(p -> FileKind.ofPath(p).orElseThrow() == FileKind.ARTICLE));
    for (String path : paths) {
      String text = pending.get(path).text();
      boolean article = FileKind.ofPath(path).orElseThrow() == FileKind.ARTICLE;
      if (!(article && !problems.isEmpty())
          && !ContentFiles.replace(root, path, stamps.get(path), text)) {
        problems.add(
            Diagnostic.warning(
                path, 1, 1, "changed while site-gen ran: not merged into; run site-gen again"));
      }
      stamps.put(path, TextStamp.of(text));
    }
    dirty.clear();
    return problems;
  }

  /**
   * {@link #flush}es, then parses each file merged into since the last write and checks it whole
   * against its schema, once; if the schema rejects one, or it does not read as the merge's record,
   * the state is {@link #stale}.
   */
  List<Diagnostic> write(Path root) throws IOException {
    List<Diagnostic> problems = flush(root);
    confirm();
    pending.forEach(this::settle);
    pending.clear();
    return problems;
  }

  /** Takes the file's text and document as merged; a file added to is checked whole, once. */
  private void settle(String path, PendingFile file) {
    YamlDocument document = file.document();
    documents.put(path, document);
    if (!file.added()) {
      return;
    }
    FileKind kind = FileKind.ofPath(path).orElseThrow();
    List<Diagnostic> found = check.check(kind, document);
    // a file the schema rejects, or one that reads as other than the merge's record (which the
    // merge tests rule out), makes content/ be read again: the files on disk are what counts
    if (hasErrors(found)
        || !Objects.equals(record(kind, FileKind.idOf(path)), Merge.bind(kind, document))) {
      stale = true;
    }
    if (found.isEmpty()) {
      diagnostics.remove(path);
    } else {
      diagnostics.put(path, List.copyOf(found));
    }
  }

  private Object record(FileKind kind, String id) {
    return switch (kind) {
      case PERSON -> facts.people().get(id);
      case COMPANY -> facts.companies().get(id);
      case DEAL -> facts.deals().get(id);
      case ARTICLE -> facts.articles().get(id);
      case SITE -> facts.site();
    };
  }

  private static boolean hasErrors(List<Diagnostic> problems) {
    return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Everything as {@link FactReader#read} would give it for the files as they now are. */
  FactReader.Result result() {
    confirm();
    TreeMap<String, YamlDocument> allDocuments = new TreeMap<>(documents);
    TreeMap<String, String> allStamps = new TreeMap<>(stamps);
    pending.forEach(
        (path, file) -> {
          allDocuments.put(path, file.document());
          allStamps.put(path, TextStamp.of(file.text()));
        });
    List<Diagnostic> all = new ArrayList<>();
    diagnostics.values().forEach(all::addAll);
    return new FactReader.Result(facts, allDocuments, allStamps, origins, all);
  }
}
