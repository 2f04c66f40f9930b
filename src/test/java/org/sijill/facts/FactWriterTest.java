package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.validate.SchemaCheck;

class FactWriterTest {
  private static final SchemaCheck SCHEMAS = SchemaCheck.load(Path.of("content/schema"));

  @Test
  void writesAPersonInTheDocumentedShape() {
    assertEquals(
        String.join(
            "\n",
            "# yaml-language-server: $schema=../schema/person.schema.json",
            "id: trapit-bansal",
            "name: {en: Trapit Bansal, ar: ترابيت بانسال}",
            "aliases: [Trapit Bansal, بانسال]",
            "roles:",
            "  - title: {en: Reinforcement learning researcher, ar: باحث في التعلم التعزيزي}",
            "    org: openai",
            "    sources:",
            "      - {article: 000_8955a49b4c4dff57, sentence: 3, quote: مساهم رئيسي في برنامج"
                + " التعلم التعزيزي}",
            "moves:",
            "  - from: openai",
            "    to: meta",
            "    date: 2025-06",
            "    date_text: في يونيو",
            "    status: completed",
            "    sources:",
            "      - {article: 000_8955a49b4c4dff57, sentence: 4, quote: بانسال ترك الشركة في"
                + " يونيو}",
            "review: reviewed",
            ""),
        FactWriter.write(Samples.bansal()));
  }

  @Test
  void writesACompanyWithItsFacts() {
    assertEquals(
        String.join(
            "\n",
            "# yaml-language-server: $schema=../schema/company.schema.json",
            "id: meta-superintelligence-labs",
            "name: {en: Meta Superintelligence Labs, ar: مختبرات ميتا للذكاء الفائق}",
            "aliases: [MSL, مختبر الذكاء الفائق]",
            "kind: lab",
            "parent: meta",
            "facts:",
            "  - text: {en: Offers signing bonuses of up to $100 million, ar: مكافآت تسجيل تصل إلى"
                + " 100 مليون دولار}",
            "    value: 100000000",
            "    date: 2025",
            "    sources:",
            "      - {article: 000_8955a49b4c4dff57, sentence: 8, quote: مكافآت تسجيل تصل إلى 100"
                + " مليون دولار}",
            "review: draft",
            ""),
        FactWriter.write(Samples.msl()));
  }

  @Test
  void writesADealWithPartiesAndAmountInFlowStyle() {
    assertEquals(
        String.join(
            "\n",
            "# yaml-language-server: $schema=../schema/deal.schema.json",
            "id: meta-scale-ai-investment",
            "type: investment",
            "title: {en: Meta invests $14.3 billion in Scale AI, ar: استثمار ميتا 14.3 مليار دولار"
                + " في Scale AI}",
            "parties:",
            "  - {company: meta, role: investor}",
            "  - {company: scale-ai, role: investee}",
            "amount: {value: 14300000000, currency: USD}",
            "stake_percent: 49",
            "date: 2025-06",
            "date_text: في يونيو الماضي",
            "status: completed",
            "sources:",
            "  - {article: 000_8955a49b4c4dff57, sentence: 13, quote: لاستثمارها 14.3 مليار دولار"
                + " في شركة Scale AI}",
            "review: reviewed",
            ""),
        FactWriter.write(Samples.scale()));
  }

  @Test
  void writesAnArticleWithArabicTitleFirstAndItsLedger() {
    assertEquals(
        String.join(
            "\n",
            "# yaml-language-server: $schema=../schema/article.schema.json",
            "id: 000_8955a49b4c4dff57",
            "file: 000_8955a49b4c4dff57.txt",
            "title: {ar: تستعين شركة Meta بنخبة من الباحثين في مجال الذكاء الاصطناعي من شركة OpenAI"
                + " في سباق الذكاء الفائق, en: Meta recruits top OpenAI researchers}",
            "outlet: rose-al-youssef",
            "published: 2025-08-29",
            "url: https://example.com/a?id=1#top",
            "language: ar",
            "mentions: {people: [trapit-bansal], companies: [meta, openai], deals: []}",
            "extraction:",
            "  sha256: " + Samples.SHA,
            "  extractor_version: \"1\"",
            "  proposed: [people/trapit-bansal, people/trapit-bansal#alias=بانسال]",
            ""),
        FactWriter.write(Samples.article()));
  }

  @Test
  void writesTheSiteFile() {
    assertEquals(
        String.join(
            "\n",
            "# yaml-language-server: $schema=schema/site.schema.json",
            "title: {en: Sijill — the AI talent war, ar: سجلّ — حرب المواهب في الذكاء الاصطناعي}",
            "description: {en: \"Who moved where, cited sentence by sentence\", ar: من انتقل إلى"
                + " أين، مع المصدر لكل جملة}",
            "base_url: https://example.github.io/sijill/",
            "licence: {en: CC BY 4.0, ar: CC BY 4.0}",
            ""),
        FactWriter.write(Samples.site()));
  }

