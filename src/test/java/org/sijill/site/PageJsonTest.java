package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageJsonTest {
  final PageJson json = new PageJson();

  static Parts.Head head() {
    return new Parts.Head(
        "en",
        "ltr",
        "en/people/index.html",
        "../../",
        "../",
        "People",
        List.of(),
        "../../ar/people/index.html",
        "ar",
        null,
        "people",
        null,
        null,
        new Parts.Meta(null, "website", "en_GB", "ar_AR", null, "../feed.xml", true));
  }

  @Test
  void readsBackWhatItWrites() throws JsonProcessingException {
    ListingPage page =
        new ListingPage(
            head(),
            "people",
            Scripts.in(Lang.EN, "1 person"),
            List.of(
                new ListingPage.Group(
                    "letter-1",
                    Scripts.in(Lang.EN, "X"),
                    List.of(
                        new Parts.Entry(new Parts.Link("x.html", Scripts.in(Lang.EN, "X")), null)))));
    assertEquals(page, json.read(json.write(page)));
  }

  @Test
  void namesThePageTypeAndLeavesNullsOut() {
    String text = json.write(new ListingPage(head(), "people", null, List.of()));
    assertEquals(
        "{\"page\":\"listing\",\"head\":{\"lang\":\"en\",\"dir\":\"ltr\",\"path\":\"en/people/index.html\","
            + "\"root\":\"../../\",\"home\":\"../\",\"title\":\"People\",\"alternates\":[],"
            + "\"switchHref\":\"../../ar/people/index.html\",\"switchLang\":\"ar\",\"section\":\"people\","
            + "\"meta\":{\"ogType\":\"website\",\"ogLocale\":\"en_GB\",\"ogLocaleAlternate\":\"ar_AR\","
            + "\"feed\":\"../feed.xml\",\"index\":true}},"
            + "\"kind\":\"people\",\"groups\":[]}",
        text);
  }

  @Test
  void listsEveryPageTypeForTheTemplates() {
    assertEquals(
        List.of(
            "article", "company", "data", "deal", "home", "listing", "notfound", "person", "root",
            "search"),
        Page.types());
  }
}
