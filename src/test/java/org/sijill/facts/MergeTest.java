package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.extract.Extraction;
import org.sijill.validate.SchemaCheck;

class MergeTest {
  private static final String A0 = Samples.A0;
  private static final String A1 = "001_de12290a917a072b";
  private static final String SHA1 = "a1".repeat(32);
  private static final String SHA2 = "b2".repeat(32);
  private static final String RL = "Reinforcement learning researcher";
  private static final String RL_AR = "باحث في التعلم التعزيزي";
  private static final Source S3 = new Source(A0, 3, "مساهم رئيسي في برنامج التعلم التعزيزي");
  private static final Source S4 = new Source(A0, 4, "بانسال ترك الشركة في يونيو");

  private static final String BANSAL =
      lines(
          "# yaml-language-server: $schema=../schema/person.schema.json",
          "# Checked against the TechCrunch report.",
          "id: trapit-bansal",
          "name: {en: Trapit Bansal, ar: ترابيت بانسال}",
          "aliases: [Trapit Bansal, بانسال]   # add spellings here",
          "roles:",
          "  - title: {en: RL researcher, ar: باحث في التعلم التعزيزي}   # shortened",
          "    org: openai",
          "    sources:",
          "      - {article: "
              + A0
              + ", sentence: 3, quote: \"مساهم رئيسي في برنامج التعلم التعزيزي\"}",
          "",
          "review: reviewed");

  private static final String META =
      lines(
          "# yaml-language-server: $schema=../schema/company.schema.json",
          "id: meta",
          "name: {en: Meta, ar: ميتا}",
          "aliases: [Meta, ميتا]",
          "kind: company",
          "review: reviewed  # by the desk");

  private static final String OPENAI =
      lines(
          "# yaml-language-server: $schema=../schema/company.schema.json",
          "id: openai",
          "name: {en: OpenAI}",
          "kind: lab",
          "review: draft");

  private static final String ARTICLE0 =
      lines(
          "# yaml-language-server: $schema=../schema/article.schema.json",
          "id: " + A0,
          "file: " + A0 + ".txt",
          "title: {ar: تستعين شركة Meta بنخبة من الباحثين}",
          "outlet: openai   # wrong, fix later",
          "language: ar",
          "mentions: {people: [trapit-bansal], companies: [meta, openai], deals: []}",
          "extraction:",
          "  sha256: " + SHA1,
          "  extractor_version: \"1\"",
          "  proposed: [companies/meta, companies/openai, people/kayla-wood, people/trapit-bansal,"
              + " people/trapit-bansal#alias=Trapit Bansal, people/trapit-bansal#alias=بانسال,"
              + " people/trapit-bansal#move=openai>meta, people/trapit-bansal#role=openai:"
              + RL
              + "]");

  @TempDir Path root;

  private FactReader.Result project() throws IOException {
    write(
        Map.of(
            "content/people/trapit-bansal.yaml",
            BANSAL,
            "content/companies/meta.yaml",
            META,
            "content/companies/openai.yaml",
            OPENAI,
            "content/articles/" + A0 + ".yaml",
            ARTICLE0));
    return read();
  }

  private FactReader.Result read() {
    FactReader.Result result =
        new FactReader(SchemaCheck.load(Path.of("content/schema"))).read(root);
    assertEquals(List.of(), result.diagnostics());
    return result;
  }

