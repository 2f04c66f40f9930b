package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.facts.TextStamp;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.bench.Corpus;
import org.sijill.extract.Extractor;
import org.sijill.facts.FactReader;
import org.sijill.facts.Merge;
import org.sijill.validate.Validator;

/**
 * Many merges kept in memory and written at once give the same files, byte for byte, as writing
 * each merge and reading the files back before the next.
 */
class ContentStateBatchTest {
  @TempDir Path dir;

  @Test
  void writingOnceAfterManyMergesGivesTheFilesOfWritingAfterEachMerge() throws Exception {
    Path corpus = dir.resolve("corpus");
    Corpus.write(40, corpus, Path.of("").toAbsolutePath());
    Path batch = empty(corpus, dir.resolve("batch"));
    Path each = empty(corpus, dir.resolve("each"));
    List<Article> articles = articles(batch);

    Validator validator = Validator.forProject(batch);
    ContentState state = new ContentState(validator.reader().read(batch), validator.schemas());
    Extractor batchExtractor = Extractor.standard();
    for (Article article : articles) {
      state.merge(batchExtractor.extract(article, state.facts()));
    }
    assertEquals(List.of(), state.write(batch));

    Extractor eachExtractor = Extractor.standard();
    for (Article article : articles) {
      FactReader.Result content = validator.reader().read(each);
      Merge.Result merged = Merge.apply(content, eachExtractor.extract(article, content.facts()));
      ContentFiles.write(each, merged.changes());
    }

    SortedMap<String, String> expected = files(each);
    assertEquals(expected, files(batch));
    SortedMap<String, String> stamps = new TreeMap<>();
    SortedMap<String, String> texts = new TreeMap<>();
    expected.forEach((path, text) -> stamps.put(path, TextStamp.of(text)));
    state.result().documents().forEach((path, document) -> texts.put(path, document.text()));
    assertEquals(stamps, new TreeMap<>(state.result().stamps()));
    assertEquals(expected, texts);
    long cited = expected.values().stream().filter(t -> t.split("\\{article: ").length > 4).count();
    assertTrue(cited > 0, "no file was added to by several merges: the test compared nothing");
  }

  private static Path empty(Path corpus, Path root) throws Exception {
    SiteGenRun.copyTree(corpus.resolve("seeds"), root.resolve("seeds"));
    SiteGenRun.copyTree(corpus.resolve("content/schema"), root.resolve("content/schema"));
    Files.copy(corpus.resolve("content/site.yaml"), root.resolve("content/site.yaml"));
    return root;
  }

  private static List<Article> articles(Path root) throws Exception {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(root.resolve("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        if (seed.toString().endsWith(".txt")) {
          articles.add(ArticleReader.standard().read(seed));
        }
      }
    }
    return articles;
  }

  /** The fact files of {@code root}, by path from the root. */
  private static SortedMap<String, String> files(Path root) throws Exception {
    SortedMap<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root.resolve("content"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (path.endsWith(".yaml") && !path.startsWith("content/schema/")) {
          texts.put(path, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }
}
