package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.bench.Corpus;
import org.sijill.extract.Extractor;
import org.sijill.facts.FactReader;
import org.sijill.facts.Merge;
import org.sijill.validate.Validator;

/** Merging in memory gives what reading the written files back gives, merge after merge. */
class ContentStateTest {
  @TempDir Path dir;

  @Test
  void mergingTheSeedsIntoAnEmptyLedgerInMemoryEqualsReadingTheFilesBack() throws Exception {
    SiteGenRun.copyTree(Path.of("seeds"), dir.resolve("seeds"));
    SiteGenRun.copyTree(Path.of("content/schema"), dir.resolve("content/schema"));
    Files.copy(Path.of("content/site.yaml"), dir.resolve("content/site.yaml"));

    assertEqualsAfterEveryMerge(dir);
  }

  @Test
  void mergingASyntheticCorpusIntoAnEmptyLedgerInMemoryEqualsReadingTheFilesBack() throws Exception {
    Path corpus = dir.resolve("corpus");
    Corpus.write(30, corpus, Path.of("").toAbsolutePath());
    Path root = dir.resolve("empty");
    SiteGenRun.copyTree(corpus.resolve("seeds"), root.resolve("seeds"));
    SiteGenRun.copyTree(corpus.resolve("content/schema"), root.resolve("content/schema"));
    Files.copy(corpus.resolve("content/site.yaml"), root.resolve("content/site.yaml"));

    assertEqualsAfterEveryMerge(root);
  }

  private static void assertEqualsAfterEveryMerge(Path root) throws Exception {
    Validator validator = Validator.forProject(root);
    ContentState state = new ContentState(validator.reader().read(root), validator.schemas());
    Extractor extractor = Extractor.standard();
    List<Article> articles = new ArrayList<>();
    for (Path seed : Files.list(root.resolve("seeds")).sorted().toList()) {
      if (seed.toString().endsWith(".txt")) {
        articles.add(ArticleReader.standard().read(seed));
      }
    }
    int changed = 0;
    for (Article article : articles) {
      Merge.Result merged = state.merge(extractor.extract(article, state.facts()));
      ContentFiles.write(root, merged.changes());
      changed += merged.changes().size();
      assertFalse(state.stale());
      FactReader.Result expected = validator.reader().read(root);
      FactReader.Result actual = state.result();
      assertEquals(expected.facts(), actual.facts(), article.id());
      assertEquals(expected.stamps(), actual.stamps(), article.id());
      assertEquals(expected.documents().keySet(), actual.documents().keySet(), article.id());
      assertEquals(expected.origins(), actual.origins(), article.id());
      assertEquals(expected.diagnostics(), actual.diagnostics(), article.id());
    }
    assertFalse(changed == 0, "the merges wrote nothing: the test compared nothing");
  }
}
