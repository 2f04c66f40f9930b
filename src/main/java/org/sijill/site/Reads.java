package org.sijill.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijill.diag.Diagnostic;

/**
 * What the page being built on this thread read: the keys of the inputs its model was made from
 * (see {@link Fingerprints} for what each key names) and the problems found while making it. A
 * thread records only between {@link #start} and {@link #stop}; reads made at other times (the
 * outline, the fingerprints) are not recorded.
 *
 * <p>The rule that makes incremental builds exact: a page maker reads the fact base, the articles
 * and the cross references only through {@link SiteData} while it builds a page, and keeps nothing
 * derived from them from one page to the next.
 */
final class Reads {
  /** One page's record. */
  static final class Page {
    // a page reads the same records again and again: noted in a hash set, sorted once at the end
    private final Set<String> noted = new HashSet<>();
    final List<Diagnostic> problems = new ArrayList<>();

    /** The keys read, sorted. */
    List<String> keys() {
      String[] sorted = noted.toArray(String[]::new);
      Arrays.sort(sorted);
      return List.of(sorted);
    }
  }

  private final ThreadLocal<Page> current = new ThreadLocal<>();

  /** Starts recording on this thread. */
  void start() {
    current.set(new Page());
  }

  /** Stops recording on this thread; what was recorded since {@link #start}. */
  Page stop() {
    Page page = current.get();
    current.remove();
    return page;
  }

  /**
   * Runs {@code work} on this thread without recording what it reads: for what a page asks for
   * that is not made for it alone (a cross reference made once, on first use, and kept).
   */
  <T> T unrecorded(java.util.function.Supplier<T> work) {
    Page page = current.get();
    current.remove();
    try {
      return work.get();
    } finally {
      if (page != null) {
        current.set(page);
      }
    }
  }

  /** Notes that the page being built read {@code key}. */
  void note(String key) {
    Page page = current.get();
    if (page != null) {
      page.noted.add(key);
    }
  }

  /** Notes a problem of the page being built, if one is. */
  void problem(Diagnostic problem) {
    Page page = current.get();
    if (page != null) {
      page.problems.add(problem);
    }
  }
}
