package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnTest {
  @Test
  void writesRelativeLinksBetweenPagesOfTheSite() {
    assertEquals(
        "../companies/meta.html", On.relative("ar/people/x.html", "ar/companies/meta.html"));
    assertEquals("y.html#move-1", On.relative("ar/people/x.html", "ar/people/y.html#move-1"));
    assertEquals("../../en/index.html", On.relative("ar/people/x.html", "en/index.html"));
    assertEquals("ar/index.html", On.relative("index.html", "ar/index.html"));
    assertEquals("../index.html", On.relative("ar/index.html", "index.html"));
  }

  @Test
  void givesWhatCuttingThePathsIntoSegmentsGives() {
    List<String> paths =
        List.of(
            "index.html",
            "ar/index.html",
            "ar/people/x.html",
            "ar/peoplex/y.html",
            "en/people/x.html",
            "ar/people/",
            "ar",
            "",
            "/ar/x.html",
            "ar//x.html",
            "assets/css/site.css",
            "ar/p/q/r.html");
    for (String from : paths) {
      for (String target : paths) {
        assertEquals(On.bySegments(from, target), On.relative(from, target), from + " -> " + target);
      }
    }
  }
}
