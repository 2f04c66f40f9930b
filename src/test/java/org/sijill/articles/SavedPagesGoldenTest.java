package org.sijill.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every article fixture of {@code src/test/resources/articles/} (saved pages in the layouts
 * of Arabic outlets, and pasted text) and every seed, and compares what Sijill takes from it
 * (metadata, the sentences, the chrome left out, or the error) with {@code golden/<id>.txt} and
 * {@code golden/seeds/<id>.txt}; run with {@code -Dsijill.updateGolden=true} to rewrite them.
 */
class SavedPagesGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/articles");
  private final ArticleReader reader = ArticleReader.standard();
  private final ChromeStripper stripper = new ChromeStripper(ChromeRules.standard());

  static Stream<Path> fixtures() throws IOException {
    return articles(DIR);
  }

  /** The seeds, whose sentence numbers the fact files cite: what they read must never change. */
  static Stream<Path> seeds() throws IOException {
    return articles(Path.of("seeds"));
  }

  private static Stream<Path> articles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> ArticleReader.isArticle(p.getFileName().toString())).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsTheFixtureAsInItsGoldenFile(Path file) throws IOException {
    assertMatchesGolden(file, DIR.resolve("golden"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsTheSeedAsInItsGoldenFile(Path file) throws IOException {
    assertMatchesGolden(file, DIR.resolve("golden/seeds"));
  }

  private void assertMatchesGolden(Path file, Path goldenDir) throws IOException {
    String name = file.getFileName().toString();
    Path golden = goldenDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".txt");
    String actual = describe(file);
    if (Boolean.getBoolean("sijill.updateGolden")) {
      Files.createDirectories(goldenDir);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dsijill.updateGolden=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
  }

  private String describe(Path file) throws IOException {
    String name = file.getFileName().toString();
    StringBuilder out = new StringBuilder();
    Article a;
    List<String> inline;
    try {
      a = reader.read(file);
      inline =
          name.endsWith(".txt")
              ? stripper.strip(Files.readString(file, StandardCharsets.UTF_8)).inline()
              : stripper.strip(String.join("\n", HtmlPage.read(Files.readAllBytes(file), name).paragraphs()), false).inline();
    } catch (UnreadableArticleException e) {
      return e.diagnostic(name).format() + "\n";
    }
    PageChrome c = a.chrome();
    out.append("headline: ").append(a.title()).append('\n');
    out.append("outlet: ").append(c.outlet()).append('\n');
    out.append("url: ").append(c.url()).append('\n');
    out.append("published: ").append(c.published()).append('\n');
    out.append("dateline: ").append(c.dateline()).append('\n');
    list(out, "masthead", c.masthead());
    list(out, "inline chrome", inline);
    list(out, "footer", c.footer());
    out.append("sentences:\n");
    for (Sentence s : a.sentences()) {
      out.append(s.number()).append("\t[p").append(s.paragraph()).append("] ").append(s.text()).append('\n');
    }
    return out.toString();
  }

  private static void list(StringBuilder out, String label, List<String> lines) {
    out.append(label).append(":\n");
    lines.forEach(l -> out.append("  ").append(l).append('\n'));
  }
}
