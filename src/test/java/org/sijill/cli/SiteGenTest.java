package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site-gen} over a copy of this project, each run in its own JVM as Maven runs it. */
class SiteGenTest {
  @TempDir static Path dir;
  private static SiteGenRun project;
  private static SiteGenRun.Outcome first;

  @BeforeAll
  static void buildOnce() throws Exception {
    project = SiteGenRun.copyOfProject(dir.resolve("project"));
    first = project.run();
  }

  @Test
  void buildsTheSeedsIntoABilingualSite() {
    assertEquals(0, first.exitCode(), first.err());
    for (String page :
        List.of(
            "index.html",
            "ar/index.html",
            "en/index.html",
            "ar/people/trapit-bansal.html",
            "en/people/trapit-bansal.html",
            "ar/companies/meta-superintelligence-labs.html",
            "en/deals/meta-scale-ai-investment.html",
            "ar/articles/004_04854d8ac4da8541.html")) {
      assertTrue(Files.isRegularFile(project.file("target/site/" + page)), page);
    }
    assertTrue(first.out().startsWith("site-gen: 5 articles (none new or changed)\n"), first.out());
    assertTrue(first.out().contains("Awaiting review (review: draft): nothing\n"), first.out());
  }

  @Test
  void aSecondRunChangesNoByte() throws Exception {
    SortedMap<String, String> before = hashes(project.root());
    SiteGenRun.Outcome second = project.run();
    assertEquals(0, second.exitCode(), second.err());
    assertEquals(before, hashes(project.root()));
  }

  @Test
  void aBrokenFactFileStopsTheBuildWithPositionsAndKeepsTheOldSite() throws Exception {
    SiteGenRun broken = SiteGenRun.copyOfProject(dir.resolve("broken"));
    SiteGenRun.copyTree(project.file("target/site"), broken.file("target/site"));
    SortedMap<String, String> siteBefore = hashes(broken.file("target/site"));
    Path person = broken.file("content/people/trapit-bansal.yaml");
    Files.writeString(person, Files.readString(person).replace("    org: openai\n", "    org: open-ai\n"));
    Path deal = broken.file("content/deals/meta-scale-ai-investment.yaml");
    Files.writeString(deal, Files.readString(deal).replace("status: completed", "status: done"));
    Path company = broken.file("content/companies/xai.yaml");
    Files.writeString(company, Files.readString(company).replace("kind: company", "kind: [company"));

    SiteGenRun.Outcome outcome = broken.run();

    assertEquals(1, outcome.exitCode(), outcome.out());
    List<String> positions =
        outcome.err().lines().filter(l -> l.matches("^content/\\S+:\\d+:\\d+: error: .*")).toList();
    assertEquals(
        List.of(
            "content/companies/xai.yaml:6:6: error: expected ',' or ']', but got ':' (while parsing a flow"
                + " sequence that starts at 5:7)",
            "content/deals/meta-scale-ai-investment.yaml:12:9: error: status: must be one of announced, completed,"
                + " in-talks, proposed, rejected, failed",
            "content/people/trapit-bansal.yaml:7:10: error: unknown company \"open-ai\"",
            "content/people/trapit-bansal.yaml:11:10: error: unknown company \"open-ai\""),
        positions);
    assertTrue(outcome.err().endsWith("target/site/ was left as it was\n"), outcome.err());
    assertEquals(siteBefore, hashes(broken.file("target/site")));
  }

  @Test
  void aFolderWithArticlesAloneGetsSchemasAndAStarterSiteFileAndBuilds() throws Exception {
    Path fresh = dir.resolve("fresh");
    Files.createDirectories(fresh.resolve("seeds"));
    Files.copy(Path.of("seeds/000_8955a49b4c4dff57.txt"), fresh.resolve("seeds/000_8955a49b4c4dff57.txt"));
    SiteGenRun.copyTree(Path.of("templates"), fresh.resolve("templates"));

    SiteGenRun.Outcome outcome = new SiteGenRun(fresh).run();

    assertEquals(0, outcome.exitCode(), outcome.err());
    assertTrue(outcome.out().startsWith(
        "site-gen: content/schema/: written, the schemas of person, company, deal, article, site files\n"
            + "site-gen: content/site.yaml: written for a new project; set the site's title and base_url there\n"
            + "site-gen: 1 article (extracted now: 000_8955a49b4c4dff57)\n"), outcome.out());
    for (String schema : List.of("person", "company", "deal", "article", "site")) {
      String name = "content/schema/" + schema + ".schema.json";
      assertEquals(Files.readString(Path.of(name)), Files.readString(fresh.resolve(name)), name);
    }
    assertEquals(NewProject.STARTER_SITE, Files.readString(fresh.resolve("content/site.yaml")));
    assertTrue(Files.isRegularFile(fresh.resolve("content/articles/000_8955a49b4c4dff57.yaml")));
    assertTrue(Files.isRegularFile(fresh.resolve("target/site/en/articles/000_8955a49b4c4dff57.html")));
  }

  /** SHA-256 of every file under {@code root}, by relative path, except the work folder. */
  static SortedMap<String, String> hashes(Path root) throws IOException {
    SortedMap<String, String> hashes = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(p).toString().replace('\\', '/');
        if (!relative.startsWith("target/sijill-work/")) {
          hashes.put(relative, sha256(Files.readAllBytes(p)));
        }
      }
    }
    return hashes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
