package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.articles.Sentence;
import org.sijill.facts.Source;

/**
 * Extraction of each seed article with an empty fact base, compared with
 * {@code src/test/resources/extract/golden/<id>.txt}. Run with {@code -Dsijill.updateGolden=true}
 * to rewrite the golden files after a deliberate change, then review the difference.
 */
class ExtractorGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/extract/golden");
  private static final Extractor EXTRACTOR = Extractor.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_8955a49b4c4dff57", "001_de12290a917a072b", "002_e93cb0a68dda0305", "003_1ddf2c8ed1bd373f", "004_04854d8ac4da8541"
      })
  void extractsSeedAsInGoldenFile(String id) throws IOException {
    Article article = ArticleReader.standard().read(Path.of("seeds", id + ".txt"));
    Extraction x = EXTRACTOR.extract(article, TestFacts.empty());
    String dump = ExtractionDump.format(x);
    Path golden = GOLDEN.resolve(id + ".txt");
    if (Boolean.getBoolean("sijill.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, dump, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), dump);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_8955a49b4c4dff57", "001_de12290a917a072b", "002_e93cb0a68dda0305", "003_1ddf2c8ed1bd373f", "004_04854d8ac4da8541"
      })
  void quotesAreExactSubstringsOfTheirSentences(String id) throws IOException {
    Article article = ArticleReader.standard().read(Path.of("seeds", id + ".txt"));
    Extraction x = EXTRACTOR.extract(article, TestFacts.empty());
    java.util.List<Source> sources = new java.util.ArrayList<>();
    x.people().forEach(p -> {
      p.roles().forEach(r -> sources.addAll(r.sources()));
      p.moves().forEach(m -> sources.addAll(m.sources()));
    });
    x.deals().forEach(d -> sources.addAll(d.sources()));
    for (Source s : sources) {
      Sentence sentence = article.sentence(s.sentence());
      assertTrue(sentence.text().contains(s.quote()), s.quote() + " not in sentence " + s.sentence());
      assertEquals(id, s.article());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_8955a49b4c4dff57", "001_de12290a917a072b", "002_e93cb0a68dda0305", "003_1ddf2c8ed1bd373f", "004_04854d8ac4da8541"
      })
  void extractingTwiceGivesTheSameResult(String id) throws IOException {
    Article article = ArticleReader.standard().read(Path.of("seeds", id + ".txt"));
    assertEquals(
        ExtractionDump.format(EXTRACTOR.extract(article, TestFacts.empty())),
        ExtractionDump.format(Extractor.standard().extract(article, TestFacts.empty())));
  }
}
