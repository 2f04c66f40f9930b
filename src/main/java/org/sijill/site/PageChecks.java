package org.sijill.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.sijill.diag.Diagnostic;

/**
 * The checks of {@link OutputChecks} on one page: what can be decided from the page itself and the
 * list of the site's files. A link to an anchor of another page, and an alternate that must link
 * back, depend on that page; they are decided at once when it was already read, else later ({@link
 * #pending()}).
 */
final class PageChecks {
  /**
   * A check that needs page {@code target}: that it has the id {@code fragment}, or, when the
   * fragment is null, that its alternates lead back to {@code page}; the link is element number
   * {@code element} of {@code page}, in document order.
   */
  record Pending(String page, int element, String target, String fragment) {}

  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*");
  private static final List<String> LINKING =
      List.of("href", "src", "srcset", "poster", "data", "action");

  // selectors compiled once: parsing a query costs more than running it on a page
  private static final Evaluator MAIN = QueryParser.parse("main");
  private static final Evaluator NOINDEX =
      QueryParser.parse("meta[name=robots][content~=(?i)noindex]");
  private static final Evaluator WEIGHING =
      QueryParser.parse("link[rel~=(?i)stylesheet][href], script[src]");

  private final HtmlSite site;
  private final String page;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private List<Element> elements = List.of();
  private boolean positioned;

  PageChecks(HtmlSite site, String page) {
    this.site = site;
    this.page = page;
  }

  List<Diagnostic> problems() {
    return problems;
  }

  List<Pending> pending() {
    return pending;
  }

  /**
   * Whether a problem was found whose line and column come from the page: they are right only if
   * the page was parsed with positions tracked.
   */
  boolean positioned() {
    return positioned;
  }

  /**
   * What the checks look for in a page, found in one pass over its elements (in document order, as
   * {@code select} finds them): the first {@code <html>} and {@code <main>}, whether a robots
   * {@code noindex} is there, the elements with a {@code lang}, the hreflang alternates, and the
   * stylesheets and scripts that count towards the page's weight.
   */
  private record Found(
      Element html,
      Element main,
      boolean noindex,
      List<Element> langs,
      List<Element> alternates,
      List<Element> weighing) {
    static Found in(Document doc, List<Element> elements) {
      Element html = null;
      Element main = null;
      boolean noindex = false;
      List<Element> langs = new ArrayList<>();
      List<Element> alternates = new ArrayList<>();
      List<Element> weighing = new ArrayList<>();
      for (Element e : elements) {
        String tag = e.normalName();
        if (html == null && LanguageChecks.HTML.matches(doc, e)) {
          html = e;
        }
        if (main == null && MAIN.matches(doc, e)) {
          main = e;
        }
        if (e.attributesSize() == 0) {
          continue;
        }
        if (LanguageChecks.LANG.matches(doc, e)) {
          langs.add(e);
        }
        if (tag.equals("link") || tag.equals("script") || tag.equals("meta")) {
          noindex = noindex || NOINDEX.matches(doc, e);
          if (HtmlSite.ALTERNATE.matches(doc, e)) {
            alternates.add(e);
          }
          if (WEIGHING.matches(doc, e)) {
            weighing.add(e);
          }
        }
      }
      return new Found(html, main, noindex, langs, alternates, weighing);
    }
  }

  /** Runs every check of the page, parsed as {@code doc}. */
  PageChecks run(Document doc) throws IOException {
    elements = doc.getAllElements();
    Found found = Found.in(doc, elements);
    int before = problems.size();
    new LanguageChecks(problems).check(page, doc, found.html(), found.langs());
    positioned = problems.size() > before;
    main(found.main());
    links(doc);
    alternates(doc, found);
    weight(found.weighing());
    return this;
  }

  /** Whether the pending check holds, reading its target page if need be. */
  static boolean holds(HtmlSite site, Pending check) throws IOException {
    HtmlSite.Summary summary = site.summary(check.target());
    return check.fragment() == null
        ? summary.alternates().contains(check.page())
        : summary.ids().contains(check.fragment());
  }

  private void later(Element element, int ordinal, String target, String fragment)
      throws IOException {
    Pending check = new Pending(page, ordinal, target, site.intern(fragment));
    if (!site.summarized(target)) {
      pending.add(check);
    } else if (!holds(site, check)) {
      problems.add(failed(element, check));
    }
  }

  /** The problem to report when {@code check} does not hold, reading its page again. */
  static Diagnostic failed(HtmlSite site, Pending check) throws IOException {
    Element element = site.page(check.page()).getAllElements().get(check.element());
    return new PageChecks(site, check.page()).failed(element, check);
  }

  private Diagnostic failed(Element element, Pending check) {
    return error(
        element,
        check.fragment() == null
            ? HtmlSite.tag(element) + ": " + check.target() + " has no hreflang link back to " + page
            : HtmlSite.tag(element)
                + ": broken link: no id \""
                + check.fragment()
                + "\" in "
                + check.target());
  }

