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
        null);
  }

  @Test
  void readsBackWhatItWrites() throws JsonProcessingException {
    ListingPage page =
        new ListingPage(
            head(),
            "people",
            List.of(new Parts.Entry(new Parts.Link("x.html", Scripts.in(Lang.EN, "X")), null)));
    assertEquals(page, json.read(json.write(page)));
  }

  @Test
  void namesThePageTypeAndLeavesNullsOut() {
    String text = json.write(new ListingPage(head(), "people", List.of()));
    assertEquals(
        "{\"page\":\"listing\",\"head\":{\"lang\":\"en\",\"dir\":\"ltr\",\"path\":\"en/people/index.html\","
            + "\"root\":\"../../\",\"home\":\"../\",\"title\":\"People\",\"alternates\":[],"
            + "\"switchHref\":\"../../ar/people/index.html\",\"switchLang\":\"ar\",\"section\":\"people\"},"
            + "\"kind\":\"people\",\"entries\":[]}",
        text);
  }

  @Test
  void listsEveryPageTypeForTheTemplates() {
    assertEquals(
        List.of("article", "company", "deal", "home", "listing", "person", "root"), Page.types());
  }
}
