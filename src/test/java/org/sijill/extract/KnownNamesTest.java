package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.FactBase;
import org.sijill.validate.Validator;

/**
 * An extractor keeps the fact base's names indexed and updates them when the fact base changes:
 * what it extracts must not depend on the fact bases it saw before.
 */
class KnownNamesTest {
  private static List<Article> seeds() throws Exception {
    List<Article> out = new ArrayList<>();
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(ArticleReader.standard().read(p));
      }
    }
    return out;
  }

  private static FactBase content() throws Exception {
    return Validator.forProject(Path.of(".")).reader().read(Path.of(".")).facts();
  }

  @Test
  void extractingAgainstAGrownFactBaseGivesWhatAFreshExtractorGives() throws Exception {
    FactBase content = content();
    Extractor reused = Extractor.standard();
    for (Article a : seeds()) {
      reused.extract(a, TestFacts.empty());
      String fresh = ExtractionDump.format(Extractor.standard().extract(a, content));
      assertEquals(fresh, ExtractionDump.format(reused.extract(a, content)), a.id());
    }
  }

  @Test
  void extractingAgainstAShrunkFactBaseGivesWhatAFreshExtractorGives() throws Exception {
    FactBase content = content();
    Extractor reused = Extractor.standard();
    boolean differs = false;
    for (Article a : seeds()) {
      String known = ExtractionDump.format(reused.extract(a, content));
      String fresh = ExtractionDump.format(Extractor.standard().extract(a, TestFacts.empty()));
      assertEquals(fresh, ExtractionDump.format(reused.extract(a, TestFacts.empty())), a.id());
      differs |= !known.equals(fresh);
    }
    assertTrue(differs, "the fact base changed nothing: the test compared nothing");
  }

  @Test
  void aCompanyOfTheFactBaseKeepsTheSpellingsTheListGivesItsId() {
    // the fact base knows Meta's lab by other names than the list's "مختبرات الذكاء الاصطناعي الفائقة"
    FactBase base =
        TestFacts.base(
            List.of(),
            List.of(
                TestFacts.company("meta", "Meta", "ميتا"),
                TestFacts.company(
                    "meta-superintelligence-labs",
                    "Meta Superintelligence Labs",
                    "مختبرات ميتا للذكاء الفائق")));
    Article article =
        ArticleReader.standard()
            .parse("t_1", "t_1.txt", "abc", "عنوان\nانضم الباحث إلى فريق مختبرات الذكاء الاصطناعي الفائقة.");
    assertEquals(
        List.of("meta-superintelligence-labs"),
        Extractor.standard().extract(article, base).article().mentions().companies());
  }
}
