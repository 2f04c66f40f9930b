package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.Company;

/** Organisations that share an Arabic spelling, told apart by their sentence; names joined by a hyphen; a merger's worth. */
class OrganisationNamesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> companies(String text) {
    return TestFacts.companyIds(extractor, text);
  }

  @Test
  void theChipMakerIsGroqWhereTheSentenceSpeaksOfACompany() {
    assertEquals(List.of("groq", "nvidia"), companies("وقّعت شركة إنفيديا اتفاقية ترخيص مع شركة \"غروك\" الناشئة لتصميم الرقائق."));
  }

  @Test
  void theChatbotOfXaiIsNeverGroq() {
    assertEquals(
        List.of("nvidia", "xai"),
        companies("وقّعت شركة إنفيديا اتفاقية ترخيص مع xAI لاستخدام روبوت الدردشة غروك ونماذجه."));
  }

  @Test
  void aHyphenBetweenTwoKnownNamesJoinsTwoOrganisations() {
    assertEquals(List.of("spacex", "xai"), companies("منذ الإعلان عن اندماج xAI-SpaceX الأسبوع الماضي، غادر عدد من الموظفين."));
  }

  @Test
  void aMergersWorthIsNoPrice() {
    Article a = ArticleReader.standard().parse("t_1", "t_1.txt", "0", "عنوان\nأُعلن عن اندماج xAI-SpaceX في صفقة بلغت 1.25 تريليون دولار التقييم.");
    List<String> deals = extractor.extract(a, TestFacts.empty()).deals().stream()
        .map(d -> d.type().yaml() + " " + (d.amount() == null ? "-" : d.amount().value().toPlainString())).toList();
    assertEquals(List.of("merger -"), deals);
  }
}
