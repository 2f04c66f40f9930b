package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.diag.Diagnostic;
import org.sijill.validate.SchemaCheck;

class FactReaderTest {
  private static final Path ROOT = Path.of("src/test/resources/facts/reader");

  private static FactReader.Result read() {
    return new FactReader(SchemaCheck.load(Path.of("content/schema"))).read(ROOT);
  }

  @Test
  void reportsEveryBadFileWithoutStoppingAtTheFirst() {
    assertEquals(
        List.of(
            "content/companies/latin1.yaml:2:15: error: the file is not UTF-8 text",
            "content/companies/tabbed.yaml:3:1: error: found character tab that cannot start any"
                + " token (do not use tabs for indentation)",
            "content/people/broken.yaml:4:7: error: expected ',' or '}', but got ':'"
                + " (while parsing a flow mapping that starts at 3:7)",
            "content/people/old.yml:1:1: warning: ignored: fact files end in .yaml",
            "content/people/shapeless.yaml:6:13: error: status: must be one of completed, expected,"
                + " declined"),
        read().diagnostics().stream().map(Diagnostic::format).toList());
  }

  @Test
  void bindsOnlyTheFilesThatPassTheSchema() {
    FactReader.Result result = read();
    assertEquals(List.of("trapit-bansal"), List.copyOf(result.facts().people().keySet()));
    assertEquals(List.of("meta"), List.copyOf(result.facts().companies().keySet()));
    assertEquals(List.of("meta-scale-ai-investment"), List.copyOf(result.facts().deals().keySet()));
    assertEquals(List.of(Samples.A0), List.copyOf(result.facts().articles().keySet()));
    assertEquals(
        List.of(
            "content/articles/000_8955a49b4c4dff57.yaml",
            "content/companies/meta.yaml",
            "content/deals/meta-scale-ai-investment.yaml",
            "content/people/shapeless.yaml",
            "content/people/trapit-bansal.yaml",
            "content/site.yaml"),
        List.copyOf(result.documents().keySet()));
    assertEquals(
        List.of(
            "content/articles/000_8955a49b4c4dff57.yaml",
            "content/companies/latin1.yaml",
            "content/companies/meta.yaml",
            "content/companies/tabbed.yaml",
            "content/deals/meta-scale-ai-investment.yaml",
            "content/people/broken.yaml",
            "content/people/shapeless.yaml",
            "content/people/trapit-bansal.yaml",
            "content/site.yaml"),
        List.copyOf(result.stamps().keySet()));
    assertEquals(
        "content/people/trapit-bansal.yaml",
        result.document(FileKind.PERSON, "trapit-bansal").orElseThrow().path());
  }

  @Test
  void readsRecordsWithDatesAsTextAndExactNumbers() {
    FactBase facts = read().facts();
    assertEquals(Samples.bansal(), facts.people().get("trapit-bansal"));
    CompanyFact fact = facts.companies().get("meta").facts().get(0);
    assertEquals("2025", fact.date());
    assertEquals(new BigDecimal("65000000000"), fact.value());
    Deal deal = facts.deals().get("meta-scale-ai-investment");
    assertEquals(DealStatus.IN_TALKS, deal.status());
    assertEquals(new Money(new BigDecimal("14300000000"), "USD"), deal.amount());
    assertEquals(new BigDecimal("49"), deal.stakePercent());
    assertEquals("2025-06", deal.date());
    ArticleRecord article = facts.articles().get(Samples.A0);
    assertEquals("2025-08-29", article.published());
    assertEquals(
        new Ledger(Samples.SHA, "1", List.of("people/trapit-bansal")), article.extraction());
    assertEquals(
        new Mentions(List.of("trapit-bansal"), List.of("meta", "openai"), List.of()),
        article.mentions());
    assertEquals("https://example.github.io/sijill/", facts.site().baseUrl());
  }
}
