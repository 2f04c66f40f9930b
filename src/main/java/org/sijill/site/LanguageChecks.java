package org.sijill.site;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.sijill.diag.Diagnostic;

/**
 * The language checks of {@link OutputChecks}, page by page: each language tree has its {@code
 * lang} and {@code dir}; Latin text inside Arabic text is isolated; an element whose language
 * differs from its parent's says its direction.
 */
final class LanguageChecks {
  static final Evaluator HTML = QueryParser.parse("html");
  static final Evaluator LANG = QueryParser.parse("[lang]");

  private final List<Diagnostic> problems;

  LanguageChecks(List<Diagnostic> problems) {
    this.problems = problems;
  }

  /**
   * Checks {@code doc}, the page at {@code page}, whose first {@code <html>} element is {@code html}
   * (or null) and whose elements with a {@code lang} are {@code langs}, in document order.
   */
  void check(String page, Document doc, Element html, List<Element> langs) {
    language(page, html);
    isolation(page, doc);
    direction(page, langs);
  }

  private void problem(String page, Node node, String message) {
    problems.add(Diagnostic.error(page, HtmlSite.line(node), HtmlSite.column(node), message));
  }

  private void language(String page, Element html) {
    Lang lang = page.startsWith("ar/") ? Lang.AR : page.startsWith("en/") ? Lang.EN : null;
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

  private void isolation(String page, Document doc) {
    // arabic[d]: whether text in the element at depth d (the body at 0) is in Arabic text
    boolean[][] arabic = {new boolean[64]};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e) {
            if (depth >= arabic[0].length) {
              arabic[0] = java.util.Arrays.copyOf(arabic[0], 2 * depth);
            }
            Boolean own = direction(e);
            arabic[0][depth] =
                own != null ? own : depth == 0 ? inArabicText(e.parent()) : arabic[0][depth - 1];
          } else if (node instanceof TextNode text && depth > 0 && arabic[0][depth - 1]) {
            String latin = Scripts.unisolatedLatin(text.getWholeText());
            if (latin != null) {
              problem(
                  page,
                  text,
                  "Latin text not isolated in <bdi> (or FSI … PDI): \""
                      + latin
                      + "\" in "
                      + HtmlSite.tag(text.parent() instanceof Element p ? p : doc.body()));
            }
          }
        },
        doc.body());
  }

  /**
   * Whether text in {@code element} is Arabic as far as the element itself says: false in a
   * {@code <bdi>}, else from its {@code dir}, else from its {@code lang}; null when it says nothing.
   */
  private static Boolean direction(Element e) {
    if (e.tagName().equals("bdi")) {
      return false;
    }
    if (e.hasAttr("dir")) {
      return e.attr("dir").equalsIgnoreCase("rtl");
    }
    if (e.hasAttr("lang")) {
      return e.attr("lang").toLowerCase(Locale.ROOT).startsWith("ar");
    }
    return null;
  }

  /** Whether the nearest element from {@code start} up that sets a direction is Arabic. */
  private static boolean inArabicText(Node start) {
    for (Node node = start; node instanceof Element e; node = e.parent()) {
      Boolean own = direction(e);
      if (own != null) {
        return own;
      }
    }
    return false;
  }

  /**
   * Where an element's language differs from its parent's, it must also say its direction: {@code
   * dir} in HTML, {@code direction} on an SVG element.
   */
  private void direction(String page, List<Element> langs) {
    for (Element element : langs) {
      if (element.tagName().equals("html")) {
        continue;
      }
      String own = primary(element.attr("lang"));
      String inherited = element.parent() == null ? "" : primary(inheritedLang(element.parent()));
      boolean svg = inSvg(element);
      boolean hasDir = svg ? element.hasAttr("direction") : element.hasAttr("dir");
      if (!own.equals(inherited) && !hasDir) {
        problem(
            page,
            element,
            HtmlSite.tag(element)
                + ": the language changes from \""
                + inherited
                + "\" to \""
                + own
                + "\" but no "
                + (svg ? "direction" : "dir")
                + " is given");
      }
    }
  }

  private static String inheritedLang(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("lang")) {
        return e.attr("lang");
      }
    }
    return "";
  }

  private static String primary(String lang) {
    int dash = lang.indexOf('-');
    return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  private static boolean inSvg(Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e.tagName().equals("svg")) {
        return true;
      }
    }
    return false;
  }
}
