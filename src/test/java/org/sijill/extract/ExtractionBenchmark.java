package org.sijill.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;

/**
 * Extraction speed, run by hand (not a test): {@code java -cp target/classes:target/test-classes:<deps>
 * org.sijill.extract.ExtractionBenchmark [repeat]}. Reads the seeds once, then extracts them
 * {@code repeat} times on one thread, and one article made of every seed repeated, and prints
 * megabytes of article text per second.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int repeat = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    ArticleReader reader = ArticleReader.standard();
    List<Article> seeds = new ArrayList<>();
    StringBuilder all = new StringBuilder("عنوان");
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Article a = reader.read(p);
        seeds.add(a);
        all.append('\n').append(a.text());
      }
    }
    Extractor extractor = Extractor.standard();
    org.sijill.facts.FactBase empty = TestFacts.empty();
    long bytes = 0;
    for (Article a : seeds) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
      extractor.extract(a, empty);
    }
    long start = System.nanoTime();
    for (int i = 0; i < repeat; i++) {
      for (Article a : seeds) {
        extractor.extract(a, empty);
      }
    }
    report("five seeds", bytes * repeat, System.nanoTime() - start);
    StringBuilder big = new StringBuilder(all);
    for (int i = 0; i < 20; i++) {
      big.append('\n').append(all, 6, all.length());
    }
    Article one = reader.parse("big", "big.txt", "0", big.toString());
    start = System.nanoTime();
    extractor.extract(one, empty);
    report("one article of " + one.sentences().size() + " sentences", one.text().getBytes(StandardCharsets.UTF_8).length, System.nanoTime() - start);
  }

  private static void report(String what, long bytes, long nanos) {
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "%s: %.1f MB in %.2f s = %.2f MB/s%n", what, mb, nanos / 1e9, mb / (nanos / 1e9));
  }
}
