package org.sijill.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.articles.UnreadableArticleException;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.Extractor;
import org.sijill.facts.FactBase;
import org.sijill.facts.FactReader;
import org.sijill.validate.Validator;

/**
 * The evaluation command: extracts every article of a folder ({@code .txt} or {@code .html}) with
 * the fact base of a project folder, or none, and scores each against its gold annotation.
 * Exit codes: 0 scored, 1 unreadable input, 2 usage.
 */
public final class Evaluate {
  static final String USAGE = "usage: evaluate --articles DIR --gold DIR [--content PROJECT_DIR|none]";

  private Evaluate() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path articles = null;
    Path gold = null;
    Path content = null;
    for (int i = 0; i < args.length; i++) {
      if (i + 1 >= args.length || !List.of("--articles", "--gold", "--content").contains(args[i])) {
        err.println("evaluate: " + (i + 1 >= args.length ? args[i] + " needs a value" : "unknown argument: " + args[i]));
        err.println(USAGE);
        return 2;
      }
      String value = args[++i];
      switch (args[i - 1]) {
        case "--articles" -> articles = Path.of(value);
        case "--gold" -> gold = Path.of(value);
        default -> content = value.isBlank() || value.equals("none") ? null : Path.of(value);
      }
    }
    if (articles == null || gold == null) {
      err.println("evaluate: --articles and --gold are required");
      err.println(USAGE);
      return 2;
    }
    try {
      return evaluate(articles, gold, content, out, err);
    } catch (IOException e) {
      err.println("evaluate: cannot read " + e.getMessage());
      return 1;
    }
  }

  private static int evaluate(Path articlesDir, Path goldDir, Path content, PrintStream out, PrintStream err) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    GoldReader.Result gold = new GoldReader().read(goldDir, goldDir.toString().replace('\\', '/'));
    problems.addAll(gold.diagnostics());
    FactBase base = new FactBase(null, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    if (content != null) {
      FactReader.Result read = Validator.forProject(content).reader().read(content);
      if (read.hasErrors()) {
        problems.addAll(read.diagnostics());
      }
      base = read.facts();
    }
    Map<String, Article> articles = new TreeMap<>();
    ArticleReader reader = ArticleReader.standard();
    for (Path file : files(articlesDir)) {
      try {
        Article a = reader.read(file);
        articles.put(a.id(), a);
      } catch (CharacterCodingException e) {
        problems.add(Diagnostic.error(articlesDir.resolve(file.getFileName()).toString(), 1, 1, "not UTF-8 text"));
      } catch (UnreadableArticleException e) {
        problems.add(e.diagnostic(articlesDir.resolve(file.getFileName()).toString()));
      }
    }
    for (GoldArticle g : gold.articles()) {
      if (!articles.containsKey(g.id())) {
        problems.add(Diagnostic.error(g.file(), 1, 1, "no article " + g.id() + " in " + articlesDir));
      }
    }
    if (!problems.isEmpty()) {
      problems.stream().sorted().forEach(d -> err.println(d.format()));
      return 1;
    }
    Extractor extractor = Extractor.standard();
    Scorer scorer = new Scorer();
    List<ArticleScore> scores = new ArrayList<>();
    for (GoldArticle g : gold.articles()) {
      scores.add(scorer.score(g, extractor.extract(articles.get(g.id()), base)));
    }
    List<String> unscored = articles.keySet().stream().filter(id -> gold.articles().stream().noneMatch(g -> g.id().equals(id))).toList();
    out.println("Evaluation of " + scores.size() + " articles in " + articlesDir + " against " + goldDir + ", fact base: "
        + (content == null ? "none" : content.resolve("content")));
    if (!unscored.isEmpty()) {
      out.println("Not scored (no gold file): " + String.join(", ", unscored));
    }
    out.print(Report.format(scores));
    return 0;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".txt") || p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
  }
}
