package org.sijill.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved news page read with jsoup: the headline ({@code og:title}, else the first {@code h1},
 * else {@code <title>} without the site name), the story's paragraphs (from {@code <article>} or
 * an {@code articleBody} element, else the element holding the most paragraph text) with
 * navigation, related-article lists, share bars, mastheads and footers left out, and the page's
 * metadata: outlet ({@code og:site_name}, else the JSON-LD publisher), canonical URL and
 * publication date ({@code article:published_time}, JSON-LD {@code datePublished}, or a
 * {@code <time>} element).
 */
public final class HtmlPage {
  /** What a page holds: headline, paragraphs, outlet, canonical URL, date ({@code YYYY-MM-DD}); each may be null or empty. */
  public record Content(String headline, List<String> paragraphs, String outlet, String url, String published) {
    public Content {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** Elements that are never the story. */
  private static final String CHROME =
      "nav, header, footer, aside, script, style, noscript, form, button, iframe, svg, figure figcaption, "
          + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";
  /** Class or id words of page parts that are not the story. */
  private static final Pattern CHROME_NAMES =
      Pattern.compile("(^|[-_ ])(nav|navbar|menu|breadcrumbs?|related|more-news|read-more|recommended|share|sharing|social|comments?|tags|newsletter|subscribe|advert|ads?|banner|promo|footer|header|masthead|sidebar|widget|most-read|trending)($|[-_ ])");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlPage() {}

  /** Reads a page from its bytes; the charset is the page's own (a BOM or meta charset), else UTF-8. */
  public static Content read(byte[] bytes, String fileName) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    List<JsonNode> ld = jsonLd(doc);
    String headline = first(meta(doc, "og:title"), text(doc.selectFirst("h1")), ldText(ld, "headline"), title(doc));
    String outlet = first(meta(doc, "og:site_name"), ldText(ld, "publisher", "name"), meta(doc, "application-name"));
    String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), ldText(ld, "url"));
    String published =
        date(first(meta(doc, "article:published_time"), ldText(ld, "datePublished"), meta(doc, "datePublished"),
            attr(doc.selectFirst("[itemprop=datePublished]"), "content"), attr(doc.selectFirst("time[datetime]"), "datetime"),
            meta(doc, "date"), meta(doc, "pubdate")));
    doc.select(CHROME).remove();
    for (Element e : doc.body().select("[class], [id]")) {
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (e.parent() != null && CHROME_NAMES.matcher(names).find() && !isStory(e)) {
        e.remove();
      }
    }
    Element story = story(doc);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : story.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue;
      }
      String t = clean(block.text());
      if (!t.isEmpty() && !t.equals(clean(headline))) {
        paragraphs.add(t);
      }
    }
    if (paragraphs.isEmpty()) {
      for (String line : story.wholeText().split("\\R")) {
        if (!clean(line).isEmpty()) {
          paragraphs.add(clean(line));
        }
      }
    }
    return new Content(headline == null ? null : clean(headline), paragraphs, outlet, url, published);
  }

  private static boolean isStory(Element e) {
    return e.is("article, [itemprop=articleBody]");
  }

  /** The story's element: {@code articleBody}, else {@code <article>}, else the one with the most paragraph text. */
  private static Element story(Document doc) {
    Element e = doc.selectFirst("[itemprop=articleBody]");
    if (e == null) {
      e = doc.selectFirst("article");
    }
    if (e != null) {
      return e;
    }
    Element best = doc.body();
    int bestLength = 0;
    for (Element candidate : doc.body().select("div, section, main")) {
      int length = 0;
      for (Element p : candidate.children()) {
        if (p.is("p")) {
          length += p.text().length();
        }
      }
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return best;
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(s.data()), out);
      } catch (IOException e) {
        // A page's broken metadata is ignored, like a browser would.
      }
    }
    return out;
  }

  /** The JSON-LD objects that describe an article, from arrays and {@code @graph}s. */
  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
      return;
    }
    if (node.has("@graph")) {
      collect(node.get("@graph"), out);
    }
    String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
    if (type.contains("Article") || type.contains("NewsArticle") || type.contains("BlogPosting") || type.contains("Report")) {
      out.add(node);
    }
  }

  private static String ldText(List<JsonNode> ld, String... path) {
    for (JsonNode n : ld) {
      JsonNode v = n;
      for (String p : path) {
        v = v.isArray() && v.size() > 0 ? v.get(0).path(p) : v.path(p);
      }
      if (v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return attr(e, "content");
  }

  private static String attr(Element e, String name) {
    return e == null || e.attr(name).isBlank() ? null : e.attr(name).strip();
  }

  private static String text(Element e) {
    return e == null || e.text().isBlank() ? null : e.text();
  }

  /** The page title without a trailing " | Site" or " - Site". */
  private static String title(Document doc) {
    String t = doc.title();
    if (t.isBlank()) {
      return null;
    }
    String[] parts = t.split("\\s+[|\\-–—]\\s+");
    return parts[0].strip();
  }

  private static String date(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE.matcher(value);
    return m.find() ? m.group() : null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String s) {
    return s == null ? "" : ChromeStripper.trim(s.replaceAll("\\s+", " "));
  }
}
