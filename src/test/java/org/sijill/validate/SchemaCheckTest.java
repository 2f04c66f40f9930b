package org.sijill.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.diag.Diagnostic;
import org.sijill.facts.FileKind;
import org.sijill.facts.YamlDocument;

class SchemaCheckTest {
  private static final SchemaCheck SCHEMAS = SchemaCheck.load(Path.of("content/schema"));

  private static List<String> check(FileKind kind, String... lines) throws Exception {
    YamlDocument doc = YamlDocument.parse(kind.path("x"), String.join("\n", lines) + "\n");
    return SCHEMAS.check(kind, doc).stream().map(Diagnostic::format).toList();
  }

  @Test
  void loadsEverySchema() {
    assertEquals(List.of(), SCHEMAS.problems());
  }

  @Test
  void namesTheAllowedValuesOfAnEnum() throws Exception {
    assertEquals(
        List.of(
            "content/deals/x.yaml:7:9: error: status: must be one of announced, completed,"
                + " in-talks, proposed, rejected, failed"),
        check(
            FileKind.DEAL,
            "# yaml-language-server: $schema=../schema/deal.schema.json",
            "id: x",
            "type: investment",
            "title: {en: Meta invests in Scale AI}",
            "parties:",
            "  - {company: meta, role: investor}",
            "status: done",
            "review: draft"));
  }

  @Test
  void pointsAtEveryOffendingValue() throws Exception {
    assertEquals(
        List.of(
            "content/people/x.yaml:2:5: error: id: must be an id: lowercase ASCII letters and"
                + " digits in words joined by '-', e.g. meta-superintelligence-labs, not"
                + " \"Trapit_Bansal\"",
            "content/people/x.yaml:3:7: error: name: must not be empty",
            "content/people/x.yaml:4:19: error: aliases: \"بانسال\" is listed twice",
            "content/people/x.yaml:6:5: error: missing required key \"title\"",
            "content/people/x.yaml:6:5: error: unknown key \"titel\" (allowed: title, org,"
                + " sources)",
            "content/people/x.yaml:8:32: error: sentence: must be a whole number, not text",
            "content/people/x.yaml:8:46: error: quote: must not be empty",
            "content/people/x.yaml:10:11: error: date: must be a date: YYYY, YYYY-MM or YYYY-MM-DD,"
                + " not \"June\"",
            "content/people/x.yaml:11:13: error: status: must be one of completed, expected,"
                + " declined",
            "content/people/x.yaml:12:1: error: unknown key \"reviewed\" (allowed: id, name,"
                + " aliases, summary, roles, moves, review)"),
        check(
            FileKind.PERSON,
            "# yaml-language-server: $schema=../schema/person.schema.json",
            "id: Trapit_Bansal",
            "name: {}",
            "aliases: [بانسال, بانسال]",
            "roles:",
            "  - titel: {en: Researcher}",
            "    sources:",
            "      - {article: a, sentence: three, quote: ''}",
            "moves:",
            "  - date: June",
            "    status: done",
            "reviewed: draft",
            "review: draft"));
  }

  @Test
  void reportsMissingKeysAtTheMappingThatLacksThem() throws Exception {
    assertEquals(
        List.of(
            "content/companies/x.yaml:2:1: error: missing required key \"kind\"",
            "content/companies/x.yaml:2:1: error: missing required key \"name\"",
            "content/companies/x.yaml:2:1: error: missing required key \"review\"",
            "content/companies/x.yaml:5:15: error: missing required key \"quote\""),
        check(
            FileKind.COMPANY,
            "# yaml-language-server: $schema=../schema/company.schema.json",
            "id: x",
            "facts:",
            "  - text: {en: Hires}",
            "    sources: [{article: a, sentence: 1}]"));
  }

  @Test
  void explainsAPartyThatNamesNoneOrBothSides() throws Exception {
    assertEquals(
        List.of(
            "content/deals/x.yaml:5:5: error: must have one of the keys company, person",
            "content/deals/x.yaml:6:5: error: must have only one of the keys company, person",
            "content/deals/x.yaml:7:17: error: value: must be a number, not text",
            "content/deals/x.yaml:7:33: error: currency: must be an ISO 4217 currency code such as"
                + " USD, not \"usd\"",
            "content/deals/x.yaml:8:16: error: stake_percent: must be at most 100"),
        check(
            FileKind.DEAL,
            "id: x",
            "type: bid",
            "title: {ar: عرض}",
            "parties:",
            "  - {role: bidder}",
            "  - {company: a, person: b, role: target}",
            "amount: {value: lots, currency: usd}",
            "stake_percent: 120",
            "status: rejected",
            "review: draft"));
  }

  @Test
  void checksTheArticleLedgerAndTheSiteFile() throws Exception {
    assertEquals(
        List.of(
            "content/articles/x.yaml:4:12: error: published: must be a date: YYYY, YYYY-MM or"
                + " YYYY-MM-DD, not \"29/08/2025\"",
            "content/articles/x.yaml:6:30: error: companies: must be an id: lowercase ASCII letters and digits"
                + " in words joined by '-', e.g. meta-superintelligence-labs, not \"Meta AI\"",
            "content/articles/x.yaml:8:3: error: missing required key \"extractor_version\"",
            "content/articles/x.yaml:8:11: error: sha256: must be SHA-256 of the seed file's bytes,"
                + " lowercase hex, not \"abc\""),
        check(
            FileKind.ARTICLE,
            "id: a_1",
            "file: a_1.txt",
            "title: {ar: عنوان}",
            "published: 29/08/2025",
            "language: ar",
            "mentions: {companies: [meta, Meta AI]}",
            "extraction:",
            "  sha256: abc",
            "  proposed: []"));
    assertEquals(
        List.of(
            "content/site.yaml:2:11: error: base_url: must be the published site's address, ending"
                + " in '/', not \"https://example.org\""),
        check(FileKind.SITE, "title: {en: Sijill}", "base_url: https://example.org"));
  }

  @Test
  void everySchemaSharesTheSameCommonDefinitions() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode person = json.readTree(Files.readString(Path.of("content/schema/person.schema.json")));
    for (String kind : List.of("company", "deal", "article", "site")) {
      JsonNode other =
          json.readTree(Files.readString(Path.of("content/schema/" + kind + ".schema.json")));
      for (String name :
          List.of(
              "slug",
              "articleId",
              "date",
              "text",
              "bilingual",
              "aliases",
              "source",
              "sources",
              "review")) {
        assertEquals(
            person.at("/definitions/" + name), other.at("/definitions/" + name), kind + " " + name);
      }
    }
  }
}
