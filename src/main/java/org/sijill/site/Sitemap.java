package org.sijill.site;

import java.util.List;

/**
 * {@code sitemap.xml}: every page of both language trees with its alternates in the other
 * language and the chooser as x-default, absolute URLs from the site's base URL.
 */
final class Sitemap {
  private Sitemap() {}

  /** The sitemap of {@code paths} (paths from the site root), or null without a base URL. */
  static String of(String base, List<String> paths) {
    if (base == null || base.isBlank()) {
      return null;
    }
    String root = base.endsWith("/") ? base : base + "/";
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (String path : paths) {
      boolean lang = path.startsWith("ar/") || path.startsWith("en/");
      if (!lang && !path.equals("index.html")) {
        continue;
      }
      String rest = lang ? path.substring(3) : "index.html";
      out.append("  <url>\n");
      out.append("    <loc>").append(Xml.escape(root + path)).append("</loc>\n");
      alternate(out, "ar", root + (lang ? "ar/" + rest : "ar/index.html"));
      alternate(out, "en", root + (lang ? "en/" + rest : "en/index.html"));
      alternate(out, "x-default", root + "index.html");
      out.append("  </url>\n");
    }
    out.append("</urlset>\n");
    return out.toString();
  }

  private static void alternate(StringBuilder out, String hreflang, String href) {
    out.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
        .append(hreflang)
        .append("\" href=\"")
        .append(Xml.escape(href))
        .append("\"/>\n");
  }
}