  private Diagnostic error(Node node, String message) {
    positioned = true;
    return Diagnostic.error(page, HtmlSite.line(node), HtmlSite.column(node), message);
  }

  private void problem(Node node, String message) {
    problems.add(error(node, message));
  }

  private void main(Element main) {
    if (main == null) {
      problems.add(Diagnostic.error(page, 1, 1, "no <main> element"));
    } else if (blank(main)) {
      problem(main, HtmlSite.tag(main) + ": no text");
    }
  }

  /**
   * Whether {@code element.text().isBlank()}; the text is built only when no descendant text node
   * has a character that is neither white space nor invisible (a page's main text usually has one
   * at once).
   */
  static boolean blank(Element element) {
    return !visible(element) && element.text().isBlank();
  }

  private static boolean visible(Element element) {
    for (TextNode node : element.textNodes()) {
      if (node.getWholeText().codePoints().anyMatch(PageChecks::visible)) {
        return true;
      }
    }
    for (Element child : element.children()) {
      if (visible(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean visible(int c) {
    return !(c == 160 || c == 8203 || c == 173 || Character.isWhitespace(c));
  }

  private void links(Document doc) throws IOException {
    for (int i = 0; i < elements.size(); i++) {
      Element element = elements.get(i);
      int linking = linking(element);
      for (int k = 0; linking != 0 && k < LINKING.size(); k++) {
        String attribute = LINKING.get(k);
        if ((linking & 1 << k) == 0) {
          continue;
        }
        String value = element.attr(attribute).strip();
        if (attribute.equals("srcset")) {
          for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            link(element, i, attribute, url);
          }
        } else {
          link(element, i, attribute, value);
        }
      }
    }
  }

  /**
   * Which of the {@link #LINKING} attributes {@code element} has, as bits in their order, reading
   * its attributes once rather than asking for each.
   */
  private static int linking(Element element) {
    if (element.attributesSize() == 0) {
      return 0;
    }
    int bits = 0;
    for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
      for (int k = 0; k < LINKING.size(); k++) {
        if (attribute.getKey().equalsIgnoreCase(LINKING.get(k))) {
          bits |= 1 << k;
        }
      }
    }
    return bits;
  }

  private void link(Element element, int ordinal, String attribute, String url)
      throws IOException {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
      boolean anchor = element.tagName().equals("a") && attribute.equals("href");
      String rel =
          element.tagName().equals("link") ? element.attr("rel").toLowerCase(Locale.ROOT) : "";
      boolean metadata = rel.contains("canonical") || rel.contains("alternate");
      if (!anchor && !metadata) {
        problem(element, HtmlSite.tag(element) + ": external resource " + url);
      }
      return;
    }
    if (lower.startsWith("mailto:")) {
      return;
    }
    if (SCHEME.matcher(lower).matches()) {
      problem(element, HtmlSite.tag(element) + ": not a link to a page: " + url);
      return;
    }
    if (url.startsWith("/")) {
      problem(element, HtmlSite.tag(element) + ": absolute path (breaks under a sub-path and file://)");
      return;
    }
    HtmlSite.Target target;
    try {
      target = site.resolve(page, url);
    } catch (URISyntaxException e) {
      problem(element, HtmlSite.tag(element) + ": malformed URL");
      return;
    }
    if (target.path() == null) {
      problem(element, HtmlSite.tag(element) + ": leads out of the site");
    } else if (!site.exists(target.path())) {
      problem(element, HtmlSite.tag(element) + ": broken link: no file " + target.path());
    } else if (target.fragment() != null && !target.fragment().isEmpty()) {
      if (!target.path().endsWith(".html")) {
        problem(
            element,
            HtmlSite.tag(element)
                + ": broken link: no id \""
                + target.fragment()
                + "\" in "
                + target.path());
      } else {
        later(element, ordinal, target.path(), target.fragment());
      }
    }
  }

  private void alternates(Document doc, Found found) throws IOException {
    if (found.noindex()) {
      return;
    }
    List<Element> alternates = found.alternates();
    if (alternates.stream().noneMatch(e -> e.attr("hreflang").equals("x-default"))) {
      problem(doc.head(), "<head>: no <link rel=\"alternate\" hreflang=\"x-default\">");
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
      if (!target.path().equals(page)) {
        later(alternate, elements.indexOf(alternate), target.path(), null);
      }
    }
  }

  /**
   * The page with its own stylesheets and scripts must weigh less than {@link
   * OutputChecks#BUDGET} bytes; fonts do not count. Over budget is a warning: the page still
   * works, but is slow on a phone.
   */
  private void weight(List<Element> weighing) throws IOException {
    long bytes = site.size(page);
    for (Element e : weighing) {
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
    if (bytes > OutputChecks.BUDGET) {
      problems.add(
          Diagnostic.warning(
              page,
              1,
              1,
              "page weighs "
                  + (bytes + 1023) / 1024
                  + " KB with its stylesheets and scripts, over the "
                  + OutputChecks.BUDGET / 1024
                  + " KB budget"));
    }
  }
}
