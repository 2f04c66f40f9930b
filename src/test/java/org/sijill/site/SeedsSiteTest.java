package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.EntityKind;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.FactBase;
import org.sijill.facts.Ledger;
import org.sijill.facts.Mentions;
import org.sijill.facts.Review;

/** The real articles in {@code seeds/}, rendered with two companies to link: the checks pass. */
class SeedsSiteTest {
  @TempDir Path tmp;

  @Test
  void rendersTheSeedArticlesWithoutOutputProblems() throws IOException {
    Map<String, Article> articles = new TreeMap<>();
    TreeMap<String, ArticleRecord> records = new TreeMap<>();
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path seed : seeds) {
      Article article = ArticleReader.standard().read(seed);
      articles.put(article.id(), article);
      records.put(
          article.id(),
          new ArticleRecord(
              article.id(),
              article.file(),
              Bilingual.of(null, article.title()),
              null,
              null,
              null,
              "ar",
              Mentions.none(),
              new Ledger(article.sha256(), "1", List.of())));
    }
    TreeMap<String, Company> companies = new TreeMap<>();
    for (String[] c : new String[][] {{"meta", "Meta", "ميتا"}, {"openai", "OpenAI", "أوبن إيه آي"}}) {
      companies.put(
          c[0],
          new Company(
              c[0], Bilingual.of(c[1], c[2]), List.of(), CompanyKind.COMPANY, null, null, List.of(),
              Review.DRAFT));
    }
    FactBase facts =
        new FactBase(Fixture.facts().site(), new TreeMap<>(), companies, new TreeMap<>(), records);
    SiteBuilder.Result result =
        SiteBuilder.build(
            facts,
            articles,
            Fixture.finder(
                Map.of(
                    "Meta", Fixture.mention(EntityKind.COMPANY, "meta"),
                    "ميتا", Fixture.mention(EntityKind.COMPANY, "meta"),
                    "OpenAI", Fixture.mention(EntityKind.COMPANY, "openai"))),
            Path.of("templates"),
            tmp.resolve("work"),
            tmp.resolve("site"));
    assertEquals(List.of(), result.problems().stream().map(Diagnostic::format).toList());
    // the chooser and the 404 page; per language: home, 4 indexes, search, data, 2 companies
    assertEquals(2 + 2 * (1 + 4 + 2 + 2 + seeds.size()), result.pages());
  }
}
