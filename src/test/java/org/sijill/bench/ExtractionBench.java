package org.sijill.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.extract.Extractor;
import org.sijill.facts.FactBase;
import org.sijill.validate.Validator;

/**
 * Extraction throughput on one thread: {@code Extractor.extract} over a set of articles against a
 * fact base. The {@code bytes} counter is the UTF-8 size of the article texts extracted, so its
 * rate is bytes of Arabic text per second per core.
 *
 * <p>{@code corpus=seeds}: the five seeds against the project's {@code content/}. {@code
 * corpus=N}: 200 articles of a synthetic corpus of N articles against that corpus's reviewed fact
 * base (which grows with N: extraction builds its gazetteer from the whole fact base).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx2g"})
@State(Scope.Benchmark)
public class ExtractionBench {
  @Param({"seeds", "1000", "10000"})
  public String corpus;

  private final Extractor extractor = Extractor.standard();
  private List<Article> articles;
  private List<Integer> sizes;
  private FactBase facts;

  /** Bytes of article text extracted, reported as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  @Setup
  public void load() throws IOException {
    Path project = Path.of(System.getProperty("sijill.project", ".")).toAbsolutePath().normalize();
    Path root = project;
    int limit = Integer.MAX_VALUE;
    if (!corpus.equals("seeds")) {
      root = Files.createTempDirectory("sijill-bench");
      Corpus.write(Integer.parseInt(corpus), root, project);
      limit = 200;
    }
    facts = Validator.forProject(root).reader().read(root).facts();
    articles = new ArrayList<>();
    sizes = new ArrayList<>();
    ArticleReader reader = ArticleReader.standard();
    List<Path> seeds;
    try (var list = Files.list(root.resolve("seeds"))) {
      seeds = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
    for (Path seed : seeds) {
      Article article = reader.read(seed);
      articles.add(article);
      sizes.add(article.text().getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Benchmark
  public void extract(Bytes counter, Blackhole sink) {
    for (int i = 0; i < articles.size(); i++) {
      sink.consume(extractor.extract(articles.get(i), facts));
      counter.bytes += sizes.get(i);
    }
  }
}
