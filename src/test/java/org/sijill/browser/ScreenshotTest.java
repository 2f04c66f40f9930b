package org.sijill.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page type in both languages, at a 360-pixel phone and a 1280-pixel desktop, saved as
 * full-page screenshots in {@code target/screenshots/} for people to look at
 * ({@code <lang>-<type>-<width>.png}); no page is wider than the phone's screen.
 */
class ScreenshotTest {
  static final Path OUT = BuiltSite.ROOT.resolve("target/screenshots");
  static final int PHONE = 360;
  static final int DESKTOP = 1280;

  static BuiltSite site;
  static Chromium chromium;
  static final Map<String, Integer> widths = new TreeMap<>();
  static final Map<String, Long> overflow = new TreeMap<>();

  @RegisterExtension
  static final org.junit.jupiter.api.extension.BeforeAllCallback SETUP =
      (ExtensionContext context) -> {
        site = BuiltSite.get(context);
        chromium = Chromium.get(context);
      };

  /** {@code name -> path} for every page type: the chooser, the 404 page, then both trees. */
  static Map<String, String> shots() {
    Map<String, String> shots = new java.util.LinkedHashMap<>();
    shots.put("root", "index.html");
    shots.put("404", "404.html");
    for (String lang : List.of("ar", "en")) {
      for (Map.Entry<String, String> type : BuiltSite.PAGE_TYPES) {
        shots.put(lang + "-" + type.getKey(), lang + "/" + type.getValue());
      }
    }
    return shots;
  }

  @BeforeAll
  static void takeScreenshots() throws IOException {
    Files.createDirectories(OUT);
    for (Map.Entry<String, String> shot : shots().entrySet()) {
      for (int width : List.of(PHONE, DESKTOP)) {
        chromium.open(site.url(shot.getValue()), width);
        long scrollWidth =
            ((Number) chromium.script("return document.documentElement.scrollWidth")).longValue();
        if (scrollWidth > width) {
          overflow.put(shot.getKey() + "-" + width, scrollWidth);
        }
        byte[] png = chromium.screenshot(width);
        String name = shot.getKey() + "-" + width + ".png";
        Files.write(OUT.resolve(name), png);
        widths.put(name, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
      }
    }
  }

  @Test
  void savesEveryPageTypeInBothLanguagesAtBothWidths() {
    List<String> expected = new ArrayList<>();
    Map<String, Integer> expectedWidths = new TreeMap<>();
    for (String name : shots().keySet()) {
      expectedWidths.put(name + "-" + PHONE + ".png", PHONE);
      expectedWidths.put(name + "-" + DESKTOP + ".png", DESKTOP);
    }
    assertEquals(expectedWidths, widths);
    assertEquals(2 + 2 * BuiltSite.PAGE_TYPES.size(), shots().size(), expected.toString());
  }

  @Test
  void noPageIsWiderThanAPhone() {
    assertEquals(Map.of(), overflow);
  }

  @Test
  void printsAFactSheetWithoutNavigation() throws IOException {
    for (String page : List.of("en/people/alexandr-wang.html", "ar/companies/meta.html")) {
      chromium.open(site.url(page), 800);
      chromium.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
      try {
        assertEquals(
            List.of("none", "none", "none", "static"),
            chromium.script(
                "const s = (q, p) => getComputedStyle(document.querySelector(q))[p];"
                    + " return [s('.masthead nav', 'display'), s('.quick', 'display'),"
                    + " s('.switch', 'display'), s('.infobox', 'position')];"),
            page);
        String name = "print-" + page.replace('/', '-').replace(".html", ".png");
        Files.write(OUT.resolve(name), chromium.screenshot(800));
      } finally {
        chromium.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
      }
    }
  }

  @Test
  void usesTheSelfHostedFontForArabicAndLatin() {
    chromium.open(site.url("ar/people/alexandr-wang.html"), DESKTOP);
    assertEquals(
        List.of("Noto Naskh Arabic"),
        chromium.script(
            "return document.fonts.ready.then(() => [...new Set([...document.fonts]"
                + ".filter(f => f.status === 'loaded').map(f => f.family.replace(/\"/g, '')))])"));
  }
}
