package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.diag.Diagnostic;

class SiteBuilderTest {
  static final Path TEMPLATES = Path.of("templates");

  @TempDir static Path tmp;
  static SiteBuilder.Result result;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = tmp.resolve("site");
    result =
        SiteBuilder.build(
            Fixture.facts(),
            Fixture.articles(),
            Fixture.finder(),
            TEMPLATES,
            tmp.resolve("work"),
            site);
  }

  @Test
  void buildsEveryPageWithoutProblems() {
    assertEquals(List.of(), result.problems().stream().map(Diagnostic::format).toList());
    // root and 404 + per language: home, 4 indexes, search, data, 2 people, 4 companies, 1 deal,
    // 1 article
    assertEquals(2 + 2 * (1 + 4 + 2 + 2 + 4 + 1 + 1), result.pages());
  }

  @Test
  void reusesTheLastSiteOnlyForTheSameInputsAndEveryPageInPlace(@TempDir Path dir)
      throws IOException {
    Path work = dir.resolve("work");
    Path out = dir.resolve("site");
    SiteBuilder.Result built =
        SiteBuilder.build(
            Fixture.facts(), Fixture.articles(), Fixture.finder(), TEMPLATES, work, out, "one", null, Reuse.code());
    assertEquals(
        java.util.Optional.of(built), SiteBuilder.reuse("one", TEMPLATES, work, out));
    assertEquals(java.util.Optional.empty(), SiteBuilder.reuse("two", TEMPLATES, work, out));
    assertEquals(java.util.Optional.empty(), SiteBuilder.reuse(null, TEMPLATES, work, out));
    Files.delete(out.resolve("en/people/trapit-bansal.html"));
    assertEquals(java.util.Optional.empty(), SiteBuilder.reuse("one", TEMPLATES, work, out));
  }

  @Test
  void outputChecksPassOnTheBuiltSite() throws IOException {
    assertEquals(List.of(), OutputChecks.check(site).stream().map(Diagnostic::format).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ar/people/trapit-bansal.html",
        "en/people/trapit-bansal.html",
        "ar/companies/meta.html",
        "en/companies/meta.html",
        "ar/deals/meta-scale-ai-investment.html",
        "en/deals/meta-scale-ai-investment.html",
        "ar/articles/000_fixture.html",
        "en/articles/000_fixture.html",
        "ar/index.html",
        "en/index.html",
        "ar/people/index.html",
        "en/deals/index.html",
        "en/search.html",
        "ar/data.html",
        "index.html",
        "404.html",
        "sitemap.xml",
        "ar/feed.xml",
        "en/feed.xml",
        "data/sijill.json",
        "data/moves.csv",
        "data/sources.csv"
      })
  void writesEachKindOfFileAsInGoldenFile(String page) throws IOException {
    Golden.assertMatches(page, Files.readString(site.resolve(page), StandardCharsets.UTF_8));
  }

  @Test
  void filesTheInitialsOfNamesAsReadersLookThemUp() {
    assertEquals("ا", IndexPages.initial("إيليا سوتسكيفر"));
    assertEquals("ا", IndexPages.initial("ألان رايس"));
    assertEquals("Q", IndexPages.initial("quiñonero"));
    assertEquals("#", IndexPages.initial("3M"));
  }

  @Test
  void copiesTheFontsStylesheetAndScript() {
    assertTrue(Files.isRegularFile(site.resolve("assets/js/search.js")));
    assertTrue(Files.isRegularFile(site.resolve("assets/css/site.css")));
    assertTrue(
        Files.isRegularFile(
            site.resolve("assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2")));
    assertTrue(Files.isRegularFile(site.resolve("assets/fonts/OFL.txt")));
  }

  @Test
  void bakesAgainInTheSameJvmWithIdenticalOutput() throws IOException {
    Path again = tmp.resolve("again");
    SiteBuilder.Result second =
        SiteBuilder.build(
            Fixture.facts(),
            Fixture.articles(),
            Fixture.finder(),
            TEMPLATES,
            tmp.resolve("work-again"),
            again);
    assertEquals(result, second);
    assertEquals(files(site), files(again));
    for (String file : files(site)) {
      assertEquals(-1L, Files.mismatch(site.resolve(file), again.resolve(file)), file + " differs");
    }
  }

  static List<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
