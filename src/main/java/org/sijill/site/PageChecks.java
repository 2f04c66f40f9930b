package org.sijill.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
  private static final List<String> LINKING = PageScan.LINKING;

  private final HtmlSite site;
  private final String page;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  // relative links of this page already found to lead to an existing file (and anchor)
  private final Set<String> good = new HashSet<>();
  // where links from this page's folder lead (shared by the pages of the folder), once needed
  private Map<String, HtmlSite.Target> folderLinks;
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
   * Runs every check of the page, parsed as {@code doc}, after taking its summary (its ids and
   * alternates) unless that is known: a link to an anchor of the page itself is checked against it.
   */
  PageChecks run(Document doc) throws IOException {
    PageScan scan = PageScan.of(doc);
    site.summarized(page, scan);
    int before = problems.size();
    new LanguageChecks(problems).check(page, scan);
    positioned = problems.size() > before;
    main(scan.main());
    links(scan.links());
    alternates(doc, scan);
    weight(scan.weighing());
    return this;
  }

  /** Whether the pending check holds, reading its target page if need be. */
  static boolean holds(HtmlSite site, Pending check) throws IOException {
    HtmlSite.Summary summary = site.summary(check.target());
    return check.fragment() == null
        ? summary.alternates().contains(check.page())
        : summary.ids().contains(check.fragment());
  }

  /** Decides the check now if the target page is known, else later; whether it held now. */
  private boolean later(Element element, int ordinal, String target, String fragment)
      throws IOException {
    if (!site.summarized(target)) {
      pending.add(new Pending(page, ordinal, target, site.intern(fragment)));
      return false;
    }
    Pending check = new Pending(page, ordinal, target, fragment);
    if (!holds(site, check)) {
      problems.add(failed(element, check));
      return false;
    }
    return true;
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
    for (Node child = element.firstChild(); child != null; child = child.nextSibling()) {
      if (child instanceof TextNode text ? visible(text.getWholeText())
          : child instanceof Element e && visible(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean visible(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (visible(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static boolean visible(int c) {
    return !(c == 160 || c == 8203 || c == 173 || Character.isWhitespace(c));
  }

  private void links(List<PageScan.Linking> links) throws IOException {
    for (PageScan.Linking linking : links) {
      Element element = linking.element();
      for (int k = 0; k < LINKING.size(); k++) {
        if ((linking.bits() & 1 << k) == 0) {
          continue;
        }
        String attribute = LINKING.get(k);
        String value = element.attr(attribute).strip();
        if (attribute.equals("srcset")) {
          for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            link(element, linking.ordinal(), attribute, url);
          }
        } else {
          link(element, linking.ordinal(), attribute, value);
        }
      }
    }
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
    if (lower.indexOf(':') >= 0 && SCHEME.matcher(lower).matches()) {
      problem(element, HtmlSite.tag(element) + ": not a link to a page: " + url);
      return;
    }
    if (good.contains(url)) {
      return;
    }
    if (url.startsWith("/")) {
      problem(element, HtmlSite.tag(element) + ": absolute path (breaks under a sub-path and file://)");
      return;
    }
    HtmlSite.Target target;
    try {
      if (folderLinks == null) {
        folderLinks = site.links(page);
      }
      target = site.resolve(page, url, folderLinks);
    } catch (URISyntaxException e) {
      problem(element, HtmlSite.tag(element) + ": malformed URL");
      return;
    }
    if (target.path() == null) {
      problem(element, HtmlSite.tag(element) + ": leads out of the site");
    } else if (!site.exists(target.path())) {
      problem(element, HtmlSite.tag(element) + ": broken link: no file " + target.path());
    } else if (target.fragment() == null || target.fragment().isEmpty()) {
      good.add(url);
    } else {
      if (!target.path().endsWith(".html")) {
        problem(
            element,
            HtmlSite.tag(element)
                + ": broken link: no id \""
                + target.fragment()
                + "\" in "
                + target.path());
      } else if (later(element, ordinal, target.path(), target.fragment())) {
        good.add(url);
      }
    }
  }

  private void alternates(Document doc, PageScan scan) throws IOException {
    if (scan.noindex()) {
      return;
    }
    List<PageScan.Alternate> alternates = scan.alternates();
    if (alternates.stream().noneMatch(a -> a.element().attr("hreflang").equals("x-default"))) {
      problem(doc.head(), "<head>: no <link rel=\"alternate\" hreflang=\"x-default\">");
    }
    for (PageScan.Alternate alternate : alternates) {
      Element element = alternate.element();
      if (element.attr("hreflang").equals("x-default")) {
        continue;
      }
      HtmlSite.Target target;
      try {
        target = site.resolve(page, element.attr("href"));
      } catch (URISyntaxException e) {
        continue;
      }
      if (target == null || target.path() == null || !site.exists(target.path())) {
        continue;
      }
      if (!target.path().equals(page)) {
        later(element, alternate.ordinal(), target.path(), null);
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
