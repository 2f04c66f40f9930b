package org.sijill.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sijill.facts.Deal;
import org.sijill.facts.Move;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Person;
import org.sijill.site.Formats;
import org.sijill.site.Lang;
import org.sijill.site.Messages;

/**
 * A reader's questions answered from the home page, counting clicks: who left Meta for xAI, and
 * when (no click: the flow table says; one click: Meta's page says); how much Meta paid for its
 * Scale AI stake and where that is reported (one click to the deal, a second to the highlighted
 * sentence). The expected answers come from the fact files.
 */
class ReaderTasksTest {
  static BuiltSite site;
  static Chromium chromium;

  @RegisterExtension
  static final org.junit.jupiter.api.extension.BeforeAllCallback SETUP =
      (ExtensionContext context) -> {
        site = BuiltSite.get(context);
        chromium = Chromium.get(context);
      };

  static Formats formats(Lang lang) throws IOException {
    return new Formats(Messages.load(Path.of("templates/i18n"), lang));
  }

  static String name(org.sijill.facts.Bilingual name, Lang lang) {
    return lang == Lang.AR ? name.ar() : name.en();
  }

  /** "Name (date)" for everyone whose completed move went from Meta to xAI, as the facts say. */
  static List<String> leftMetaForXai(Lang lang) throws IOException {
    List<String> expected = new ArrayList<>();
    for (Person p : site.facts.people().values()) {
      for (Move m : p.moves()) {
        if ("meta".equals(m.from()) && "xai".equals(m.to()) && m.status() == MoveStatus.COMPLETED) {
          expected.add(
              name(p.name(), lang)
                  + (m.date() == null ? "" : " (" + formats(lang).date(m.date()).plain() + ")"));
        }
      }
    }
    return expected.stream().sorted().toList();
  }

  static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(e -> e.getText().strip()).sorted().toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "en"})
  void whoLeftMetaForXaiAndWhenIsOnTheHomePage(String code) throws IOException {
    Lang lang = Lang.of(code);
    chromium.open(site.url(code + "/index.html"), 1280);
    String meta = name(site.facts.companies().get("meta").name(), lang);
    String xai = name(site.facts.companies().get("xai").name(), lang);
    WebElement row = null;
    for (WebElement tr : chromium.driver.findElements(By.cssSelector("table.flows tbody tr"))) {
      List<WebElement> cells = tr.findElements(By.tagName("td"));
      if (cells.get(0).getText().strip().equals(meta) && cells.get(1).getText().strip().equals(xai)) {
        row = tr;
      }
    }
    assertTrue(row != null, "no row " + meta + " → " + xai + " in the flow table");
    List<String> expected = leftMetaForXai(lang);
    assertFalse(expected.isEmpty());
    assertEquals(expected, texts(row.findElements(By.cssSelector("ul.who li"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "en"})
  void whoLeftMetaForXaiIsOneClickAwayOnMetasPage(String code) throws IOException {
    Lang lang = Lang.of(code);
    chromium.open(site.url(code + "/index.html"), 1280);
    String meta = name(site.facts.companies().get("meta").name(), lang);
    chromium.driver.findElement(By.cssSelector("table.flows")).findElement(By.linkText(meta)).click();
    assertTrue(chromium.driver.getCurrentUrl().endsWith("/" + code + "/companies/meta.html"));
    String xai = name(site.facts.companies().get("xai").name(), lang);
    List<String> found = new ArrayList<>();
    for (WebElement fact : chromium.driver.findElements(By.cssSelector("#left .fact"))) {
      List<WebElement> links = fact.findElements(By.tagName("a"));
      if (links.size() >= 3 && links.get(2).getText().strip().equals(xai)) {
        String when = fact.findElements(By.tagName("time")).isEmpty()
            ? "" : " (" + fact.findElement(By.tagName("time")).getText().strip() + ")";
        found.add(links.get(0).getText().strip() + when);
      }
    }
    assertEquals(leftMetaForXai(lang), found.stream().sorted().toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "en"})
  void whatMetaPaidForScaleAiAndWhereItIsReportedIsTwoClicksAway(String code) throws IOException {
    Lang lang = Lang.of(code);
    Deal deal = site.facts.deals().get("meta-scale-ai-investment");
    chromium.open(site.url(code + "/index.html"), 1280);
    String title = name(deal.title(), lang);
    chromium.driver.findElement(By.id("biggest-deals")).findElement(By.linkText(title)).click();
    WebElement amount = chromium.driver.findElement(By.cssSelector(".infobox .amount data"));
    assertEquals(formats(lang).money(deal.amount()).plain(), amount.getText().strip());
    assertEquals(deal.amount().value().toPlainString(), amount.getAttribute("value"));
    List<WebElement> cites = chromium.driver.findElements(By.cssSelector("#reported a.where"));
    assertEquals(deal.sources().size(), cites.size());
    cites.get(0).click();
    String url = chromium.driver.getCurrentUrl();
    String sentence = "s" + deal.sources().get(0).sentence();
    assertTrue(url.endsWith("/articles/" + deal.sources().get(0).article() + ".html#" + sentence), url);
    WebElement target = chromium.driver.findElement(By.id(sentence));
    assertTrue(target.getText().contains(deal.sources().get(0).quote()), target.getText());
    assertEquals("rgba(255, 240, 166, 1)", target.getCssValue("background-color"));
  }
}
