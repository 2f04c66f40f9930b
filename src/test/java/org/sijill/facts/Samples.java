package org.sijill.facts;

import java.math.BigDecimal;
import java.util.List;

/** Records like those extraction produces from the seed articles, shared by the tests. */
final class Samples {
  static final String A0 = "000_8955a49b4c4dff57";
  static final String SHA = "8955a49b4c4dff57000000000000000000000000000000000000000000000000";

  private Samples() {}

  static Person bansal() {
    return new Person(
        "trapit-bansal",
        Bilingual.of("Trapit Bansal", "ترابيت بانسال"),
        List.of("Trapit Bansal", "بانسال"),
        null,
        List.of(
            new Role(
                Bilingual.of("Reinforcement learning researcher", "باحث في التعلم التعزيزي"),
                "openai",
                List.of(new Source(A0, 3, "مساهم رئيسي في برنامج التعلم التعزيزي")))),
        List.of(
            new Move(
                "openai",
                "meta",
                "2025-06",
                "في يونيو",
                MoveStatus.COMPLETED,
                List.of(new Source(A0, 4, "بانسال ترك الشركة في يونيو")))),
        Review.REVIEWED);
  }

  static Company msl() {
    return new Company(
        "meta-superintelligence-labs",
        Bilingual.of("Meta Superintelligence Labs", "مختبرات ميتا للذكاء الفائق"),
        List.of("MSL", "مختبر الذكاء الفائق"),
        CompanyKind.LAB,
        "meta",
        null,
        List.of(
            new CompanyFact(
                Bilingual.of(
                    "Offers signing bonuses of up to $100 million",
                    "مكافآت تسجيل تصل إلى 100 مليون دولار"),
                new BigDecimal("100000000"),
                "2025",
                List.of(new Source(A0, 8, "مكافآت تسجيل تصل إلى 100 مليون دولار")))),
        Review.DRAFT);
  }

  static Deal scale() {
    return new Deal(
        "meta-scale-ai-investment",
        DealType.INVESTMENT,
        Bilingual.of(
            "Meta invests $14.3 billion in Scale AI", "استثمار ميتا 14.3 مليار دولار في Scale AI"),
        List.of(new Party("meta", null, "investor"), new Party("scale-ai", null, "investee")),
        new Money(new BigDecimal("14300000000"), "USD"),
        new BigDecimal("49"),
        "2025-06",
        "في يونيو الماضي",
        DealStatus.COMPLETED,
        List.of(new Source(A0, 13, "لاستثمارها 14.3 مليار دولار في شركة Scale AI")),
        Review.REVIEWED);
  }

  static ArticleRecord article() {
    return new ArticleRecord(
        A0,
        A0 + ".txt",
        Bilingual.of(
            "Meta recruits top OpenAI researchers",
            "تستعين شركة Meta بنخبة من الباحثين في مجال الذكاء الاصطناعي من شركة OpenAI في سباق"
                + " الذكاء الفائق"),
        "rose-al-youssef",
        "2025-08-29",
        "https://example.com/a?id=1#top",
        "ar",
        new Mentions(List.of("trapit-bansal"), List.of("meta", "openai"), List.of()),
        new Ledger(SHA, "1", List.of("people/trapit-bansal", "people/trapit-bansal#alias=بانسال")));
  }

  /** An article with a headline only, as an extraction proposes it: its mentions and ledger. */
  static ArticleRecord bareArticle(String id, String sha, String version, Mentions mentions) {
    return new ArticleRecord(
        id, id + ".txt", Bilingual.of(null, "عنوان"), null, null, null, "ar", mentions,
        new Ledger(sha, version, List.of()));
  }

  static SiteConfig site() {
    return new SiteConfig(
        Bilingual.of("Sijill — the AI talent war", "سجلّ — حرب المواهب في الذكاء الاصطناعي"),
        Bilingual.of(
            "Who moved where, cited sentence by sentence", "من انتقل إلى أين، مع المصدر لكل جملة"),
        "https://example.github.io/sijill/",
        Bilingual.of("CC BY 4.0", "CC BY 4.0"));
  }
}
