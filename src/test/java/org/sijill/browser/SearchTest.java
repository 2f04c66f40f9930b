package org.sijill.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sijill.extract.ArabicText;
import org.sijill.site.Lang;
import org.sijill.site.Messages;

/**
 * The search page: its script normalises a query exactly as extraction normalises Arabic, finds
 * names however they are spelt, says how many it found in the page's language, reads {@code ?q=},
 * and without JavaScript the page lists everything.
 */
class SearchTest {
  static BuiltSite site;
  static Chromium chromium;

  @RegisterExtension
  static final org.junit.jupiter.api.extension.BeforeAllCallback SETUP =
      (ExtensionContext context) -> {
        site = BuiltSite.get(context);
        chromium = Chromium.get(context);
      };

  static final List<String> SAMPLES =
      List.of(
          "أَلِكْسَنْدَر وانغ",
          "إيليا سوتسكيفر",
          "آبل",
          "مدرسة ومستشفى",
          "ميـــــتا",
          "١٤٫٣ مليار و۱۲۳٬۰۰۰ و٪٤٩",
          "“ميتا” و«أوبن» و‘x’",
          "کتاب ی ٱ",
          "ﻻ ﷲ",
          "Ｍｅｔａ and OpenAI",
          "Quiñonero Candela",
          "A\u200fB\u200cC\u00a0D\tE",
          "Zuckerberg’s — bid – 2025");

  @Test
  void normalisesAQueryAsExtractionNormalisesArabic() {
    chromium.open(site.url("en/search.html"), 1280);
    for (String sample : SAMPLES) {
      assertEquals(
          ArabicText.normalizeString(sample),
          chromium.script("return window.sijillNormalize(arguments[0])", sample),
          sample);
    }
  }

  static List<WebElement> shown() {
    return chromium.driver.findElements(By.cssSelector("li[data-keys]")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  static List<String> shownNames() {
    return shown().stream().map(li -> li.findElement(By.tagName("a")).getText().strip()).toList();
  }

  @Test
  void findsANameWrittenWithoutHamzaOrInAnotherSpelling() {
    chromium.open(site.url("en/search.html"), 1280);
    WebElement q = chromium.driver.findElement(By.id("q"));
    q.sendKeys("الكسندر وانج");
    assertEquals(List.of("Alexandr Wang"), shownNames());
    q.clear();
    q.sendKeys("xai");
    assertTrue(shownNames().contains("xAI"), shownNames().toString());
    for (WebElement li : shown()) {
      assertTrue(li.getAttribute("data-keys").contains("xai"), li.getAttribute("data-keys"));
    }
  }

  @Test
  void countsTheMatchesInThePagesLanguage() throws IOException {
    for (String code : List.of("ar", "en")) {
      Lang lang = Lang.of(code);
      Messages messages = Messages.load(Path.of("templates/i18n"), lang);
      for (String query : List.of("ميتا", "meta", "zzzz", "تشن")) {
        chromium.open(
            site.url(code + "/search.html")
                + "?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8),
            1280);
        int n = shown().size();
        assertEquals(
            messages.plural("search.found", n),
            chromium.driver.findElement(By.id("found")).getText(),
            code + " " + query);
      }
    }
  }

  @Test
  void listsEverythingWithoutJavaScript() {
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      chromium.open(site.url("ar/search.html") + "?q=meta", 1280);
      int all = chromium.driver.findElements(By.cssSelector("li[data-keys]")).size();
      assertEquals(
          site.facts.people().size() + site.facts.companies().size() + site.facts.deals().size(),
          all);
      assertEquals(all, shown().size());
    } finally {
      chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }
}
