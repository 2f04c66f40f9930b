package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
  @Test
  void listsEachPageWithBothLanguagesAndTheChooser() {
    assertEquals(
        """
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
          <url>
            <loc>https://example.org/s/index.html</loc>
            <xhtml:link rel="alternate" hreflang="ar" href="https://example.org/s/ar/index.html"/>
            <xhtml:link rel="alternate" hreflang="en" href="https://example.org/s/en/index.html"/>
            <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/s/index.html"/>
          </url>
          <url>
            <loc>https://example.org/s/en/people/x.html</loc>
            <xhtml:link rel="alternate" hreflang="ar" href="https://example.org/s/ar/people/x.html"/>
            <xhtml:link rel="alternate" hreflang="en" href="https://example.org/s/en/people/x.html"/>
            <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/s/index.html"/>
          </url>
        </urlset>
        """,
        Sitemap.of("https://example.org/s", List.of("index.html", "en/people/x.html", "404.html")));
  }

  @Test
  void needsABaseUrl() {
    assertNull(Sitemap.of(" ", List.of("index.html")));
  }
}
