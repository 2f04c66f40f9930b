package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.bench.Corpus;

/**
 * On a synthetic archive whose entity pages would be long: an entity page shows the first items of
 * a long list and links to the whole list on pages of its own, and nothing is lost on the way:
 * every sentence mentioning a company and every source of a fact is on one of those pages.
 */
class LongListsSiteTest {
  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    Corpus.write(120, dir, Path.of(""));
    SiteGenRun.copyTree(Path.of("templates"), dir.resolve("templates"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code =
        new Pipeline(
                dir,
                dir.resolve("templates"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run();
    assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
    site = dir.resolve("target/site");
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  /** The pages of a list: {@code mentions.html}, {@code mentions-2.html}, ... in that folder. */
  private static List<Path> pagesOf(Path folder, String list) throws IOException {
    List<Path> pages = new ArrayList<>();
    for (int n = 1; ; n++) {
      Path page = folder.resolve(list + (n == 1 ? "" : "-" + n) + ".html");
      if (!Files.exists(page)) {
        return pages;
      }
      pages.add(page);
    }
  }

  private static int count(String heading) {
    Matcher m = Pattern.compile("\\((\\d+) ").matcher(heading);
    assertTrue(m.find(), heading);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void everySentenceMentioningACompanyIsOnItsPageOrThePagesOfTheWholeList() throws IOException {
    int checked = 0;
    try (Stream<Path> files = Files.list(site.resolve("en/companies"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        String id = file.getFileName().toString().replace(".html", "");
        if (id.equals("index")) {
          continue;
        }
        Document company = page("en/companies/" + id + ".html");
        if (company.getElementById("mentions") == null) {
          continue;
        }
        int total = count(company.select("#mentions h2").text());
        List<Path> pages = pagesOf(site.resolve("en/companies/" + id), "mentions");
        int onPage = company.select("#mentions ul.mentions a[href*=#s]").size();
        if (pages.isEmpty()) {
          assertEquals(total, onPage, id);
          continue;
        }
        assertEquals(10, company.select("#mentions ul.mentions > li").size(), id);
        assertEquals(
            "mentions.html" ,
            company.select("#mentions p.more a").attr("href").replace(id + "/", ""),
            id);
        int listed = 0;
        for (Path p : pages) {
          listed += Jsoup.parse(p.toFile(), "UTF-8").select("ul.mentions a[href*=#s]").size();
        }
        assertEquals(total, listed, id);
        checked++;
      }
    }
    assertTrue(checked > 0, "no company had a list too long for its page");
  }

  @Test
  void everySourceOfAFactIsOnItsPageOrThePagesOfItsSources() throws IOException {
    int checked = 0;
    try (Stream<Path> folders = Files.list(site.resolve("ar/people"))) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        for (String fact : List.of("role-1", "move-1")) {
          List<Path> pages = pagesOf(folder, fact);
          if (pages.isEmpty()) {
            continue;
          }
          Document own = page("ar/people/" + folder.getFileName() + ".html");
          int onPage = own.select("#" + fact + " ul.cites > li").size();
          assertEquals(25, onPage, folder + " " + fact);
          int total = 0;
          for (Path p : pages) {
            total += Jsoup.parse(p.toFile(), "UTF-8").select("ul.cites > li").size();
          }
          assertEquals(
              folder.getFileName() + "/" + fact + ".html",
              own.select("#" + fact + " p.more a").attr("href"));
          Document first = Jsoup.parse(pages.get(0).toFile(), "UTF-8");
          assertEquals(count(first.select("h1").text()), total, folder + " " + fact);
          assertTrue(total > onPage, folder + " " + fact);
          checked++;
        }
      }
    }
    assertTrue(checked > 0, "no fact had more sources than its page shows");
  }

  @Test
  void aCompanyPageStaysUnderTheWeightBudget() throws IOException {
    try (Stream<Path> files = Files.list(site.resolve("ar/companies"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        assertTrue(Files.size(file) < 100 * 1024, file + " " + Files.size(file));
      }
    }
  }
}
