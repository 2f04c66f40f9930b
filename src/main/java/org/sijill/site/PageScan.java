package org.sijill.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * What the output checks and a page's {@link HtmlSite.Summary} need from a parsed page, found in
 * one walk over its nodes, in document order: the first {@code <html>} and {@code <main>}, whether
 * a robots {@code noindex} is there, the hreflang alternates, the stylesheets and scripts that count
 * towards its weight, the ids, each element's linking attributes, each element with a {@code lang}
 * (with the language it inherits and whether it is inside an SVG), and the Latin text not isolated
 * inside Arabic text. What an element inherits (its direction, its language, being inside an SVG) is
 * carried down the walk rather than looked for upwards. Elements are numbered as {@link
 * Element#getAllElements()} numbers them (the document is 0). The page is not changed.
 */
final class PageScan implements NodeVisitor {
  /** The attributes that hold a link, in the order they are checked. */
  static final List<String> LINKING = List.of("href", "src", "srcset", "poster", "data", "action");

  /** An element with linking attributes: its number and which of {@link #LINKING} it has, as bits. */
  record Linking(Element element, int ordinal, int bits) {}

  /** An element with a {@code lang}: the language of its parent, and whether it is in an SVG. */
  record Langed(Element element, String inherited, boolean inSvg) {}

  /** A text node inside Arabic text whose Latin run {@code latin} is not isolated. */
  record Unisolated(TextNode text, String latin) {}

  /** An hreflang alternate and its number. */
  record Alternate(Element element, int ordinal) {}

  private static final Evaluator NOINDEX =
      QueryParser.parse("meta[name=robots][content~=(?i)noindex]");
  private static final Evaluator WEIGHING =
      QueryParser.parse("link[rel~=(?i)stylesheet][href], script[src]");

  /** The {@code <link rel="alternate" hreflang>} elements. */
  static final Evaluator ALTERNATE = QueryParser.parse("link[rel~=(?i)^alternate$][hreflang]");

  private final Document doc;
  private final Element body;
  private Element html;
  private Element main;
  private boolean noindex;
  private final List<String> ids = new ArrayList<>();
  private final List<Alternate> alternates = new ArrayList<>();
  private final List<Element> weighing = new ArrayList<>();
  private final List<Linking> links = new ArrayList<>();
  private final List<Langed> langs = new ArrayList<>();
  private final List<Unisolated> unisolated = new ArrayList<>();

  private int ordinal;
  private int bodyDepth = -1;
  // by depth: whether text in the element is Arabic, its language, whether its children are in an SVG
  private boolean[] arabic = new boolean[64];
  private String[] lang = new String[64];
  private boolean[] svg = new boolean[64];

  private PageScan(Document doc) {
    this.doc = doc;
    this.body = body(doc);
  }

  /** The walk over {@code doc}. */
  static PageScan of(Document doc) {
    PageScan scan = new PageScan(doc);
    NodeTraversor.traverse(scan, doc);
    return scan;
  }

  /** {@link Document#body()}, or null where that would add one. */
  private static Element body(Document doc) {
    for (Element html = doc.firstElementChild(); html != null; html = html.nextElementSibling()) {
      if (html.nameIs("html")) {
        for (Element e = html.firstElementChild(); e != null; e = e.nextElementSibling()) {
          if (e.nameIs("body") || e.nameIs("frameset")) {
            return e;
          }
        }
        return null;
      }
    }
    return null;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof Element e) {
      element(e, depth);
    } else if (node instanceof TextNode text
        && bodyDepth >= 0
        && depth > bodyDepth
        && arabic[depth - 1]) {
      String latin = Scripts.unisolatedLatin(text.getWholeText());
      if (latin != null) {
        unisolated.add(new Unisolated(text, latin));
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node == body) {
      bodyDepth = -1;
    }
  }

  private void element(Element e, int depth) {
    int number = ordinal++;
    if (depth >= arabic.length) {
      arabic = Arrays.copyOf(arabic, 2 * depth);
      lang = Arrays.copyOf(lang, 2 * depth);
      svg = Arrays.copyOf(svg, 2 * depth);
    }
    if (e == body) {
      bodyDepth = depth;
    }
    String tag = e.normalName();
    if (html == null && tag.equals("html")) {
      html = e;
    }
    if (main == null && tag.equals("main")) {
      main = e;
    }
    boolean parentArabic = depth > 0 && arabic[depth - 1];
    String parentLang = depth > 0 ? lang[depth - 1] : "";
    boolean inSvg = depth > 0 && svg[depth - 1];
    svg[depth] = inSvg || tag.equals("svg");
    if (e.attributesSize() == 0) {
      arabic[depth] = !tag.equals("bdi") && parentArabic;
      lang[depth] = parentLang;
      return;
    }
    Attributes attributes = e.attributes();
    Boolean own = direction(tag, attributes);
    arabic[depth] = own != null ? own : parentArabic;
    if (attributes.hasKeyIgnoreCase("lang")) {
      lang[depth] = attributes.getIgnoreCase("lang");
      langs.add(new Langed(e, parentLang, inSvg));
    } else {
      lang[depth] = parentLang;
    }
    if (attributes.hasKeyIgnoreCase("id")) {
      ids.add(attributes.getIgnoreCase("id"));
    }
    if (tag.equals("a") && attributes.hasKeyIgnoreCase("name")) {
      ids.add(attributes.getIgnoreCase("name"));
    }
    if (tag.equals("link") || tag.equals("script") || tag.equals("meta")) {
      noindex = noindex || NOINDEX.matches(doc, e);
      if (ALTERNATE.matches(doc, e)) {
        alternates.add(new Alternate(e, number));
      }
      if (WEIGHING.matches(doc, e)) {
        weighing.add(e);
      }
    }
    int bits = linking(attributes);
    if (bits != 0) {
      links.add(new Linking(e, number, bits));
    }
  }

  /**
   * Whether text in {@code element} is Arabic as far as the element itself says: false in a
   * {@code <bdi>}, else from its {@code dir}, else from its {@code lang}; null when it says nothing.
   */
  private static Boolean direction(String tag, Attributes attributes) {
    if (tag.equals("bdi")) {
      return false;
    }
    if (attributes.hasKeyIgnoreCase("dir")) {
      return attributes.getIgnoreCase("dir").equalsIgnoreCase("rtl");
    }
    if (attributes.hasKeyIgnoreCase("lang")) {
      return attributes.getIgnoreCase("lang").toLowerCase(Locale.ROOT).startsWith("ar");
    }
    return null;
  }

  /** Which of the {@link #LINKING} attributes (in any case) are in {@code attributes}, as bits. */
  private static int linking(Attributes attributes) {
    int bits = 0;
    for (Attribute attribute : attributes) {
      // the HTML parser gives names in lower case: then no new string is made
      int k = LINKING.indexOf(attribute.getKey().toLowerCase(Locale.ROOT));
      if (k >= 0) {
        bits |= 1 << k;
      }
    }
    return bits;
  }

  Document doc() {
    return doc;
  }

  /** The page's body, or null when it has none. */
  Element body() {
    return body;
  }

  Element html() {
    return html;
  }

  Element main() {
    return main;
  }

  boolean noindex() {
    return noindex;
  }

  /** The values of every {@code id}, and of the {@code name} of every {@code <a>}. */
  List<String> ids() {
    return ids;
  }

  List<Alternate> alternates() {
    return alternates;
  }

  List<Element> weighing() {
    return weighing;
  }

  List<Linking> links() {
    return links;
  }

  List<Langed> langs() {
    return langs;
  }

  List<Unisolated> unisolated() {
    return unisolated;
  }
}
