package org.sijill.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Timing;
import org.sijill.extract.Extraction;
import org.sijill.extract.Extractor;
import org.sijill.facts.FactBase;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.FactReader;
import org.sijill.facts.Merge;
import org.sijill.validate.Validator;

/**
 * Extracts the new or changed articles, in article order, and merges each into {@code content/}
 * in memory before the next is read (a later article sees the names an earlier one added). What
 * does not depend on the fact base (words, values) is worked out on the other cores ahead of the
 * article being merged, and the files a merge makes are written, parsed and checked on another
 * core while the next article is extracted ({@link Merge.Result#work}); the result does not depend
 * on scheduling. The files are written every
 * {@value #WRITE_EVERY} articles ({@link ContentState#flush}) and at the end ({@link
 * ContentState#write}), not after each article.
 */
final class ExtractionRun {
  /** How many articles may be prepared ahead of the one being merged. */
  private static final int AHEAD = 64;
  /** Merged files are written after this many articles, so that an interrupted build keeps most of its work. */
  private static final int WRITE_EVERY = 500;

  /** {@code content}: the content after the run; {@code extracted}: the ids extracted. */
  record Outcome(FactReader.Result content, List<String> extracted, List<Diagnostic> warnings) {}

  private final Path root;
  private final Validator validator;
  /** Made only when an article is to be extracted: loading its rules and word lists takes time. */
  private final Supplier<Extractor> extractor;
  private final Timing timing;

  ExtractionRun(Path root, Validator validator, Supplier<Extractor> extractor, Timing timing) {
    this.root = root;
    this.validator = validator;
    this.extractor = extractor;
    this.timing = timing;
  }

  Outcome run(Collection<Article> articles, FactReader.Result content) throws IOException {
    List<Article> todo = new ArrayList<>();
    for (Article article : articles) {
      if (!isCurrent(content.facts().articles().get(article.id()), article)) {
        todo.add(article);
      }
    }
    if (todo.isEmpty()) {
      return new Outcome(content, List.of(), List.of());
    }
    Extractor extractor = this.extractor.get();
    List<String> extracted = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    Set<Diagnostic> conflicts = new LinkedHashSet<>();
    ContentState state = new ContentState(content, validator.schemas());
    long cpuStart = cpu();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    ExecutorService pool = Executors.newFixedThreadPool(threads, Threads.daemon("sijill-prepare"));
    ExecutorService files = Executors.newSingleThreadExecutor(Threads.daemon("sijill-files"));
    try {
      Deque<Future<Extractor.Prepared>> ahead = new ArrayDeque<>();
      int next = 0;
      for (Article article : todo) {
        while (next < todo.size() && ahead.size() < AHEAD) {
          Article a = todo.get(next++);
          ahead.add(pool.submit(() -> extractor.prepare(a)));
        }
        Extractor.Prepared prepared = Threads.result(ahead.poll(), "preparing articles");
        // read against the fact base as the last merge built it while its files are checked on
        // another core; read again if the checks change the fact base (rare: a schema error)
        FactBase used = state.factsAhead();
        Extraction extraction = extractor.extract(prepared, used);
        state = afterMerge(state, extracted.size(), conflicts);
        if (state.facts() != used) {
          extraction = extractor.extract(prepared, state.facts());
        }
        Merge.Result merged = state.merge(extraction);
        files.submit(merged::work);
        warnings.addAll(merged.diagnostics());
        extracted.add(article.id());
        if (extracted.size() % 1000 == 0) {
          timing.note(
              String.format(
                  Locale.ROOT,
                  "%d of %d articles extracted (cpu %.2f s)",
                  extracted.size(),
                  todo.size(),
                  (cpu() - cpuStart) / 1e9));
        }
      }
      state = afterMerge(state, extracted.size(), conflicts);
    } finally {
      pool.shutdownNow();
      files.shutdownNow();
    }
    conflicts.addAll(state.write(root));
    if (state.stale()) {
      state = new ContentState(validator.reader().read(root), validator.schemas());
    }
    warnings.addAll(conflicts);
    return new Outcome(state.result(), extracted, warnings);
  }

  /**
   * After the merge of the {@code count}th article: if it made a file its schema rejects, writes
   * the files and reads {@code content/} again; else writes them every {@value #WRITE_EVERY}
   * articles.
   */
  private ContentState afterMerge(ContentState state, int count, Set<Diagnostic> conflicts)
      throws IOException {
    if (count == 0) {
      return state;
    }
    if (state.stale()) {
      conflicts.addAll(state.write(root));
      return new ContentState(validator.reader().read(root), validator.schemas());
    }
    if (count % WRITE_EVERY == 0) {
      conflicts.addAll(state.flush(root));
    }
    return state;
  }

  /** CPU time of the whole process so far, in nanoseconds (0 if the JVM does not say). */
  private static long cpu() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** Whether the ledger says this very text was already extracted. */
  static boolean isCurrent(ArticleRecord record, Article article) {
    return record != null && record.extraction() != null && article.sha256().equals(record.extraction().sha256());
  }

  /** The text of a file of {@code root} now, or null if there is none. */
  static String onDisk(Path root, String path) throws IOException {
    Path file = root.resolve(path);
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
  }
}
