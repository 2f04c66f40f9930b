package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.EntityKind;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.FactBase;
import org.sijill.facts.Ledger;
import org.sijill.facts.Mentions;
import org.sijill.facts.Person;
import org.sijill.facts.Review;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

class HostileStringsTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  /** Scripts other than the page's JSON-LD data block. */
  static final String NOT_DATA = "script:not([type=application/ld+json])";

  @TempDir static Path tmp;
  static SiteBuilder.Result result;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    String sentence = "قال " + SCRIPT + " إن " + IMG + " انتهى.";
    Article article =
        Fixture.article("001_hostile", List.of(List.of("عنوان " + IMG), List.of(sentence)));
    Person person =
        new Person(
            "mallory",
            Bilingual.of(SCRIPT, SCRIPT),
            List.of(SCRIPT),
            Bilingual.of(
                "<img src=x onerror=alert(1)> [click](javascript:alert(1))"
                    + " ![x](https://evil.example/x.png)",
                "<script>alert(1)</script> نص"),
            List.of(
                new Role(
                    Bilingual.of(IMG, IMG), null, List.of(new Source("001_hostile", 2, SCRIPT)))),
            List.of(),
            Review.DRAFT);
    ArticleRecord record =
        new ArticleRecord(
            "001_hostile",
            "001_hostile.txt",
            Bilingual.of(IMG, null),
            null,
            null,
            "javascript:alert(1)",
            "ar",
            new Mentions(List.of("mallory"), List.of(), List.of()),
            new Ledger("0".repeat(64), "1", List.of()));
    FactBase facts =
        new FactBase(
            Fixture.facts().site(),
            new TreeMap<>(Map.of("mallory", person)),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(Map.of(record.id(), record)));
    site = tmp.resolve("site");
    result =
        SiteBuilder.build(
            facts,
            Map.of(article.id(), article),
            Fixture.finder(Map.of(SCRIPT, Fixture.mention(EntityKind.PERSON, "mallory"))),
            Path.of("templates"),
            tmp.resolve("work"),
            site);
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile());
  }

  @Test
  void buildsAndPassesTheOutputChecks() {
    assertEquals(List.of(), result.problems().stream().map(Diagnostic::format).toList());
  }

  @Test
  void showsAHostileNameAsText() throws IOException {
    for (String lang : List.of("ar", "en")) {
      Document doc = page(lang + "/people/mallory.html");
      assertEquals(List.of(), doc.select(NOT_DATA + ", img, [onerror]").eachAttr("outerHtml"));
      assertEquals(0, doc.select(NOT_DATA + ", img, [onerror]").size());
      String jsonLd = doc.selectFirst("script[type=application/ld+json]").data();
      assertTrue(!jsonLd.contains("<") && jsonLd.contains("\\u003cscript\\u003e"), jsonLd);
      assertEquals(SCRIPT, doc.selectFirst("h1").text());
      assertEquals(IMG, doc.selectFirst("#role-1 .fact").text());
      assertTrue(doc.title().startsWith(SCRIPT), doc.title());
    }
  }

  @Test
  void showsAHostileSentenceAsText() throws IOException {
    for (String lang : List.of("ar", "en")) {
      Document doc = page(lang + "/articles/001_hostile.html");
      assertEquals(0, doc.select(NOT_DATA + ", img, [onerror]").size());
      assertEquals("قال " + SCRIPT + " إن " + IMG + " انتهى.", doc.getElementById("s2").text());
      assertEquals("../people/mallory.html", doc.selectFirst("#s2 a.mention").attr("href"));
      assertEquals(0, doc.select("a[href^=javascript]").size());
    }
  }

  @Test
  void escapesRawHtmlAndDropsUnsafeLinksAndImagesInSummaries() throws IOException {
    Document en = page("en/people/mallory.html");
    assertEquals(
        "<p>&lt;img src=x onerror=alert(1)&gt; click</p>", en.selectFirst(".summary").html());
    Document ar = page("ar/people/mallory.html");
    assertEquals(
        "<p>&lt;<bdi>script</bdi>&gt;<bdi>alert</bdi>(1)&lt;/<bdi>script</bdi>&gt; نص</p>",
        ar.selectFirst(".summary").html());
  }
}
