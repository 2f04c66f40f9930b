package org.sijill.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.Gazetteer;
import org.sijill.facts.FactBase;
import org.sijill.facts.SourceMapper;
import org.sijill.site.SiteBuilder;
import org.sijill.validate.Validator;

/**
 * The project's own site, built once per test run from {@code content/}, {@code seeds/} and
 * {@code templates/} into {@code target/browser-site/} (the pipeline without extraction: the
 * reviewed fact files are read as they are). Test classes share it through JUnit's root store.
 */
final class BuiltSite {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path OUT = ROOT.resolve("target/browser-site");

  final Path dir;
  final FactBase facts;
  final SiteBuilder.Result result;

  private BuiltSite(Path dir, FactBase facts, SiteBuilder.Result result) {
    this.dir = dir;
    this.facts = facts;
    this.result = result;
  }

  /** The site of this test run, built on first use. */
  static BuiltSite get(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(BuiltSite.class))
        .getOrComputeIfAbsent("site", k -> build(), BuiltSite.class);
  }

  private static BuiltSite build() {
    try {
      Map<String, Article> articles = new TreeMap<>();
      List<Path> seeds;
      try (Stream<Path> files = Files.list(ROOT.resolve("seeds"))) {
        seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path seed : seeds) {
        Article article = ArticleReader.standard().read(seed);
        articles.put(article.id(), article);
      }
      Validator validator = Validator.forProject(ROOT);
      Validator.Result checked = validator.validate(validator.reader().read(ROOT), articles);
      if (checked.hasErrors()) {
        throw new IllegalStateException(
            "content/ does not validate: "
                + checked.diagnostics().stream().map(Diagnostic::format).toList());
      }
      FactBase facts =
          SourceMapper.map(
              checked.content().facts(), s -> checked.relocated().getOrDefault(s, s));
      Path site = OUT.resolve("site");
      SiteBuilder.Result result =
          SiteBuilder.build(
              facts,
              articles,
              Gazetteer.of(facts),
              ROOT.resolve("templates"),
              OUT.resolve("work"),
              site);
      return new BuiltSite(site, facts, result);
    } catch (IOException e) {
      throw new IllegalStateException("cannot build the site: " + e.getMessage(), e);
    }
  }

  /** Every HTML page of the site, by path from the site folder, sorted. */
  List<String> pages() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** The {@code file://} URL of {@code path}. */
  String url(String path) {
    return dir.resolve(path).toUri().toString();
  }

  /**
   * One page of each type that has a page in each language, by name, with its path under {@code
   * ar/} and {@code en/}; the chooser ({@code index.html}) and {@code 404.html} come on top.
   */
  static final List<Map.Entry<String, String>> PAGE_TYPES =
      List.of(
          Map.entry("home", "index.html"),
          Map.entry("people", "people/index.html"),
          Map.entry("companies", "companies/index.html"),
          Map.entry("deals", "deals/index.html"),
          Map.entry("articles", "articles/index.html"),
          Map.entry("person", "people/alexandr-wang.html"),
          Map.entry("company", "companies/meta.html"),
          Map.entry("deal", "deals/meta-scale-ai-investment.html"),
          Map.entry("article", "articles/000_8955a49b4c4dff57.html"),
          Map.entry("search", "search.html"),
          Map.entry("data", "data.html"));
}
