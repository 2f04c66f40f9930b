package org.sijill.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.articles.Article;
import org.sijill.articles.PageChrome;
import org.sijill.articles.Sentence;
import org.sijill.extract.EntityKind;
import org.sijill.extract.Mention;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.Deal;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;
import org.sijill.facts.FactBase;
import org.sijill.facts.Ledger;
import org.sijill.facts.Mentions;
import org.sijill.facts.Money;
import org.sijill.facts.Move;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Review;
import org.sijill.facts.Role;
import org.sijill.facts.SiteConfig;
import org.sijill.facts.Source;

/**
 * A small fact base about one article, built in code, with a gazetteer standing in for extraction.
 */
final class Fixture {
  static final String ARTICLE = "000_fixture";

  private Fixture() {}

  /**
   * An article whose paragraphs are given sentence by sentence; the first sentence is the title.
   */
  static Article article(String id, List<List<String>> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p > 0) {
        text.append('\n');
      }
      List<String> paragraph = paragraphs.get(p);
      for (int s = 0; s < paragraph.size(); s++) {
        if (s > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(paragraph.get(s));
        sentences.add(
            new Sentence(sentences.size() + 1, p, start, text.length(), paragraph.get(s)));
      }
    }
    return new Article(
        id, id + ".txt", "0".repeat(64), text.toString(), sentences, PageChrome.none());
  }

  static Article article() {
    return article(
        ARTICLE,
        List.of(
            List.of("تستعين شركة Meta بنخبة من باحثي OpenAI"),
            List.of(
                "ومن بين أبرز التعيينات Trapit Bansal، وهو مساهم رئيسي في برنامج التعلم التعزيزي في"
                    + " OpenAI.",
                "وقالت المتحدثة إن بانسال ترك الشركة في يونيو."),
            List.of("استثمرت شركة Meta مبلغ 14.3 مليار دولار في شركة Scale AI مقابل حصة 49%."),
            List.of("وتخطط ميتا لإنفاق ما يصل إلى 65 مليار دولار على مراكز البيانات.")));
  }

  static Source source(int sentence, String quote) {
    return new Source(ARTICLE, sentence, quote);
  }

  static FactBase facts() {
    Person bansal =
        new Person(
            "trapit-bansal",
            Bilingual.of("Trapit Bansal", "ترابيت بانسال"),
            List.of("Trapit Bansal", "بانسال"),
            Bilingual.of(
                "Researcher who co-created the **o1** reasoning model at OpenAI.",
                "باحث شارك في تطوير نموذج **o1** للتفكير في OpenAI."),
            List.of(
                new Role(
                    Bilingual.of("Reinforcement learning researcher", "باحث في التعلم التعزيزي"),
                    "openai",
                    List.of(source(2, "مساهم رئيسي في برنامج التعلم التعزيزي")))),
            List.of(
                new Move(
                    "openai",
                    "meta",
                    "2025-06",
                    "في يونيو",
                    MoveStatus.COMPLETED,
                    List.of(source(3, "بانسال ترك الشركة في يونيو")))),
            Review.REVIEWED);
    Person wang =
        new Person(
            "alexandr-wang",
            Bilingual.of("Alexandr Wang", "ألكسندر وانج"),
            List.of("ألكسندر وانج"),
            null,
            List.of(),
            List.of(),
            Review.DRAFT);
    Company meta =
        new Company(
            "meta",
            Bilingual.of("Meta", "ميتا"),
            List.of("Meta", "ميتا"),
            CompanyKind.COMPANY,
            null,
            null,
            List.of(
                new CompanyFact(
                    Bilingual.of(
                        "Plans to spend up to $65 billion on data centres",
                        "تخطط لإنفاق ما يصل إلى 65 مليار دولار على مراكز البيانات"),
                    new BigDecimal("65000000000"),
                    "2025",
                    List.of(source(5, "لإنفاق ما يصل إلى 65 مليار دولار على مراكز البيانات")))),
            Review.REVIEWED);
    Company lab =
        new Company(
            "meta-superintelligence-labs",
            Bilingual.of("Meta Superintelligence Labs", "مختبرات ميتا للذكاء الفائق"),
            List.of("MSL"),
            CompanyKind.LAB,
            "meta",
            null,
            List.of(),
            Review.REVIEWED);
    Company openai =
        new Company(
            "openai",
            Bilingual.of("OpenAI", "أوبن إيه آي"),
            List.of("OpenAI"),
            CompanyKind.COMPANY,
            null,
            null,
            List.of(),
            Review.REVIEWED);
    Company scale =
        new Company(
            "scale-ai",
            Bilingual.of("Scale AI", null),
            List.of("Scale AI"),
            CompanyKind.COMPANY,
            null,
            null,
            List.of(),
            Review.DRAFT);
    Deal deal =
        new Deal(
            "meta-scale-ai-investment",
            DealType.INVESTMENT,
            Bilingual.of(
                "Meta invests $14.3 billion in Scale AI",
                "استثمار ميتا 14.3 مليار دولار في Scale AI"),
            List.of(
                new Party("meta", null, "investor"),
                new Party("scale-ai", null, "investee"),
                new Party(null, "alexandr-wang", "other")),
            new Money(new BigDecimal("14300000000"), "USD"),
            new BigDecimal("49"),
            "2025-06",
            "في يونيو الماضي",
            DealStatus.COMPLETED,
            List.of(source(4, "14.3 مليار دولار في شركة Scale AI")),
            Review.REVIEWED);
    ArticleRecord record =
        new ArticleRecord(
            ARTICLE,
            ARTICLE + ".txt",
            Bilingual.of(
                "Meta recruits leading OpenAI researchers",
                "تستعين شركة Meta بنخبة من باحثي OpenAI"),
            null,
            "2025-06-27",
            "https://example.com/meta-openai",
            "ar",
            new Mentions(
                List.of("trapit-bansal"),
                List.of("meta", "openai", "scale-ai"),
                List.of("meta-scale-ai-investment")),
            new Ledger("0".repeat(64), "1", List.of()));
    SiteConfig site =
        new SiteConfig(
            Bilingual.of("Sijill — the AI talent war", "سجلّ — حرب المواهب في الذكاء الاصطناعي"),
            Bilingual.of(
                "Who moved where, and who paid for it, cited to the sentence.",
                "من انتقل إلى أين، ومن دفع، مع الجملة التي تقول ذلك."),
            "https://example.github.io/sijill/",
            Bilingual.of("Facts: CC BY 4.0", "الحقائق: CC BY 4.0"));
    return new FactBase(
        site,
        new TreeMap<>(Map.of(bansal.id(), bansal, wang.id(), wang)),
        new TreeMap<>(
            Map.of(meta.id(), meta, lab.id(), lab, openai.id(), openai, scale.id(), scale)),
        new TreeMap<>(Map.of(deal.id(), deal)),
        new TreeMap<>(Map.of(record.id(), record)));
  }

  static Map<String, Article> articles() {
    Article article = article();
    return Map.of(article.id(), article);
  }

  /** Finds the given names verbatim, longest first at each position, left to right. */
  static MentionFinder finder(Map<String, Mention> names) {
    return text -> {
      List<Mention> found = new ArrayList<>();
      int at = 0;
      while (at < text.length()) {
        Mention best = null;
        for (Map.Entry<String, Mention> name : names.entrySet()) {
          if (text.startsWith(name.getKey(), at)
              && (best == null || name.getKey().length() > best.end() - best.start())) {
            Mention m = name.getValue();
            best = new Mention(at, at + name.getKey().length(), m.kind(), m.id());
          }
        }
        if (best != null) {
          found.add(best);
          at = best.end();
        } else {
          at++;
        }
      }
      return found;
    };
  }

  static MentionFinder finder() {
    return finder(
        Map.of(
            "Meta", mention(EntityKind.COMPANY, "meta"),
            "ميتا", mention(EntityKind.COMPANY, "meta"),
            "OpenAI", mention(EntityKind.COMPANY, "openai"),
            "Scale AI", mention(EntityKind.COMPANY, "scale-ai"),
            "Trapit Bansal", mention(EntityKind.PERSON, "trapit-bansal"),
            "بانسال", mention(EntityKind.PERSON, "trapit-bansal")));
  }

  static Mention mention(EntityKind kind, String id) {
    return new Mention(0, 0, kind, id);
  }
}