  @Test
  void quotesOnlyWhatYamlWouldReadDifferently() {
    List<String[]> cases =
        List.of(
            new String[] {"plain text", "plain text", "plain text"},
            new String[] {"بانسال ترك الشركة", "بانسال ترك الشركة", "بانسال ترك الشركة"},
            new String[] {"a, b", "a, b", "\"a, b\""},
            new String[] {"key: value", "\"key: value\"", "\"key: value\""},
            new String[] {"http://x.org/a:b", "http://x.org/a:b", "http://x.org/a:b"},
            new String[] {"#1 lab", "\"#1 lab\"", "\"#1 lab\""},
            new String[] {"lab #1", "\"lab #1\"", "\"lab #1\""},
            new String[] {"lab#1", "lab#1", "lab#1"},
            new String[] {"C# developer", "C# developer", "C# developer"},
            new String[] {"tag # comment", "\"tag # comment\"", "\"tag # comment\""},
            new String[] {"-leading dash", "\"-leading dash\"", "\"-leading dash\""},
            new String[] {"say \"hi\"", "say \"hi\"", "say \"hi\""},
            new String[] {"\"quoted\"", "\"\\\"quoted\\\"\"", "\"\\\"quoted\\\"\""},
            new String[] {"1", "\"1\"", "\"1\""},
            new String[] {"14.3", "\"14.3\"", "\"14.3\""},
            new String[] {"yes", "\"yes\"", "\"yes\""},
            new String[] {"null", "\"null\"", "\"null\""},
            new String[] {"~", "\"~\"", "\"~\""},
            new String[] {"2025-06-01", "\"2025-06-01\"", "\"2025-06-01\""},
            new String[] {"", "\"\"", "\"\""},
            new String[] {" padded ", "\" padded \"", "\" padded \""},
            new String[] {"two\nlines", "\"two\\nlines\"", "\"two\\nlines\""},
            new String[] {"back\\slash", "back\\slash", "back\\slash"},
            new String[] {"[x]", "\"[x]\"", "\"[x]\""},
            new String[] {"a[x]", "a[x]", "\"a[x]\""},
            new String[] {"colon:", "\"colon:\"", "\"colon:\""});
    for (String[] c : cases) {
      assertEquals(c[1], Scalars.render(c[0], false, false), "block: " + c[0]);
      assertEquals(c[2], Scalars.render(c[0], true, false), "flow: " + c[0]);
    }
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    String tricky = "He said: \"no\" # not a comment, {really} [1] - ok";
    Person person =
        new Person(
            "x-1",
            Bilingual.of("-Dash, Jr.", "زوكربيرج: \"الرئيس\""),
            List.of(
                "yes",
                "#hash",
                "a, b",
                "ماسك",
                "  spaced",
                "100",
                "2025-06-01",
                "tab\there",
                "\u200Fمارك"),
            Bilingual.of("**Markdown** with `code`: and | pipes > here\nsecond line", null),
            List.of(
                new Role(Bilingual.of(tricky, null), null, List.of(new Source("a_1", 1, tricky)))),
            List.of(
                new Move(null, "meta", "2025", null, MoveStatus.EXPECTED, List.of()),
                new Move(
                    "x",
                    null,
                    null,
                    "'quoted' text",
                    MoveStatus.DECLINED,
                    List.of(new Source("b", 2, "'"), new Source("b", 3, "\\")))),
            Review.DRAFT);
    assertEquals(person, FactBinder.person(readBack(FileKind.PERSON, FactWriter.write(person))));

    Deal deal =
        new Deal(
            "d",
            DealType.BID,
            Bilingual.of(null, "عرض ماسك: 97.4 مليار"),
            List.of(new Party(null, "elon-musk", "bidder")),
            new Money(new BigDecimal("97400000000.5"), "USD"),
            new BigDecimal("0.25"),
            "2025-02-10",
            "في فبراير",
            DealStatus.IN_TALKS,
            List.of(),
            Review.DRAFT);
    assertEquals(deal, FactBinder.deal(readBack(FileKind.DEAL, FactWriter.write(deal))));

    for (Object record :
        List.of(
            Samples.bansal(), Samples.msl(), Samples.scale(), Samples.article(), Samples.site())) {
      FileKind kind = kindOf(record);
      String text =
          switch (kind) {
            case PERSON -> FactWriter.write((Person) record);
            case COMPANY -> FactWriter.write((Company) record);
            case DEAL -> FactWriter.write((Deal) record);
            case ARTICLE -> FactWriter.write((ArticleRecord) record);
            case SITE -> FactWriter.write((SiteConfig) record);
          };
      assertEquals(record, FactBinder.bind(kind, readBack(kind, text)));
    }
  }

  @Test
  void writesNumbersWithoutExponent() {
    Money money = new Money(new BigDecimal("1.43E+10"), "USD");
    Deal deal =
        new Deal(
            "d",
            DealType.OTHER,
            Bilingual.of("t", null),
            List.of(),
            money,
            null,
            null,
            null,
            DealStatus.ANNOUNCED,
            List.of(),
            Review.DRAFT);
    assertEquals(
        "amount: {value: 14300000000, currency: USD}",
        FactWriter.write(deal)
            .lines()
            .filter(l -> l.startsWith("amount"))
            .findFirst()
            .orElseThrow());
  }

  private static com.fasterxml.jackson.databind.JsonNode readBack(FileKind kind, String text)
      throws Exception {
    YamlDocument doc = YamlDocument.parse(kind.path("x"), text);
    assertEquals(List.of(), SCHEMAS.check(kind, doc), text);
    return doc.json();
  }

  private static FileKind kindOf(Object record) {
    if (record instanceof Person) {
      return FileKind.PERSON;
    } else if (record instanceof Company) {
      return FileKind.COMPANY;
    } else if (record instanceof Deal) {
      return FileKind.DEAL;
    } else if (record instanceof ArticleRecord) {
      return FileKind.ARTICLE;
    }
    return FileKind.SITE;
  }
}
