package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlSiteTest {
  private final HtmlSite site =
      new HtmlSite(
          Path.of("/srv/site"),
          List.of(
              "index.html",
              "ar/index.html",
              "ar/people/index.html",
              "ar/people/trapit-bansal.html",
              "ar/articles/a1.html",
              "assets/css/site.css"));

  private String resolve(String from, String href) throws URISyntaxException {
    HtmlSite.Target target = site.resolve(from, href);
    return target == null ? "not relative" : target.path() + " #" + target.fragment();
  }

  @Test
  void resolvesPlainLinksAsAUriWould() throws URISyntaxException {
    String page = "ar/people/trapit-bansal.html";
    assertEquals("ar/articles/a1.html #s12", resolve(page, "../articles/a1.html#s12"));
    assertEquals("ar/people/trapit-bansal.html #move-2", resolve(page, "#move-2"));
    assertEquals("ar/people/trapit-bansal.html #", resolve(page, "trapit-bansal.html#"));
    assertEquals("ar/people/index.html #null", resolve(page, "./"));
    assertEquals("ar/people/index.html #null", resolve(page, "."));
    assertEquals("ar/index.html #null", resolve(page, ".."));
    assertEquals("index.html #null", resolve(page, "../../"));
    assertEquals("ar/people/x.html #null", resolve(page, "..//people/./x.html"));
    assertEquals("assets/css/site.css #null", resolve(page, "../../assets/css/site.css"));
  }

  @Test
  void resolvesOtherLinksThroughTheirUri() throws URISyntaxException {
    String page = "ar/people/trapit-bansal.html";
    assertEquals("null #null", resolve(page, "../../../index.html"));
    assertEquals("index.html #null", resolve(page, "../../../site/index.html"));
    assertEquals("ar/articles/a 1.html #s 1", resolve(page, "../articles/a%201.html#s%201"));
    assertEquals("ar/people/index.html #null", resolve(page, " ./ "));
    assertNull(site.resolve(page, "/ar/index.html"));
    assertNull(site.resolve(page, "https://example.com/"));
    assertNull(site.resolve(page, "//example.com/x"));
  }

  @Test
  void remembersWherePlainLinksWithoutFragmentLeadForEveryPageOfTheFolder()
      throws URISyntaxException {
    String page = "ar/people/trapit-bansal.html";
    java.util.Map<String, HtmlSite.Target> known = site.links(page);
    assertEquals(
        new HtmlSite.Target("ar/articles/a1.html", null),
        site.resolve(page, "../articles/a1.html", known));
    assertEquals(
        new HtmlSite.Target("ar/articles/a1.html", "s2"),
        site.resolve(page, "../articles/a1.html#s2", known));
    assertEquals(
        new HtmlSite.Target(page, "move-1"), site.resolve(page, "#move-1", known));
    assertNull(site.resolve(page, "https://example.com/", known));
    assertEquals(
        java.util.Map.of("../articles/a1.html", new HtmlSite.Target("ar/articles/a1.html", null)),
        known);
    String other = "ar/people/index.html";
    assertEquals(known, site.links(other));
    assertEquals(
        new HtmlSite.Target("ar/articles/a1.html", null),
        site.resolve(other, "../articles/a1.html", site.links(other)));
    assertEquals(java.util.Map.of(), site.links("ar/index.html"));
  }
}
