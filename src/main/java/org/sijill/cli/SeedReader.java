package org.sijill.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.articles.UnreadableArticleException;
import org.sijill.diag.Diagnostic;

/**
 * Reads every {@code seeds/*.txt} and saved page ({@code *.html}, {@code *.htm}) on every core, in
 * file-name order, collecting a diagnostic per unreadable file.
 */
final class SeedReader {
  record Result(SortedMap<String, Article> articles, List<Diagnostic> diagnostics) {}

  /** One file's outcome: an article, or the problem that kept it out. */
  private record Read(String relative, Article article, Diagnostic problem) {}

  private final ArticleReader reader;
  private final SeedCache cache;

  SeedReader(ArticleReader reader) {
    this(reader, null);
  }

  /** A reader that takes an unchanged file's article from {@code cache}; the caller writes it. */
  SeedReader(ArticleReader reader, SeedCache cache) {
    this.reader = reader;
    this.cache = cache;
  }

  /**
   * Reads {@code seeds/} of {@code root} on another thread, through the cache in {@code cacheFile}
   * for Sijill's classes {@code code} (written once read); {@link #take} gives the result. Each
   * cache is read whole by one thread before its files are taken on every core, so this overlaps
   * with reading {@code content/}.
   */
  static Future<Result> aside(Path root, Path cacheFile, String code) {
    ExecutorService thread = Executors.newSingleThreadExecutor(Threads.daemon("sijill-seeds"));
    try {
      return thread.submit(() -> {
        SeedCache cache = SeedCache.open(cacheFile, code);
        Result read = new SeedReader(ArticleReader.standard(), cache).read(root);
        cache.write();
        return read;
      });
    } finally {
      thread.shutdown();
    }
  }

  /** The articles read on another thread; an error reading them is thrown here. */
  static Result take(Future<Result> reading) throws IOException {
    return Threads.result(reading, "reading seeds/");
  }

  Result read(Path root) throws IOException {
    SortedMap<String, Article> articles = new TreeMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Path seeds = root.resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      diagnostics.add(Diagnostic.error("seeds", 1, 1, "no seeds/ folder: put the source articles there as <id>.txt or <id>.html"));
      return new Result(articles, diagnostics);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> ArticleReader.isArticle(p.getFileName().toString())).sorted().toList();
    }
    List<Read> reads = readAll(files);
    for (Read r : reads) {
      if (r.problem() != null) {
        diagnostics.add(r.problem());
      } else if (articles.containsKey(r.article().id())) {
        diagnostics.add(Diagnostic.error(r.relative(), 1, 1, "another file of seeds/ is already article " + r.article().id()));
      } else {
        articles.put(r.article().id(), r.article());
      }
    }
    return new Result(articles, diagnostics);
  }

  /**
   * {@link #readOne} of every file, in order, on this thread and one more per other core, each
   * taking the next file. Not in a parallel stream: this runs beside the reading of {@code
   * content/}, and a thread outside the common pool waiting for its stream while another stream
   * has the pool spins instead of waiting.
   */
  private List<Read> readAll(List<Path> files) throws IOException {
    Read[] reads = new Read[files.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    Runnable work =
        () -> {
          for (int i = next.getAndIncrement();
              i < reads.length && failed.get() == null;
              i = next.getAndIncrement()) {
            try {
              reads[i] = readOne(files.get(i));
            } catch (RuntimeException e) {
              failed.compareAndSet(null, e);
            }
          }
        };
    List<Thread> helpers = new ArrayList<>();
    int cores = Runtime.getRuntime().availableProcessors();
    for (int n = 1; n < cores && n < files.size(); n++) {
      Thread helper = Threads.daemon("sijill-seeds-" + n).newThread(work);
      helper.start();
      helpers.add(helper);
    }
    work.run();
    for (Thread helper : helpers) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading seeds/", e);
      }
    }
    RuntimeException e = failed.get();
    if (e instanceof UncheckedIOException io) {
      throw io.getCause();
    }
    if (e != null) {
      throw e;
    }
    return List.of(reads);
  }

  private Read readOne(Path file) {
    String relative = "seeds/" + file.getFileName();
    String id = file.getFileName().toString().replaceFirst("\\.(txt|html|htm)$", "");
    if (!id.matches("[a-z0-9_]+")) {
      return new Read(relative, null, Diagnostic.error(relative, 1, 1,
          "article file names must be lowercase ASCII letters, digits and '_' before .txt or .html"));
    }
    try {
      java.nio.file.attribute.BasicFileAttributes before = null;
      long modified = 0;
      if (cache != null) {
        before = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        modified = before.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        Article known = cache.get(file.getFileName().toString(), before.size(), modified);
        if (known != null) {
          return new Read(relative, known, null);
        }
      }
      Article article = reader.read(file);
      if (cache != null && !article.sentences().isEmpty()) {
        java.nio.file.attribute.BasicFileAttributes after =
            Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        if (after.size() == before.size() && after.lastModifiedTime().equals(before.lastModifiedTime())) {
          cache.put(file.getFileName().toString(), before.size(), modified, article);
        }
      }
      return article.sentences().isEmpty()
          ? new Read(relative, null, Diagnostic.error(relative, 1, 1, "the article has no text"))
          : new Read(relative, article, null);
    } catch (CharacterCodingException e) {
      return new Read(relative, null, Diagnostic.error(relative, 1, 1, "not UTF-8 text: save the article as UTF-8"));
    } catch (UnreadableArticleException e) {
      return new Read(relative, null, e.diagnostic(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
