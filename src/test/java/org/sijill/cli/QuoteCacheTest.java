package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.FactReader;
import org.sijill.facts.Source;
import org.sijill.validate.Validator;

/**
 * The quotes found to hold are kept by article: while an article's file is the same, a source that
 * held is not checked against it again, and the check gives what checking every quote gives; a
 * changed article, another quote or another sentence is checked again.
 */
class QuoteCacheTest {
  @TempDir Path dir;

  private static final Validator VALIDATOR = Validator.forProject(Path.of(""));

  /** The seeds, each answering with the SHA-256 given (the file's own unless named in {@code shas}). */
  private static HeldArticles seeds(java.util.Map<String, String> shas, Set<String> decoded)
      throws Exception {
    NavigableMap<String, HeldArticles.Held> held = new TreeMap<>();
    for (Article a : new SeedReader(ArticleReader.standard()).read(Path.of("")).articles().values()) {
      String sha = shas.getOrDefault(a.id(), a.sha256());
      held.put(a.id(), new HeldArticles.Held() {
        @Override
        public String file() {
          return a.file();
        }

        @Override
        public String sha256() {
          return sha;
        }

        @Override
        public int sentences() {
          return a.sentences().size();
        }

        @Override
        public Article article() {
          decoded.add(a.id());
          return a;
        }

        @Override
        public boolean decodes() {
          return true;
        }
      });
    }
    return new HeldArticles(held);
  }

  @Test
  void checksNoArticleAgainWhoseSourcesHeldAndGivesTheSameResult() throws Exception {
    FactReader.Result content = VALIDATOR.reader().read(Path.of(""));
    Path file = dir.resolve("quotes.cache");
    Set<String> decoded = new HashSet<>();
    HeldArticles articles = seeds(java.util.Map.of(), decoded);
    Validator.Result every = VALIDATOR.validate(content, articles);
    assertFalse(decoded.isEmpty());

    QuoteCache first = QuoteCache.open(file, "code", articles);
    assertEquals(every, VALIDATOR.validate(content, articles, first));
    first.write();

    // articles held anew: what was decoded for the first check is not remembered
    decoded.clear();
    HeldArticles again = seeds(java.util.Map.of(), decoded);
    QuoteCache second = QuoteCache.open(file, "code", again);
    Validator.Result kept = VALIDATOR.validate(content, again, second);
    assertEquals(Set.of(), decoded);
    assertEquals(every.diagnostics(), kept.diagnostics());
    assertEquals(every.relocated(), kept.relocated());
  }

  @Test
  void checksAgainTheSourcesOfAnArticleWhoseFileChanged() throws Exception {
    FactReader.Result content = VALIDATOR.reader().read(Path.of(""));
    Path file = dir.resolve("quotes.cache");
    Set<String> decoded = new HashSet<>();
    HeldArticles articles = seeds(java.util.Map.of(), decoded);
    QuoteCache first = QuoteCache.open(file, "code", articles);
    VALIDATOR.validate(content, articles, first);
    first.write();

    String changed = articles.firstKey();
    decoded.clear();
    HeldArticles now = seeds(java.util.Map.of(changed, "another"), decoded);
    QuoteCache second = QuoteCache.open(file, "code", now);
    Validator.Result result = VALIDATOR.validate(content, now, second);
    assertEquals(Set.of(changed), decoded);
    assertEquals(VALIDATOR.validate(content, now).diagnostics(), result.diagnostics());

    // another fingerprint keeps nothing
    decoded.clear();
    HeldArticles fresh = seeds(java.util.Map.of(), decoded);
    VALIDATOR.validate(content, fresh, QuoteCache.open(file, "other code", fresh));
    assertEquals(fresh.keySet(), decoded);
  }

  @Test
  void holdsOnlyTheSentenceAndQuoteThatWereFound() throws Exception {
    FactReader.Result content = VALIDATOR.reader().read(Path.of(""));
    Path file = dir.resolve("quotes.cache");
    HeldArticles articles = seeds(java.util.Map.of(), new HashSet<>());
    QuoteCache first = QuoteCache.open(file, "code", articles);
    VALIDATOR.validate(content, articles, first);
    first.write();

    QuoteCache kept = QuoteCache.open(file, "code", articles);
    Source source =
        content.facts().people().values().stream()
            .flatMap(p -> p.roles().stream())
            .flatMap(r -> r.sources().stream())
            .findFirst()
            .orElseThrow();
    assertTrue(kept.holds(source));
    assertFalse(kept.holds(new Source(source.article(), source.sentence() + 1, source.quote())));
    assertFalse(kept.holds(new Source(source.article(), source.sentence(), source.quote() + "x")));
    assertFalse(
        kept.holds(new Source(source.article(), source.sentence(), source.quote().substring(1))));
  }
}
