package org.sijill.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.facts.Source;

class ValidatorTest {
  private static final Path FIXTURES = Path.of("src/test/resources/validate");
  private static final String A0 = "000_8955a49b4c4dff57";

  private static Validator.Result check() throws Exception {
    Article article = TestArticles.fromSentences(A0, FIXTURES.resolve(A0 + ".sentences"));
    Validator validator = new Validator(SchemaCheck.load(Path.of("content/schema")));
    return validator.check(FIXTURES.resolve("project"), Map.of(A0, article));
  }

  @Test
  void reportsEveryProblemAtTheOffendingValueInOrder() throws Exception {
    List<String> found = check().diagnostics().stream().map(Diagnostic::format).toList();
    assertEquals(
        List.of(
            "content/articles/000_8955a49b4c4dff57.yaml:5:9: error: unknown company \"techcrunch\"",
            "content/articles/000_8955a49b4c4dff57.yaml:7:36: error: unknown person \"kayla-wood\"",
            "content/articles/001_de12290a917a072b.yaml:3:7: error: no text for this article:"
                + " seeds/001_de12290a917a072b.txt was not read (put the article back in seeds/,"
                + " or delete this file and the facts citing it)",
            "content/companies/meta.yaml:4:17: warning: alias \"ميتا\" is also claimed by"
                + " people/mark-zuckerberg",
            "content/companies/meta.yaml:6:9: error: unknown company \"facebook-inc\"",
            "content/companies/meta.yaml:11:61: error: quote not found in article"
                + " 000_8955a49b4c4dff57: \"مكافآت تصل إلى مليار دولار\"",
            "content/deals/meta-scale-ai-investment.yaml:7:15: error: unknown company \"scale-ai\"",
            "content/deals/meta-scale-ai-investment.yaml:8:14: error: unknown person"
                + " \"alexandr-wang\"",
            "content/deals/meta-scale-ai-investment.yaml:12:47: error: sentence 99 is beyond the"
                + " end of article 000_8955a49b4c4dff57 (13 sentences); the quote is in sentence"
                + " 13",
            "content/deals/meta-scale-ai-investment.yaml:13:15: error: unknown article"
                + " \"004_missing\"",
            "content/people/mark-zuckerberg.yaml:4:21: warning: alias \"ميتا\" is also claimed by"
                + " companies/meta",
            "content/people/mark-zuckerberg.yaml:7:10: error: unknown company \"meta-platforms\"",
            "content/people/trapit-bansal.yaml:10:51: error: quote is not in sentence 5 but in"
                + " sentences 1, 2, 3, 4, 6, 7, 8, 9, 12",
            "content/people/trapit-bansal.yaml:17:51: warning: quote found in sentence 4, not 3",
            "content/people/zuck.yaml:3:5: error: duplicate id \"mark-zuckerberg\":"
                + " also in content/people/mark-zuckerberg.yaml",
            "content/people/zuck.yaml:3:5: error: id \"mark-zuckerberg\" does not match the file"
                + " name \"zuck.yaml\""),
        found);
  }

  @Test
  void relocatesAQuoteFoundInExactlyOneOtherSentence() throws Exception {
    Validator.Result result = check();
    Source written = new Source(A0, 3, "بانسال ترك الشركة في يونيو");
    assertEquals(
        Map.of(written, new Source(A0, 4, "بانسال ترك الشركة في يونيو")), result.relocated());
    assertTrue(result.hasErrors());
  }

  @Test
  void acceptsAProjectWithoutProblems() throws Exception {
    Article article = TestArticles.fromSentences(A0, FIXTURES.resolve(A0 + ".sentences"));
    Validator validator = new Validator(SchemaCheck.load(Path.of("content/schema")));
    Validator.Result result = validator.check(FIXTURES.resolve("clean"), Map.of(A0, article));
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void collectsReadingProblemsWithItsOwnAndAMissingSiteFile(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("content/people"));
    Files.writeString(root.resolve("content/people/x.yaml"), "id: x\nname: [\n");
    Files.writeString(
        root.resolve("content/people/y.yaml"), "id: y\nname: {en: Y}\nreview: maybe\n");
    Validator validator = new Validator(SchemaCheck.load(Path.of("content/schema")));
    assertEquals(
        List.of(
            "content/people/x.yaml:3:1: error: expected the node content, but found the end of the"
                + " file (while parsing a flow node)",
            "content/people/y.yaml:3:9: error: review: must be one of draft, reviewed",
            "content/site.yaml:1:1: error: missing: the site's title and address are kept here"),
        validator.check(root, Map.of()).diagnostics().stream().map(Diagnostic::format).toList());
  }
}
