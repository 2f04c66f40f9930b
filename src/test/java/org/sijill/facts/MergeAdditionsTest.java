package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.Extraction;
import org.sijill.validate.SchemaCheck;

/** A merge into existing files builds the records it adds without reading them back as YAML. */
class MergeAdditionsTest {
  private static final SchemaCheck SCHEMAS = SchemaCheck.load(Path.of("content/schema"));
  private static final String A1 = "001_de12290a917a072b";
  private static final String META = "content/companies/meta.yaml";

  @TempDir Path root;

  private FactReader.Result meta() throws IOException {
    Path file = root.resolve(META);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        String.join(
            "\n",
            "# yaml-language-server: $schema=../schema/company.schema.json",
            "id: meta",
            "name: {en: Meta, ar: ميتا}",
            "aliases: [Meta]",
            "kind: company",
            "review: reviewed",
            ""),
        StandardCharsets.UTF_8);
    FactReader.Result read = new FactReader(SCHEMAS).read(root);
    assertEquals(List.of(), read.diagnostics());
    return read;
  }

  private static Extraction proposing(Company meta) {
    ArticleRecord article =
        Samples.bareArticle(A1, "c3".repeat(32), "1", new Mentions(List.of(), List.of("meta"), List.of()));
    return new Extraction(article, List.of(), List.of(meta), List.of());
  }

  private static Company meta(String alias, CompanyFact fact) {
    return new Company(
        "meta",
        Bilingual.of("Meta", "ميتا"),
        List.of(alias),
        CompanyKind.COMPANY,
        null,
        null,
        List.of(fact),
        Review.DRAFT);
  }

  private Merge.Result merge(FactReader.Result content, Extraction extraction) {
    return Merge.apply(
        content.facts(),
        path -> {
          YamlDocument doc = content.documents().get(path);
          return doc == null ? null : PendingFile.of(doc);
        },
        path -> false,
        SCHEMAS,
        extraction);
  }

  @Test
  void recordOfAFactWithAnExponentIsTheOneItsFileReads() throws Exception {
    Source source = new Source(A1, 4, "تنفق 14.3 مليار دولار");
    CompanyFact fact =
        new CompanyFact(
            Bilingual.of("Spends $14.3 billion", null),
            new BigDecimal("1.43E+10"),
            "2025",
            List.of(source));
    Merge.Result result = merge(meta(), proposing(meta("ميتا", fact)));
    assertEquals(List.of(), result.problems(META));
    String text = result.changes().get(META);
    assertEquals(
        String.join(
            "\n",
            "# yaml-language-server: $schema=../schema/company.schema.json",
            "id: meta",
            "name: {en: Meta, ar: ميتا}",
            "aliases: [Meta, ميتا]",
            "kind: company",
            "review: reviewed",
            "facts:",
            "  - text: {en: Spends $14.3 billion}",
            "    value: 14300000000",
            "    date: 2025",
            "    sources:",
            "      - {article: " + A1 + ", sentence: 4, quote: " + source.quote() + "}",
            ""),
        text);
    Company merged = result.merged().companies().get("meta");
    assertEquals(Merge.bind(FileKind.COMPANY, YamlDocument.parse(META, text)), merged);
    assertEquals(new BigDecimal("14300000000"), merged.facts().get(0).value());
  }

  @Test
  void additionTheSchemaRejectsIsReportedAgainstItsFile() throws Exception {
    CompanyFact fact =
        new CompanyFact(
            Bilingual.of("Spends", null), null, "2025-6", List.of(new Source(A1, 2, "تنفق")));
    Merge.Result result = merge(meta(), proposing(meta("ميتا", fact)));
    assertEquals(
        List.of(
            META
                + ":1:1: error: a merge added a value the schema rejects: facts: date is not a"
                + " date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        result.problems(META).stream().map(Diagnostic::format).toList());
    YamlDocument written = YamlDocument.parse(META, result.changes().get(META));
    assertEquals(false, SCHEMAS.check(FileKind.COMPANY, written).isEmpty());
  }
}
