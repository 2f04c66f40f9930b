package org.sijill.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Summaries: Markdown rendered by Flexmark with raw HTML escaped, then kept to a safe list of
 * elements (no images, no scripts, links only to http(s) and mailto), with the runs of the other
 * script isolated in {@code <bdi>}.
 */
final class Markdown {
  private final Parser parser;
  private final HtmlRenderer renderer;

  Markdown() {
    MutableDataSet options = new MutableDataSet();
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, " ");
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
  }

  /** {@code markdown}, written in {@code lang}, as an HTML fragment. */
  String render(String markdown, Lang lang) {
    String html = renderer.render(parser.parse(markdown));
    Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
    String clean = Jsoup.clean(html, "", Safelist.basic(), settings);
    Document doc = Jsoup.parseBodyFragment(clean);
    doc.outputSettings(settings);
    isolate(doc.body(), lang);
    return doc.body().html().strip();
  }

  private static void isolate(Element element, Lang lang) {
    for (Node child : List.copyOf(element.childNodes())) {
      if (child instanceof TextNode text) {
        List<Txt.Run> runs = Scripts.runs(lang, text.getWholeText());
        if (runs.stream().anyMatch(Txt.Run::bdi)) {
          for (Txt.Run run : runs) {
            Node node = run.bdi() ? new Element("bdi").text(run.text()) : new TextNode(run.text());
            text.before(node);
          }
          text.remove();
        }
      } else if (child instanceof Element inner) {
        isolate(inner, lang);
      }
    }
  }
}
