package org.sijill.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijill.diag.Diagnostic;

/**
 * Checks a built site, page by page: links and anchors resolve, hreflang alternates are reciprocal
 * and include x-default, every page has a {@code <main>} with text, the language checks of {@link
 * LanguageChecks} pass, nothing is loaded from another site, and (a warning) a page with its
 * stylesheets and scripts stays under 100 KB.
 * Each problem names the page (path from the site folder), the line and column, and the element.
 *
 * <p>Pages may be checked from several threads, each read once ({@link #page}); what depends on
 * another page is decided by {@link #finish} once every page was seen.
 */
public final class OutputChecks {
  private static final Pattern CSS_URL =
      Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])\\s*((?:https?:)?//[^'\")\\s]*)");

  /** The most a page may weigh with its stylesheets and scripts, fonts aside: 100 KB. */
  static final long BUDGET = 100 * 1024;

  private final HtmlSite site;
  private final Queue<Diagnostic> problems = new ConcurrentLinkedQueue<>();
  private final Queue<List<PageChecks.Pending>> pending = new ConcurrentLinkedQueue<>();

  OutputChecks(HtmlSite site) {
    this.site = site;
  }

  /** Every problem in the site in {@code siteDir}, sorted by page and position. */
  public static List<Diagnostic> check(Path siteDir) throws IOException {
    return check(siteDir, page -> true);
  }

  /**
   * The problems of the pages of {@code siteDir} that {@code pages} selects (their links are checked
   * against the whole site), and of every stylesheet.
   */
  public static List<Diagnostic> check(Path siteDir, Predicate<String> pages) throws IOException {
    OutputChecks checks = new OutputChecks(new HtmlSite(siteDir));
    for (String page : checks.site.pages()) {
      if (pages.test(page)) {
        checks.page(page);
      }
    }
    return checks.finish();
  }

  /**
   * Checks the page at {@code page}, reading it from the site's folder. It is parsed without
   * positions, and again with them only if a problem needs its line and column.
   */
  void page(String page) throws IOException {
    page(page, site.read(page));
  }

  /** Checks the page at {@code page}, whose text is {@code html}; the problems found in it alone. */
  List<Diagnostic> page(String page, String html) throws IOException {
    PageChecks checks = new PageChecks(site, page).run(HtmlSite.parse(html, false));
    if (checks.positioned()) {
      checks = new PageChecks(site, page).run(HtmlSite.parse(html, true));
    }
    problems.addAll(checks.problems());
    if (!checks.pending().isEmpty()) {
      pending.add(List.copyOf(checks.pending()));
    }
    return List.copyOf(checks.problems());
  }

  /** The ids and alternates of a page already checked. */
  HtmlSite.Summary summary(String page) throws IOException {
    return site.summary(page);
  }

  /** Takes {@code summary} as that of {@code page}, which is kept as it is and not checked again. */
  void kept(String page, HtmlSite.Summary summary) {
    site.summarized(page, summary);
  }

  /** Decides what waited for other pages, checks the stylesheets; every problem, sorted. */
  List<Diagnostic> finish() throws IOException {
    List<Diagnostic> all = new ArrayList<>(problems);
    for (List<PageChecks.Pending> checks : pending) {
      for (PageChecks.Pending check : checks) {
        if (!PageChecks.holds(site, check)) {
          all.add(PageChecks.failed(site, check));
        }
      }
    }
    for (String file : site.files()) {
      if (file.endsWith(".css")) {
        stylesheet(file, all);
      }
    }
    return all.stream().sorted().toList();
  }

  private void stylesheet(String file, List<Diagnostic> all) throws IOException {
    String css = site.read(file);
    Matcher m = CSS_URL.matcher(css);
    while (m.find()) {
      int line = 1 + (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      int column = m.start() - css.lastIndexOf('\n', m.start() - 1);
      all.add(Diagnostic.error(file, line, column, "external resource " + m.group(1)));
    }
  }
}