  private void write(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static Person bansal(List<String> aliases, List<Role> roles, List<Move> moves) {
    return new Person(
        "trapit-bansal",
        Bilingual.of("Trapit Bansal", "ترابيت بانسال"),
        aliases,
        null,
        roles,
        moves,
        Review.DRAFT);
  }

  private static Company company(String id, String en, List<CompanyFact> facts) {
    return new Company(
        id,
        Bilingual.of(en, null),
        List.of(),
        CompanyKind.COMPANY,
        null,
        null,
        facts,
        Review.DRAFT);
  }

  /** Article 000 extracted again after its text changed. */
  private static Extraction rerunOfA0() {
    Person kayla =
        new Person(
            "kayla-wood",
            Bilingual.of("Kayla Wood", "كايلا وود"),
            List.of(),
            null,
            List.of(),
            List.of(),
            Review.DRAFT);
    return new Extraction(
        Samples.bareArticle(
            A0,
            SHA2,
            "2",
            new Mentions(
                List.of("trapit-bansal", "kayla-wood"), List.of("meta", "openai"), List.of())),
        List.of(
            bansal(
                List.of("Trapit Bansal", "بانسال"),
                List.of(new Role(Bilingual.of(RL, RL_AR), "openai", List.of(S3))),
                List.of(
                    new Move(
                        "openai",
                        "meta",
                        "2025-06",
                        "في يونيو",
                        MoveStatus.COMPLETED,
                        List.of(S4)))),
            kayla),
        List.of(
            company("meta", "Meta", List.of()),
            new Company(
                "openai",
                Bilingual.of("OpenAI", null),
                List.of("أوبن إيه آي"),
                CompanyKind.LAB,
                null,
                null,
                List.of(),
                Review.DRAFT)),
        List.of());
  }

  /** A new article that says more about Bansal and Meta, and names Alexandr Wang and a deal. */
  private static Extraction newArticle() {
    Source quote = new Source(A1, 2, "باحث في التعلم التعزيزي لدى OpenAI");
    Person wang =
        new Person(
            "alexandr-wang",
            Bilingual.of("Alexandr Wang", "ألكسندر وانج"),
            List.of("ألكسندر وانج"),
            null,
            List.of(
                new Role(
                    Bilingual.of("Chief executive", "الرئيس التنفيذي"),
                    "scale-ai",
                    List.of(new Source(A1, 5, "رئيسها التنفيذي، ألكسندر وانج")))),
            List.of(),
            Review.DRAFT);
    Deal deal =
        new Deal(
            "meta-scale-ai-investment",
            DealType.INVESTMENT,
            Bilingual.of("Meta invests $14.3 billion in Scale AI", null),
            List.of(new Party("meta", null, "investor"), new Party("scale-ai", null, "investee")),
            new Money(new BigDecimal("14300000000"), "USD"),
            new BigDecimal("49"),
            null,
            null,
            DealStatus.COMPLETED,
            List.of(new Source(A1, 5, "14.3 مليار دولار")),
            Review.DRAFT);
    CompanyFact bonus =
        new CompanyFact(
            Bilingual.of("Offers signing bonuses of up to $100 million", null),
            new BigDecimal("100000000"),
            "2025",
            List.of(new Source(A1, 7, "100 مليون دولار")));
    return new Extraction(
        Samples.bareArticle(
            A1,
            SHA2,
            "1",
            new Mentions(
                List.of("trapit-bansal", "alexandr-wang"),
                List.of("meta"),
                List.of("meta-scale-ai-investment"))),
        List.of(
            bansal(
                List.of("بانسال", "ترابيت"),
                List.of(
                    new Role(
                        Bilingual.of("Reinforcement learning lead", RL_AR),
                        "openai",
                        List.of(quote))),
                List.of()),
            wang),
        List.of(company("meta", "Meta", List.of(bonus))),
        List.of(deal));
  }

  @Test
  void aNewArticleBringsOnlyAdditions() throws Exception {
    FactReader.Result content = project();
    Merge.Result result = Merge.apply(content.facts(), content.documents(), newArticle());
    assertEquals(
        List.of(
            "content/articles/" + A1 + ".yaml",
            "content/companies/meta.yaml",
            "content/deals/meta-scale-ai-investment.yaml",
            "content/people/alexandr-wang.yaml",
            "content/people/trapit-bansal.yaml"),
        List.copyOf(result.changes().keySet()));
    assertEquals(
        lines(
            "# yaml-language-server: $schema=../schema/person.schema.json",
            "# Checked against the TechCrunch report.",
            "id: trapit-bansal",
            "name: {en: Trapit Bansal, ar: ترابيت بانسال}",
            "aliases: [Trapit Bansal, بانسال, ترابيت]   # add spellings here",
            "roles:",
            "  - title: {en: RL researcher, ar: باحث في التعلم التعزيزي}   # shortened",
            "    org: openai",
            "    sources:",
            "      - {article: "
                + A0
                + ", sentence: 3, quote: \"مساهم رئيسي في برنامج التعلم التعزيزي\"}",
            "      - {article: " + A1 + ", sentence: 2, quote: باحث في التعلم التعزيزي لدى OpenAI}",
            "",
            "review: reviewed"),
        result.changes().get("content/people/trapit-bansal.yaml"));
    assertEquals(
        META
            + lines(
                "facts:",
                "  - text: {en: Offers signing bonuses of up to $100 million}",
                "    value: 100000000",
                "    date: 2025",
                "    sources:",
                "      - {article: " + A1 + ", sentence: 7, quote: 100 مليون دولار}"),
        result.changes().get("content/companies/meta.yaml"));
    assertEquals(
        lines(
            "# yaml-language-server: $schema=../schema/deal.schema.json",
            "id: meta-scale-ai-investment",
            "type: investment",
            "title: {en: Meta invests $14.3 billion in Scale AI}",
            "parties:",
            "  - {company: meta, role: investor}",
            "  - {company: scale-ai, role: investee}",
            "amount: {value: 14300000000, currency: USD}",
            "stake_percent: 49",
            "status: completed",
            "sources:",
            "  - {article: " + A1 + ", sentence: 5, quote: 14.3 مليار دولار}",
            "review: draft"),
        result.changes().get("content/deals/meta-scale-ai-investment.yaml"));
    assertEquals(
        lines(
            "# yaml-language-server: $schema=../schema/person.schema.json",
            "id: alexandr-wang",
            "name: {en: Alexandr Wang, ar: ألكسندر وانج}",
            "aliases: [ألكسندر وانج]",
            "roles:",
            "  - title: {en: Chief executive, ar: الرئيس التنفيذي}",
            "    org: scale-ai",
            "    sources:",
            "      - {article: " + A1 + ", sentence: 5, quote: رئيسها التنفيذي، ألكسندر وانج}",
            "review: draft"),
        result.changes().get("content/people/alexandr-wang.yaml"));
    assertEquals(
        lines(
            "# yaml-language-server: $schema=../schema/article.schema.json",
            "id: " + A1,
            "file: " + A1 + ".txt",
            "title: {ar: عنوان}",
            "language: ar",
            "mentions: {people: [alexandr-wang, trapit-bansal], companies: [meta], deals:"
                + " [meta-scale-ai-investment]}",
            "extraction:",
            "  sha256: " + SHA2,
            "  extractor_version: \"1\"",
            "  proposed: [companies/meta, companies/meta#fact=Offers signing bonuses of up to $100"
                + " million, deals/meta-scale-ai-investment,"
                + " deals/meta-scale-ai-investment#party=meta,"
                + " deals/meta-scale-ai-investment#party=scale-ai, people/alexandr-wang,"
                + " people/alexandr-wang#alias=ألكسندر وانج,"
                + " people/alexandr-wang#role=scale-ai:Chief executive, people/trapit-bansal,"
                + " people/trapit-bansal#alias=بانسال, people/trapit-bansal#alias=ترابيت,"
                + " people/trapit-bansal#role=openai:Reinforcement learning lead]"),
        result.changes().get("content/articles/" + A1 + ".yaml"));
  }

  @Test
  void anEditedValueSurvives() throws Exception {
    FactReader.Result content = project();
    Merge.Result result = Merge.apply(content.facts(), content.documents(), newArticle());
    Role role = result.merged().people().get("trapit-bansal").roles().get(0);
    assertEquals(Bilingual.of("RL researcher", RL_AR), role.title());
    assertEquals(2, role.sources().size());
    assertEquals(1, result.merged().people().get("trapit-bansal").roles().size());
  }

  @Test
  void aDeletedFactIsNotAddedAgain() throws Exception {
    FactReader.Result content = project();
    Merge.Result result = Merge.apply(content.facts(), content.documents(), rerunOfA0());
    assertEquals(
        List.of("content/articles/" + A0 + ".yaml", "content/companies/openai.yaml"),
        List.copyOf(result.changes().keySet()));
    assertEquals(List.of(), result.merged().people().get("trapit-bansal").moves());
    assertEquals(List.of("trapit-bansal"), List.copyOf(result.merged().people().keySet()));
    assertEquals(
        ARTICLE0
            .replace(SHA1, SHA2)
            .replace("extractor_version: \"1\"", "extractor_version: \"2\"")
            .replace(
                "[companies/meta, companies/openai,",
                "[companies/meta, companies/openai, companies/openai#alias=أوبن إيه آي,"),
        result.changes().get("content/articles/" + A0 + ".yaml"));
    assertEquals(
        OPENAI + "aliases: [أوبن إيه آي]\n", result.changes().get("content/companies/openai.yaml"));
  }

  @Test
  void aSecondRunIsByteIdentical() throws Exception {
    for (Extraction extraction : List.of(newArticle(), rerunOfA0())) {
      FactReader.Result content = project();
      Merge.Result first = Merge.apply(content.facts(), content.documents(), extraction);
      write(first.changes());
      FactReader.Result written = read();
      assertEquals(written.facts(), first.merged());
      Merge.Result second = Merge.apply(written.facts(), written.documents(), extraction);
      assertEquals(Map.of(), second.changes());
      assertEquals(first.merged(), second.merged());
    }
  }

  @Test
  void aCommentInAFileTheMachineAddsToSurvives() throws Exception {
    FactReader.Result content = project();
    String after =
        Merge.apply(content.facts(), content.documents(), newArticle())
            .changes()
            .get("content/people/trapit-bansal.yaml");
    assertEquals(
        List.of(
            "# Checked against the TechCrunch report.",
            "aliases: [Trapit Bansal, بانسال, ترابيت]   # add spellings here",
            "  - title: {en: RL researcher, ar: باحث في التعلم التعزيزي}   # shortened"),
        after.lines().filter(l -> l.contains("#") && !l.startsWith("# yaml")).toList());
  }

  @Test
  void leavesAFileWithErrorsAloneAndSaysSo() throws Exception {
    project();
    write(
        Map.of(
            "content/people/trapit-bansal.yaml",
            BANSAL.replace("review: reviewed", "review: done")));
    FactReader.Result content =
        new FactReader(SchemaCheck.load(Path.of("content/schema"))).read(root);
    Merge.Result result = Merge.apply(content, newArticle());
    assertEquals(
        List.of(
            "content/articles/" + A1 + ".yaml",
            "content/companies/meta.yaml",
            "content/deals/meta-scale-ai-investment.yaml",
            "content/people/alexandr-wang.yaml"),
        List.copyOf(result.changes().keySet()));
    assertEquals(
        List.of(
            "content/people/trapit-bansal.yaml:1:1: warning: not merged: fix the errors in this"
                + " file, then extract "
                + A1
                + " again"),
        result.diagnostics().stream().map(org.sijill.diag.Diagnostic::format).toList());
    List<String> article =
        result.changes().get("content/articles/" + A1 + ".yaml").lines().toList();
    assertEquals(
        "mentions: {people: [alexandr-wang, trapit-bansal], companies: [meta],"
            + " deals: [meta-scale-ai-investment]}",
        article.get(5));
    assertEquals(
        "  proposed: [companies/meta, companies/meta#fact=Offers signing bonuses of up to $100 million,"
            + " deals/meta-scale-ai-investment, deals/meta-scale-ai-investment#party=meta,"
            + " deals/meta-scale-ai-investment#party=scale-ai, people/alexandr-wang,"
            + " people/alexandr-wang#alias=ألكسندر وانج, people/alexandr-wang#role=scale-ai:Chief"
            + " executive]",
        article.get(9));
  }
}
