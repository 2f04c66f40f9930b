package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageMarkupTest {
  private final PageMarkup english =
      new PageMarkup(
          "en",
          "ltr",
          Map.of(
              "article.cites", "Facts from this sentence",
              "list.sep", ", ",
              "fact.move", "move",
              "note.sentence", "[{note}], sentence {n}"));

  @Test
  void printsASentenceWithItsMentionsLinkedAndTheFactsCitingIt() throws Exception {
    Parts.SentenceView sentence =
        new Parts.SentenceView(
            3,
            List.of(
                new Parts.Segment(null, Scripts.runs(Lang.AR, "قال ")),
                new Parts.Segment("../people/x.html", Scripts.runs(Lang.AR, "Sam <Altman>"))),
            List.of(
                new Parts.FactRef(
                    "../people/x.html#move-1", "move", Scripts.in(Lang.EN, "Sam"), null),
                new Parts.FactRef(
                    "../people/x.html#role-1",
                    "role",
                    Scripts.in(Lang.AR, "سام"),
                    Scripts.in(Lang.EN, "CEO & co"))));
    assertEquals(
        "<span class=\"s\" id=\"s3\">قال <a class=\"mention\" href=\"../people/x.html\">"
            + "<bdi>Sam</bdi> &lt;<bdi>Altman</bdi>&gt;</a></span> <small class=\"facts\" lang=\"en\" dir=\"ltr\">"
            + "<span class=\"visually-hidden\">Facts from this sentence: </span>"
            + "<a href=\"../people/x.html#move-1\">Sam, move</a> <a"
            + " href=\"../people/x.html#role-1\"><bdi lang=\"ar\" dir=\"rtl\">سام</bdi>: CEO &amp;"
            + " co</a></small>",
        english.sentence(sentence, "ar"));
    assertEquals(
        "<span class=\"s\" id=\"s1\">Hello</span>",
        english.sentence(
            new Parts.SentenceView(
                1, List.of(new Parts.Segment(null, Scripts.runs(Lang.EN, "Hello"))), List.of()),
            "en"));
  }

  @Test
  void printsCitationsAsAListOrNothing() throws Exception {
    assertEquals("", english.cites(List.of()));
    assertEquals(
        "<ul class=\"cites\">\n"
            + "<li><q lang=\"ar\" dir=\"rtl\">ترك <bdi>OpenAI</bdi></q> <a class=\"where\""
            + " href=\"../articles/a.html#s4\">[2], sentence 4</a></li>\n"
            + "<li><q>left</q> <span class=\"where\">[1], sentence 1</span></li>\n"
            + "</ul>\n",
        english.cites(
            List.of(
                new Parts.Cite("../articles/a.html#s4", 4, 2, Scripts.in(Lang.AR, "ترك OpenAI")),
                new Parts.Cite(null, 1, 1, Scripts.in(Lang.EN, "left")))));
  }

  @Test
  void printsLinksTheirLabelsAloneWithoutHrefAndDatesAsTimeWhenMachineReadable()
      throws Exception {
    Parts.Link meta = new Parts.Link("../companies/meta.html", Scripts.in(Lang.AR, "ميتا"));
    Parts.Link plain = new Parts.Link(null, Scripts.in(Lang.EN, "A & B"));
    assertEquals(
        "<a href=\"../companies/meta.html\"><bdi lang=\"ar\" dir=\"rtl\">ميتا</bdi></a>, A &amp; B",
        english.links(List.of(meta, plain)));
    assertEquals("", english.links(List.of()));
    assertEquals(
        "<time datetime=\"2025-06\">June 2025</time>|in June",
        english.when(new Parts.When(Scripts.in(Lang.EN, "June 2025"), "2025-06"))
            + "|"
            + english.when(new Parts.When(Scripts.in(Lang.EN, "in June"), null)));
  }
}
