package org.sijill.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.sijill.diag.Diagnostic;

/**
 * Checks a built site, page by page: links and anchors resolve, hreflang alternates are reciprocal
 * and include x-default, every page has a {@code <main>} with text, the language checks of {@link
 * LanguageChecks} pass, nothing is loaded from another site, and (a warning) a page with its
 * stylesheets and scripts stays under 100 KB.
 * Each problem names the page (path from the site folder), the line and column, and the element.
 */
public final class OutputChecks {
  private static final Pattern CSS_URL =
      Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])\\s*((?:https?:)?//[^'\")\\s]*)");
  private static final List<String> LINKING =
      List.of("href", "src", "srcset", "poster", "data", "action");

  /** The most a page may weigh with its stylesheets and scripts, fonts aside: 100 KB. */
  static final long BUDGET = 100 * 1024;

  private final HtmlSite site;
  private final Predicate<String> selected;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final LanguageChecks languages = new LanguageChecks(problems);

  private OutputChecks(HtmlSite site, Predicate<String> selected) {
    this.site = site;
    this.selected = selected;
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
    OutputChecks checks = new OutputChecks(new HtmlSite(siteDir), pages);
    checks.run();
    return checks.problems.stream().sorted().toList();
  }

  private void run() throws IOException {
    for (String page : site.pages()) {
      if (!selected.test(page)) {
        continue;
      }
      Document doc = site.page(page);
      languages.check(page, doc);
      main(page, doc);
      links(page, doc);
      alternates(page, doc);
      weight(page, doc);
    }
    for (String file : site.files()) {
      if (file.endsWith(".css")) {
        stylesheet(file);
      }
    }
  }

  private void problem(String page, Node node, String message) {
    problems.add(Diagnostic.error(page, HtmlSite.line(node), HtmlSite.column(node), message));
  }

  private void main(String page, Document doc) {
    Element main = doc.selectFirst("main");
    if (main == null) {
      problems.add(Diagnostic.error(page, 1, 1, "no <main> element"));
    } else if (main.text().isBlank()) {
      problem(page, main, HtmlSite.tag(main) + ": no text");
    }
  }

  private void links(String page, Document doc) throws IOException {
    for (Element element : doc.getAllElements()) {
      for (String attribute : LINKING) {
        if (!element.hasAttr(attribute)) {
          continue;
        }
        String value = element.attr(attribute).strip();
        if (attribute.equals("srcset")) {
          for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            link(page, element, attribute, url);
          }
        } else {
          link(page, element, attribute, value);
        }
      }
    }
  }

  private void link(String page, Element element, String attribute, String url) throws IOException {
    String tag = HtmlSite.tag(element);
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
      boolean anchor = element.tagName().equals("a") && attribute.equals("href");
      String rel =
          element.tagName().equals("link") ? element.attr("rel").toLowerCase(Locale.ROOT) : "";
      boolean metadata = rel.contains("canonical") || rel.contains("alternate");
      if (!anchor && !metadata) {
        problem(page, element, tag + ": external resource " + url);
      }
      return;
    }
    if (lower.startsWith("mailto:")) {
      return;
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
      problem(page, element, tag + ": not a link to a page: " + url);
      return;
    }
    if (url.startsWith("/")) {
      problem(page, element, tag + ": absolute path (breaks under a sub-path and file://)");
      return;
    }
    HtmlSite.Target target;
    try {
      target = site.resolve(page, url);
    } catch (URISyntaxException e) {
      problem(page, element, tag + ": malformed URL");
      return;
    }
    if (target.path() == null) {
      problem(page, element, tag + ": leads out of the site");
    } else if (!site.exists(target.path())) {
      problem(page, element, tag + ": broken link: no file " + target.path());
    } else if (target.fragment() != null && !target.fragment().isEmpty()) {
      if (!target.path().endsWith(".html")
          || !site.summary(target.path()).ids().contains(target.fragment())) {
        problem(
            page,
            element,
            tag + ": broken link: no id \"" + target.fragment() + "\" in " + target.path());
      }
    }
  }

  private void alternates(String page, Document doc) throws IOException {
    if (!doc.select("meta[name=robots][content~=(?i)noindex]").isEmpty()) {
      return;
    }
    List<Element> alternates = HtmlSite.alternates(doc);
    if (alternates.stream().noneMatch(e -> e.attr("hreflang").equals("x-default"))) {
      Element head = doc.head();
      problem(page, head, "<head>: no <link rel=\"alternate\" hreflang=\"x-default\">");
    }
    for (Element alternate : alternates) {
      if (alternate.attr("hreflang").equals("x-default")) {
        continue;
      }
      HtmlSite.Target target;
      try {
        target = site.resolve(page, alternate.attr("href"));
      } catch (URISyntaxException e) {
        continue;
      }
      if (target == null || target.path() == null || !site.exists(target.path())) {
        continue;
      }
      if (!target.path().equals(page) && !linksBack(target.path(), page)) {
        problem(
            page,
            alternate,
            HtmlSite.tag(alternate)
                + ": "
                + target.path()
                + " has no hreflang link back to "
                + page);
      }
    }
  }

  private boolean linksBack(String from, String page) throws IOException {
    return site.summary(from).alternates().contains(page);
  }

  /**
   * The page with its own stylesheets and scripts must weigh less than {@link #BUDGET} bytes; fonts
   * do not count. Over budget is a warning: the page still works, but is slow on a phone.
   */
  private void weight(String page, Document doc) throws IOException {
    long bytes = site.size(page);
    for (Element e : doc.select("link[rel~=(?i)stylesheet][href], script[src]")) {
      String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      try {
        HtmlSite.Target target = site.resolve(page, url);
        if (target != null && target.path() != null && site.exists(target.path())) {
          bytes += site.size(target.path());
        }
      } catch (URISyntaxException e2) {
        // reported by the link check
      }
    }
    if (bytes > BUDGET) {
      problems.add(
          Diagnostic.warning(
              page,
              1,
              1,
              "page weighs "
                  + (bytes + 1023) / 1024
                  + " KB with its stylesheets and scripts, over the "
                  + BUDGET / 1024
                  + " KB budget"));
    }
  }

  private void stylesheet(String file) throws IOException {
    String css = site.read(file);
    Matcher m = CSS_URL.matcher(css);
    while (m.find()) {
      int line = 1 + (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      int column = m.start() - css.lastIndexOf('\n', m.start() - 1);
      problems.add(Diagnostic.error(file, line, column, "external resource " + m.group(1)));
    }
  }
}
