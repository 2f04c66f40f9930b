package org.sijill.site;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.sijill.diag.Diagnostic;

/**
 * The language checks of {@link OutputChecks}, page by page: each language tree has its {@code
 * lang} and {@code dir}; Latin text inside Arabic text is isolated; an element whose language
 * differs from its parent's says its direction.
 */
final class LanguageChecks {
  private final List<Diagnostic> problems;

  LanguageChecks(List<Diagnostic> problems) {
    this.problems = problems;
  }

  /** Checks the page at {@code page}, from what {@code scan} found in it. */
  void check(String page, PageScan scan) {
    language(page, scan.html());
    isolation(page, scan);
    direction(page, scan.langs());
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

  /** Latin text inside Arabic text must be isolated (the walk of {@link PageScan} finds it). */
  private void isolation(String page, PageScan scan) {
    for (PageScan.Unisolated found : scan.unisolated()) {
      TextNode text = found.text();
      problem(
          page,
          text,
          "Latin text not isolated in <bdi> (or FSI … PDI): \""
              + found.latin()
              + "\" in "
              + HtmlSite.tag(text.parent() instanceof Element p ? p : scan.body()));
    }
  }

  /**
   * Where an element's language differs from its parent's, it must also say its direction: {@code
   * dir} in HTML, {@code direction} on an SVG element.
   */
  private void direction(String page, List<PageScan.Langed> langs) {
    for (PageScan.Langed langed : langs) {
      Element element = langed.element();
      if (element.tagName().equals("html")) {
        continue;
      }
      String own = primary(element.attr("lang"));
      String inherited = element.parent() == null ? "" : primary(langed.inherited());
      boolean svg = langed.inSvg();
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

  private static String primary(String lang) {
    int dash = lang.indexOf('-');
    return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
