package org.sijill.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved page's head says about its story: headline, outlet, canonical URL, publication
 * date, and the JSON-LD {@code articleBody} a page that renders its story with a script may carry.
 */
record PageMetadata(String headline, String outlet, String url, String published, String articleBody) {
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** " | Site", " - Site", " — Site" after a headline. */
  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|\\-–—]\\s+");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads {@code doc}'s metadata; call before any element is removed. */
  static PageMetadata of(Document doc) {
    List<JsonNode> ld = jsonLd(doc);
    String h1 = text(headingOf(doc));
    String ogTitle = meta(doc, "og:title");
    String siteName = first(meta(doc, "og:site_name"), ldText(ld, "publisher", "name"), meta(doc, "application-name"));
    String headline = first(withoutSite(ogTitle, h1, siteName, false), h1, ldText(ld, "headline"), withoutSite(doc.title(), h1, siteName, true));
    String outlet = first(siteName, siteAfter(ogTitle, headline), siteAfter(doc.title(), headline));
    String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), ldText(ld, "url"));
    String published =
        date(first(meta(doc, "article:published_time"), ldText(ld, "datePublished"), meta(doc, "datePublished"),
            attr(doc.selectFirst("[itemprop=datePublished]"), "content"), attr(doc.selectFirst("time[datetime]"), "datetime"),
            meta(doc, "date"), meta(doc, "pubdate")));
    return new PageMetadata(headline, outlet, url, published, ldText(ld, "articleBody"));
  }

  /** The first {@code h1} outside the page's header, navigation and logo, or null. */
  private static Element headingOf(Document doc) {
    for (Element h1 : doc.select("h1")) {
      boolean chrome = false;
      for (Element up = h1; up != null && !chrome; up = up.parent()) {
        String names = (up.className() + " " + up.id()).toLowerCase(java.util.Locale.ROOT);
        chrome = up.is("nav, body > header, .site-header") || names.contains("logo") || names.contains("site-title");
      }
      if (!chrome) {
        return h1;
      }
    }
    return null;
  }

  /**
   * {@code title} without the site name after it: the page's {@code h1} when the title is that
   * headline and a site name, else the title without a trailing {@code siteName}; a {@code
   * <title>} ({@code titleTag}) with separators and no such part keeps only its first part.
   */
  private static String withoutSite(String title, String h1, String siteName, boolean titleTag) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    if (h1 != null && t.startsWith(h1.strip()) && SITE_SEPARATOR.matcher(t.substring(h1.strip().length())).lookingAt()) {
      return h1.strip();
    }
    if (siteName != null) {
      Matcher m = SITE_SEPARATOR.matcher(t);
      while (m.find()) {
        if (t.substring(m.end()).strip().equals(siteName.strip())) {
          return t.substring(0, m.start()).strip();
        }
      }
    }
    return titleTag ? SITE_SEPARATOR.split(t)[0].strip() : t;
  }

  /** The last part of {@code title} after {@code headline} and a separator: the site's name. */
  private static String siteAfter(String title, String headline) {
    if (title == null || headline == null || !title.strip().startsWith(headline)) {
      return null;
    }
    String[] parts = SITE_SEPARATOR.split(title.strip().substring(headline.length()));
    String last = parts[parts.length - 1].strip();
    return parts.length > 1 && !last.isEmpty() ? last : null;
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
    if (type.contains("Article") || type.contains("BlogPosting") || type.contains("Report")) {
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
    return e == null || e.text().isBlank() ? null : e.text().strip();
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
}
