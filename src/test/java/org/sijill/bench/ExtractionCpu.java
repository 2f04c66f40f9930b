package org.sijill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.extract.Extractor;
import org.sijill.facts.FactBase;
import org.sijill.validate.Validator;

/**
 * Extraction throughput per CPU second of the extracting thread, for a machine shared with other
 * work, where {@link ExtractionBench}'s rate per wall second depends on the load: {@code
 * ExtractionCpu ROOT [LIMIT] [ROUNDS]} extracts the first LIMIT articles of {@code ROOT/seeds}
 * against {@code ROOT/content}, ROUNDS times after one round of warm-up, and prints MB of text per
 * CPU second of each round.
 */
public final class ExtractionCpu {
  private ExtractionCpu() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    FactBase facts = Validator.forProject(root).reader().read(root).facts();
    List<Article> articles = new ArrayList<>();
    long bytes = 0;
    try (var list = Files.list(root.resolve("seeds"))) {
      for (Path p : list.filter(f -> f.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
        Article a = ArticleReader.standard().read(p);
        articles.add(a);
        bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    Extractor extractor = Extractor.standard();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round <= rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (Article a : articles) {
        extractor.extract(a, facts);
      }
      double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%s round %d: %d articles, %.2f MB in %.2f cpu s: %.3f MB/s per core%n",
          round == 0 ? "warm-up" : "measured", round, articles.size(), bytes / 1e6, seconds, bytes / 1e6 / seconds);
    }
  }
}
