package org.sijill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of the extractor on a machine shared with other work, where rates measured
 * one after the other follow the load: {@code ExtractionPair ROOT LIMIT SECONDS CLASSES_A
 * CLASSES_B} loads each folder of compiled main classes in its own class loader, extracts the
 * first LIMIT articles of {@code ROOT/seeds} against {@code ROOT/content} with each in turn, one
 * second at a time for SECONDS, and prints each build's MB of text per CPU second of the thread and
 * the median ratio B / A of the rounds run side by side. The first four rounds of each warm up.
 * The classpath must hold the dependencies and this class, not the main classes.
 */
public final class ExtractionPair {
  private ExtractionPair() {}

  /** One build: its extractor, the fact base and the articles as its classes read them. */
  private static final class Build {
    private final Object extractor;
    private final Object facts;
    private final Method extract;
    private final List<Object> articles = new ArrayList<>();
    private final List<Double> rates = new ArrayList<>();
    private long bytes;

    Build(Path classes, Path root, int limit) throws Exception {
      ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ExtractionPair.class.getClassLoader());
      Object validator = loader.loadClass("org.sijill.validate.Validator").getMethod("forProject", Path.class).invoke(null, root);
      Object reader = validator.getClass().getMethod("reader").invoke(validator);
      Object read = reader.getClass().getMethod("read", Path.class).invoke(reader, root);
      facts = read.getClass().getMethod("facts").invoke(read);
      Class<?> articleReader = loader.loadClass("org.sijill.articles.ArticleReader");
      Object articleReading = articleReader.getMethod("standard").invoke(null);
      Method readArticle = articleReader.getMethod("read", Path.class);
      try (var list = Files.list(root.resolve("seeds"))) {
        for (Path p : list.filter(f -> f.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
          Object a = readArticle.invoke(articleReading, p);
          articles.add(a);
          bytes += ((String) a.getClass().getMethod("text").invoke(a)).getBytes(StandardCharsets.UTF_8).length;
        }
      }
      Class<?> extractorClass = loader.loadClass("org.sijill.extract.Extractor");
      extractor = extractorClass.getMethod("standard").invoke(null);
      extract = extractorClass.getMethod(
          "extract", loader.loadClass("org.sijill.articles.Article"), loader.loadClass("org.sijill.facts.FactBase"));
    }

    /** Extracts the articles over and over for a second of wall time; MB per CPU second. */
    double round(ThreadMXBean threads) throws Exception {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long done = 0;
      while (System.nanoTime() - start < 1_000_000_000L) {
        for (Object a : articles) {
          extract.invoke(extractor, a, facts);
        }
        done += bytes;
      }
      return done / 1e6 / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int limit = Integer.parseInt(args[1]);
    double seconds = Double.parseDouble(args[2]);
    Build a = new Build(Path.of(args[3]), root, limit);
    Build b = new Build(Path.of(args[4]), root, limit);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> ratios = new ArrayList<>();
    long start = System.nanoTime();
    for (int round = 0; (System.nanoTime() - start) / 1e9 < seconds; round++) {
      // alternate which goes first, so that neither always follows the other
      double ra = round % 2 == 0 ? a.round(threads) : 0;
      double rb = b.round(threads);
      ra = round % 2 == 0 ? ra : a.round(threads);
      if (round >= 4) {
        a.rates.add(ra);
        b.rates.add(rb);
        ratios.add(rb / ra);
      }
    }
    System.out.printf(Locale.ROOT, "A %s%nB %s%nB/A %s over %d rounds%n", summary(a.rates), summary(b.rates), summary(ratios), ratios.size());
  }

  /** Median and quartiles. */
  private static String summary(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    Collections.sort(s);
    return String.format(Locale.ROOT, "median %.3f (quartiles %.3f – %.3f)", s.get(s.size() / 2), s.get(s.size() / 4), s.get(3 * s.size() / 4));
  }
}
