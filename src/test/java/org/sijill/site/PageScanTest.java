package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageScanTest {
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="ar" dir="rtl">
      <head>
      <link rel="alternate" hreflang="en" href="../en/x.html">
      <link rel="stylesheet" href="site.css">
      <meta name="robots" content="NoIndex">
      </head>
      <body>
      <main id="top"><p>نص Latin <bdi>Safe</bdi> <span dir="ltr">Ltr</span></p>
      <div lang="en">English <span lang="ar-EG">عربي Inside</span></div>
      <svg><text lang="en">Label</text></svg>
      <a name="anchor" href="#top">س</a> <img srcset="a.png 1x, b.png 2x" src="a.png"></main>
      </body>
      </html>
      """;

  private static PageScan scan(String html) {
    return PageScan.of(HtmlSite.parse(html, false));
  }

  @Test
  void numbersElementsAsGetAllElementsDoes() {
    PageScan scan = scan(PAGE);
    List<Element> all = scan.doc().getAllElements();
    for (PageScan.Linking link : scan.links()) {
      assertEquals(all.indexOf(link.element()), link.ordinal());
    }
    for (PageScan.Alternate alternate : scan.alternates()) {
      assertEquals(all.indexOf(alternate.element()), alternate.ordinal());
    }
    assertEquals(4, scan.links().size());
    assertEquals(List.of("../en/x.html"), scan.alternates().stream().map(a -> a.element().attr("href")).toList());
  }

  @Test
  void findsTheLinkingAttributesOfEachElementAsBits() {
    PageScan scan = scan(PAGE);
    PageScan.Linking image = scan.links().get(scan.links().size() - 1);
    assertEquals("img", image.element().tagName());
    // src is bit 1, srcset bit 2
    assertEquals(0b110, image.bits());
  }

  @Test
  void findsIdsHtmlMainNoindexAndWeighing() {
    PageScan scan = scan(PAGE);
    assertEquals(List.of("top", "anchor"), scan.ids());
    assertEquals("html", scan.html().tagName());
    assertEquals("top", scan.main().id());
    assertTrue(scan.noindex());
    assertEquals(List.of("site.css"), scan.weighing().stream().map(e -> e.attr("href")).toList());
  }

  @Test
  void carriesTheInheritedLanguageAndSvgDown() {
    List<PageScan.Langed> langs = scan(PAGE).langs();
    assertEquals(List.of("html", "div", "span", "text"), langs.stream().map(l -> l.element().tagName()).toList());
    assertEquals(List.of("", "ar", "en", "ar"), langs.stream().map(PageScan.Langed::inherited).toList());
    assertEquals(List.of(false, false, false, true), langs.stream().map(PageScan.Langed::inSvg).toList());
  }

  @Test
  void findsLatinNotIsolatedOnlyWhereTheTextIsArabic() {
    List<PageScan.Unisolated> found = scan(PAGE).unisolated();
    // "Latin" in the Arabic paragraph and "Inside" in the Arabic span; not the <bdi>, the ltr
    // span, the English div or the SVG label in English
    assertEquals(List.of("Latin", "Inside"), found.stream().map(PageScan.Unisolated::latin).toList());
  }

  @Test
  void leavesAPageWithoutABodyAsItIs() {
    Document doc = HtmlSite.parse("<html><head><title>t</title></head></html>", false);
    doc.getElementsByTag("body").remove();
    int before = doc.getAllElements().size();
    PageScan scan = PageScan.of(doc);
    assertNull(scan.body());
    assertEquals(before, doc.getAllElements().size());
    assertFalse(scan.noindex());
  }
}
