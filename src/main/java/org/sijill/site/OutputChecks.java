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
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.sijill.diag.Diagnostic;

/**
 * Checks a built site, page by page: links and anchors resolve, each language tree has its lang and
 * dir, hreflang alternates are reciprocal and include x-default, every page has a {@code <main>}
 * with text, Latin text inside Arabic text is isolated, and nothing is loaded from another site.
 * Each problem names the page (path from the site folder), the line and column, and the element.
 */
public final class OutputChecks {
  private static final Pattern CSS_URL =
      Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])\\s*((?:https?:)?//[^'\")\\s]*)");
  private static final List<String> LINKING =
      List.of("href", "src", "srcset", "poster", "data", "action");

  private final HtmlSite site;
  private final Predicate<String> selected;
  private final List<Diagnostic> problems = new ArrayList<>();

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
      language(page, doc);
      main(page, doc);
      links(page, doc);
      alternates(page, doc);
      isolation(page, doc);
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

  private void language(String page, Document doc) {
    Lang lang = page.startsWith("ar/") ? Lang.AR : page.startsWith("en/") ? Lang.EN : null;
    Element html = doc.selectFirst("html");
    if (lang == null || html == null) {
      return;
    }
    if (!html.attr("lang").equals(lang.code()) || !html.attr("dir").equals(lang.dir())) {
      problem(
          page,
          html,
          HtmlSite.tag(html)
              + ": expected lang=\""
              + lang.code()
              + "\" dir=\""
              + lang.dir()
              + "\"");
    }
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

  private void isolation(String page, Document doc) {
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text
              && Scripts.hasLatin(text.getWholeText())
              && inArabicText(text)) {
            String latin =
                Scripts.runs(Lang.AR, text.getWholeText()).stream()
                    .filter(Txt.Run::bdi)
                    .findFirst()
                    .map(Txt.Run::text)
                    .orElse("");
            problem(
                page,
                text,
                "Latin text not isolated in <bdi>: \""
                    + latin
                    + "\" in "
                    + HtmlSite.tag(text.parent() instanceof Element e ? e : doc.body()));
          }
        },
        doc.body());
  }

  /** Whether the nearest element that sets a direction around {@code text} is Arabic. */
  private static boolean inArabicText(TextNode text) {
    for (Node node = text.parent(); node instanceof Element e; node = e.parent()) {
      if (e.tagName().equals("bdi")) {
        return false;
      }
      if (e.hasAttr("dir")) {
        return e.attr("dir").equalsIgnoreCase("rtl");
      }
      if (e.hasAttr("lang")) {
        return e.attr("lang").toLowerCase(Locale.ROOT).startsWith("ar");
      }
    }
    return false;
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
