package org.sijill.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jbake.template.DelegatingTemplateEngine;
import org.sijill.diag.Diagnostic;

/**
 * Builds, renders and checks every page on a fixed number of threads, one page at a time per
 * thread: a page none of whose inputs changed since the last build ({@link Manifest}) is left in
 * the output folder as it is ({@link Publish}) and its warnings given again; any other page's model is built (noting
 * what it reads), rendered by JBake, checked, and dropped. What each page yields is stored by its
 * position, so the outcome does not depend on which thread did what.
 */
final class Rendering {
  /**
   * What every page read, by path (for the next manifest), the pages that failed to render or were
   * not written, the warnings of the pages kept, how many pages were built, and the paths of the
   * pages kept in the output folder.
   */
  record Outcome(
      SortedMap<String, Manifest.Built> pages, List<Diagnostic> problems, int built, Set<String> kept) {}

  private final SiteModel.Outline outline;
  private final Bake.Session bake;
  private final Map<String, Manifest.Built> unchanged;
  private final Path output;
  private final Path staged;
  private final OutputChecks checks;
  private final Manifest.Built[] read;
  private final List<List<Diagnostic>> problems;
  private final int[] order;
  /** The pages kept as they are: their inputs did not change and they are in the output. */
  private final boolean[] kept;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger built = new AtomicInteger();

  Rendering(
      SiteModel.Outline outline,
      Bake.Session bake,
      Map<String, Manifest.Built> unchanged,
      Path output,
      Path staged,
      OutputChecks checks) {
    this.outline = outline;
    this.bake = bake;
    this.unchanged = unchanged;
    this.output = output;
    this.staged = staged;
    this.checks = checks;
    this.read = new Manifest.Built[outline.pages().size()];
    this.problems = new ArrayList<>(java.util.Collections.nCopies(read.length, List.of()));
    this.order = order(outline.pages());
    this.kept = new boolean[read.length];
    for (int i = 0; i < read.length; i++) {
      String path = outline.pages().get(i).path();
      Manifest.Built same = unchanged.get(path);
      if (same != null && Files.isRegularFile(output.resolve(path))) {
        kept[i] = true;
        checks.kept(path, same.summary());
      }
    }
  }

  /**
   * The order pages are taken in: article pages first, as the other pages link to their sentences
   * and those links can be checked at once when the article page was already read.
   */
  private static int[] order(List<SiteModel.Spec> pages) {
    int[] order = new int[pages.size()];
    int k = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < pages.size(); i++) {
        if ((pages.get(i).kind() == SiteModel.Kind.ARTICLE) == (pass == 0)) {
          order[k++] = i;
        }
      }
    }
    return order;
  }

  /**
   * Runs on {@code threads} threads. If a page model cannot be built, the exception of the first
   * such page in site order is thrown once every page was tried.
   */
  Outcome run(int threads) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "sijill-render");
              t.setDaemon(true);
              return t;
            });
    List<Future<Failure>> workers = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(this::work));
      }
      Failure first = null;
      for (Future<Failure> worker : workers) {
        Failure failure = worker.get();
        if (failure != null && (first == null || failure.index() < first.index())) {
          first = failure;
        }
      }
      if (first != null) {
        throw first.error();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    SortedMap<String, Manifest.Built> byPath = new TreeMap<>();
    List<Diagnostic> all = new ArrayList<>();
    Set<String> keptPaths = new java.util.HashSet<>();
    for (int i = 0; i < read.length; i++) {
      String path = outline.pages().get(i).path();
      if (read[i] != null) {
        byPath.put(path, read[i]);
      }
      if (kept[i]) {
        keptPaths.add(path);
      }
      all.addAll(problems.get(i));
    }
    return new Outcome(byPath, all, built.get(), keptPaths);
  }

  /** A page model that could not be built: its position and why. */
  private record Failure(int index, RuntimeException error) {}

  private Failure work() {
    SiteModel.Makers makers = new SiteModel.Makers(outline);
    DelegatingTemplateEngine jbake = bake.engine();
    Failure first = null;
    for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
      int i = order[k];
      SiteModel.Spec spec = outline.pages().get(i);
      try {
        problems.set(i, one(spec, makers, jbake, i));
      } catch (RuntimeException e) {
        first = first == null || i < first.index() ? new Failure(i, e) : first;
      } catch (IOException e) {
        first = first == null || i < first.index() ? new Failure(i, new UncheckedIOException(e)) : first;
      }
    }
    return first;
  }

  private List<Diagnostic> one(
      SiteModel.Spec spec, SiteModel.Makers makers, DelegatingTemplateEngine jbake, int i)
      throws IOException {
    String path = spec.path();
    if (kept[i]) {
      Manifest.Built same = unchanged.get(path);
      read[i] = same;
      same.problems().forEach(outline.data()::problem);
      return same.checked();
    }
    Reads reads = outline.data().reads;
    Page page;
    reads.start();
    try {
      page = makers.make(spec);
    } finally {
      Reads.Page noted = reads.stop();
      read[i] = new Manifest.Built(noted.keys(), List.copyOf(noted.problems), List.of(), null);
    }
    built.incrementAndGet();
    String html;
    try {
      html = bake.render(jbake, path, page);
    } catch (Exception e) {
      return List.of(Bake.describe(path, e));
    }
    List<Diagnostic> missing = Bake.missing(staged, List.of(path), Set.of());
    if (missing.isEmpty()) {
      List<Diagnostic> checked = checks.page(path, html);
      read[i] = new Manifest.Built(read[i].keys(), read[i].problems(), checked, checks.summary(path));
    }
    return missing;
  }
}
