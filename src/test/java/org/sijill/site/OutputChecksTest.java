package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.diag.Diagnostic;

class OutputChecksTest {
  static final Path FIXTURES = Path.of("src/test/resources/site/checks");

  @TempDir Path tmp;

  /** The problems in {@code good/} with the files of {@code fixture} laid over it. */
  List<String> problems(String fixture) throws IOException {
    Path site = tmp.resolve("site");
    copy(FIXTURES.resolve("good"), site);
    if (fixture != null) {
      copy(FIXTURES.resolve(fixture), site);
    }
    return OutputChecks.check(site).stream().map(Diagnostic::format).toList();
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void findsNothingWrongInAGoodSite() throws IOException {
    assertEquals(List.of(), problems(null));
  }

  @Test
  void reportsLinksThatDoNotResolve() throws IOException {
    assertEquals(
        List.of(
            "ar/index.html:9:1: error: <link rel=\"stylesheet\" href=\"../missing.css\">: broken"
                + " link: no file missing.css",
            "ar/index.html:16:5: error: <a href=\"people/x.html\">: broken link: no file"
                + " ar/people/x.html",
            "ar/index.html:17:5: error: <a href=\"../en/index.html#nowhere\">: broken link: no id"
                + " \"nowhere\" in en/index.html",
            "ar/index.html:18:5: error: <a href=\"#s2\">: broken link: no id \"s2\" in"
                + " ar/index.html",
            "ar/index.html:19:5: error: <a href=\"/ar/index.html\">: absolute path (breaks under a"
                + " sub-path and file://)",
            "ar/index.html:20:5: error: <a href=\"../../outside.html\">: leads out of the site",
            "ar/index.html:21:5: error: <a href=\"javascript:alert(1)\">: not a link to a page:"
                + " javascript:alert(1)"),
        problems("links"));
  }

  @Test
  void reportsEveryElementWithABrokenLinkThatThePageRepeats() throws IOException {
    assertEquals(
        List.of(
            "ar/index.html:14:49: error: <a href=\"#s2\">: broken link: no id \"s2\" in"
                + " ar/index.html",
            "ar/index.html:14:71: error: <a href=\"#s2\">: broken link: no id \"s2\" in"
                + " ar/index.html",
            "ar/index.html:15:41: error: <a href=\"../en/index.html#nowhere\">: broken link: no id"
                + " \"nowhere\" in en/index.html",
            "ar/index.html:16:5: error: <a href=\"../en/index.html#nowhere\">: broken link: no id"
                + " \"nowhere\" in en/index.html",
            "ar/index.html:16:49: error: <a href=\"people/x.html\">: broken link: no file"
                + " ar/people/x.html",
            "ar/index.html:17:5: error: <a href=\"people/x.html\">: broken link: no file"
                + " ar/people/x.html"),
        problems("repeated"));
  }

  @Test
  void reportsAPageWithTheWrongLanguage() throws IOException {
    assertEquals(
        List.of(
            "en/index.html:2:1: error: <html lang=\"ar\" dir=\"rtl\">: expected lang=\"en\""
                + " dir=\"ltr\""),
        problems("lang"));
  }

  @Test
  void reportsMissingAndOneWayAlternates() throws IOException {
    assertEquals(
        List.of(
            "ar/index.html:3:1: error: <head>: no <link rel=\"alternate\" hreflang=\"x-default\">",
            "ar/index.html:7:1: error: <link rel=\"alternate\" hreflang=\"en\""
                + " href=\"../en/other.html\">: en/other.html has no hreflang link back to"
                + " ar/index.html",
            "en/index.html:6:1: error: <link rel=\"alternate\" hreflang=\"ar\""
                + " href=\"../ar/index.html\">: ar/index.html has no hreflang link back to"
                + " en/index.html",
            "en/other.html:6:1: error: <link rel=\"alternate\" hreflang=\"ar\""
                + " href=\"../index.html\">: index.html has no hreflang link back to en/other.html",
            "index.html:6:1: error: <link rel=\"alternate\" hreflang=\"ar\""
                + " href=\"ar/index.html\">: ar/index.html has no hreflang link back to"
                + " index.html"),
        problems("hreflang"));
  }

  @Test
  void reportsPagesWithoutMainText() throws IOException {
    assertEquals(
        List.of(
            "ar/index.html:11:1: error: <main id=\"s1\">: no text",
            "en/index.html:1:1: error: no <main> element"),
        problems("empty"));
  }

  @Test
  void reportsLatinTextNotIsolatedInArabicTextByBdiOrIsolateCharacters() throws IOException {
    assertEquals(
        List.of(
            "ar/index.html:12:4: error: Latin text not isolated in <bdi> (or FSI … PDI): \"Trapit Bansal\" in <p>",
            "ar/index.html:12:48: error: Latin text not isolated in <bdi> (or FSI … PDI): \"Meta\" in <a"
                + " href=\"index.html\">",
            "ar/index.html:14:64: error: Latin text not isolated in <bdi> (or FSI … PDI): \"o1\" in <span"
                + " lang=\"ar\" dir=\"rtl\">",
            "ar/index.html:16:74: error: Latin text not isolated in <bdi> (or FSI … PDI):"
                + " \"xAI\" in <title>",
            "en/index.html:12:34: error: Latin text not isolated in <bdi> (or FSI … PDI): \"Meta\" in <q"
                + " lang=\"ar\" dir=\"rtl\">"),
        problems("bidi"));
  }

  @Test
  void reportsALanguageChangeWithoutADirection() throws IOException {
    assertEquals(
        List.of(
            "ar/index.html:12:16: error: <q lang=\"en\">: the language changes from \"ar\" to"
                + " \"en\" but no dir is given",
            "ar/index.html:14:72: error: <tspan lang=\"en\">: the language changes from \"ar\" to"
                + " \"en\" but no direction is given",
            "ar/index.html:15:26: error: <p lang=\"ar\">: the language changes from \"en\" to"
                + " \"ar\" but no dir is given"),
        problems("dir"));
  }

  @Test
  void warnsAboutAPageOverTheWeightBudget() throws IOException {
    Path site = tmp.resolve("site");
    copy(FIXTURES.resolve("good"), site);
    String page = Files.readString(site.resolve("ar/index.html"));
    String padding = "<p>نص</p>\n".repeat(12_000);
    Files.writeString(site.resolve("ar/index.html"), page.replace("</main>", padding + "</main>"));
    assertEquals(
        List.of(
            "ar/index.html:1:1: warning: page weighs 142 KB with its stylesheets and scripts, over"
                + " the 100 KB budget"),
        OutputChecks.check(site).stream().map(Diagnostic::format).toList());
  }

  @Test
  void reportsResourcesFromOtherSites() throws IOException {
    assertEquals(
        List.of(
            "ar/index.html:10:1: error: <link rel=\"stylesheet\""
                + " href=\"https://fonts.example.com/css?family=Naskh\">: external resource"
                + " https://fonts.example.com/css?family=Naskh",
            "ar/index.html:11:1: error: <script src=\"//cdn.example.com/app.js\">: external"
                + " resource //cdn.example.com/app.js",
            "ar/index.html:15:4: error: <img src=\"https://images.example.com/x.png\" alt=\"\">:"
                + " external resource https://images.example.com/x.png",
            "style.css:4:1: error: external resource https://fonts.example.com/naskh.css",
            "style.css:5:18: error: external resource //cdn.example.com/rule.png"),
        problems("external"));
  }
}
