package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;

/**
 * Deals told without the usual markers, on sentences written for these tests: buying with a direct
 * object, a negated deal after "دون أن", names in quotes or a lone Latin word where an organisation
 * stands, rounds told in the verb-first order or over two sentences, money received from named
 * investors, and a headline's round told again in the text.
 */
class DealObjectsTest {
  private final Extractor extractor = Extractor.standard();

  /** Every deal of an article whose first line is {@code headline}, as "type: party (role), …; amount". */
  private List<String> deals(String headline, String text) {
    Article a = ArticleReader.standard().parse("t_1", "t_1.txt", "0", headline + "\n" + text);
    return DealLines.of(extractor.extract(a, TestFacts.empty()).deals());
  }

  private List<String> deals(String text) {
    return deals("عنوان", text);
  }

  @Test
  void theOrganisationAfterTheBuyerIsWhatIsBought() {
    assertEquals(List.of("acquisition: nexa (acquirer), orbis (target); -"),
        deals("واشترت شركة Nexa خلال الشهر الماضي شركة Orbis الناشئة."));
    assertEquals(List.of("acquisition: meta (acquirer), orbis (target); -"),
        deals("ميتا تشتري شركة Orbis لتعزيز خدماتها السحابية."));
  }

  @Test
  void theOrganisationAfterTheVerbalNounOfBuyingIsWhatIsBought() {
    assertEquals(List.of("acquisition: nexa (acquirer), orbis (target); 200000000 USD"),
        deals("ووافقت شركة Nexa على شراء شركة Orbis مقابل 200 مليون دولار."));
  }

  @Test
  void aBuyerLeftUnsaidIsTheArticlesCompany() {
    assertEquals(List.of("acquisition: nexa (acquirer), orbis (target); -"),
        deals("تواصل شركة Nexa توسعها في أوروبا.\nوكانت Nexa قد أعلنت نتائجها، إذ اشترت في مارس 2023 شركة Orbis."));
  }

  @Test
  void aDealAfterWithoutIsNone() {
    assertEquals(List.of("licensing: nexa (client), orbis (seller); -"),
        deals("وتحصل شركة Nexa على ترخيص لتقنيات شركة Orbis، من دون أن تستحوذ على الشركة."));
  }

  @Test
  void aNameInQuotesAfterACompanyWordOrADealsPrepositionIsAnOrganisationWhole() {
    assertEquals(List.of("acquisition: nufa-tk-sistmz (acquirer), dib-lirn (target); -"),
        deals("واستحوذت شركة «نوفا تك سيستمز» على «ديب ليرن» العام الماضي."));
  }

  @Test
  void aRoundToldVerbFirstIsInTheOrganisationAfterTheVerb() {
    assertEquals(List.of("investment: klm (investor), orbis (investee); 50000000 USD"),
        deals("جمعت شركة Orbis الناشئة 50 مليون دولار في جولة تمويل قادتها KLM."));
  }

  @Test
  void thoseWhoTookPartInTheNextSentenceJoinThoseWhoLed() {
    assertEquals(List.of("investment: sequoia (investor), orbis (investee), accel (investor), index-ventures (investor); 80000000 USD"),
        deals("أعلنت شركة Orbis أنها جمعت 80 مليون دولار في جولة تمويل بقيادة Sequoia.\nوشاركت في الجولة كل من Accel وIndex Ventures."));
  }

  @Test
  void moneyReceivedFromNamedInvestorsIsAnInvestment() {
    assertEquals(List.of("investment: falkun-capital (investor), orbis (investee), nurth-star (investor); 40000000 USD"),
        deals("تعمل شركة Orbis على الروبوتات.\nوحصلت الشركة العام الماضي على 40 مليون دولار من \"فالكون كابيتال\" و\"نورث ستار\"."));
  }

  @Test
  void aHeadlinesRoundToldAgainInTheTextIsOneDeal() {
    assertEquals(List.of("investment: sequoia (investor), orbis (investee), accel (investor); 80000000 USD"),
        deals("Orbis تجمع 80 مليون دولار في جولة بمشاركة Accel",
            "جمعت شركة Orbis الناشئة 80 مليون دولار في جولة تمويل بقيادة Sequoia وبمشاركة Accel."));
  }

  @Test
  void anOrganisationNamedWithLamInADescriptionTookNoPart() {
    assertEquals(List.of("investment: sequoia (investor), orbis (investee), alphabet (investor), nvidia (investor); 80000000 USD"),
        deals("أعلنت شركة Orbis أنها جمعت 80 مليون دولار في جولة تمويل بقيادة Sequoia.\nوشاركت في الجولة كل من ألفابت، الشركة الأم لغوغل، وإنفيديا."));
  }

  @Test
  void organisationsListedAfterTheVerbalNounOfBuyingAreAllBought() {
    assertEquals(List.of("acquisition: nexa (acquirer), orbis (target); -", "acquisition: nexa (acquirer), vela (target); -"),
        deals("حاولت شركة Nexa شراء شركتي Orbis وVela العام الماضي."));
  }

  @Test
  void aListOfWhatIsBoughtEndsAtAnOrganisationWithAVerbOfItsOwn() {
    assertEquals(List.of("acquisition: meta (acquirer), orbis (target); -"),
        deals("فشلت ميتا في شراء شركة Orbis وآبل تدرس عرضًا."));
  }

  @Test
  void aQuotedPersonWhoLeadsAndAQuotedDescriptionAfterADealAreNoOrganisations() {
    assertEquals(List.of(),
        extractor.extract(ArticleReader.standard().parse("t_1", "t_1.txt", "0",
            "عنوان\nيعمل الفريق بقيادة \"مارك تيلور\" على نماذج جديدة.\nوتواصل الشركة استثمارها في \"الذكاء الفائق\" هذا العام."), TestFacts.empty())
            .companies().stream().map(c -> c.id()).toList());
  }
}
