package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.Deal;

/** The deal rules on sentences written for these tests, extracted with an empty fact base. */
class DealRulesTest {
  private final Extractor extractor = Extractor.standard();

  /** Every deal as "type: party (role), …; amount". */
  private List<String> deals(String text) {
    return DealLines.of(TestFacts.extracted(extractor, text).deals());
  }

  private List<String> withStatus(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void aStakeGivenInWordsOfPercentIsAnInvestment() {
    assertEquals(List.of("investment: meta (investor), intel (investee); -"),
        deals("اقتنت ميتا حصة 3 في المئة في شركة إنتل."));
    assertEquals(List.of("investment: meta (investor), intel (investee); -"),
        deals("تشتري ميتا قرابة 3 في المائة من رأسمال شركة إنتل."));
  }

  @Test
  void aStakeBoughtIsAnInvestmentInTheCompanyItIsIn() {
    assertEquals(
        List.of("investment: microsoft (investor), mistral-ai (investee); 2000000000 USD"),
        deals("استحوذت شركة Microsoft على حصة تبلغ 20% من شركة Mistral AI مقابل 2 مليار دولار."));
    assertEquals(
        List.of("investment: amazon (investor), anthropic (investee); 4000000000 USD"),
        deals("ووافقت أمازون على شراء 30% من شركة Anthropic مقابل 4 مليارات دولار."));
  }

  @Test
  void aCompletionAnnouncedIsCompletedAndOneExpectedIsNot() {
    assertEquals(List.of("acquisition: databricks (acquirer), neon (target); 1000000000 USD; completed"),
        DealLines.withStatus(TestFacts.extracted(extractor, "وأعلنت Databricks إتمام استحواذها على شركة Neon مقابل مليار دولار.").deals()));
    assertEquals(List.of("acquisition: databricks (acquirer), neon (target); -; announced"),
        DealLines.withStatus(TestFacts.extracted(extractor, "وتتوقع Databricks إتمام استحواذها على شركة Neon بحلول نهاية العام.").deals()));
    assertEquals(List.of("acquisition: databricks (acquirer), neon (target); -; announced"),
        DealLines.withStatus(TestFacts.extracted(extractor, "وتسعى Databricks لإتمام استحواذها على شركة Neon.").deals()));
  }

  @Test
  void aMemorandumOfUnderstandingIsAnAnnouncedPartnershipOfItsSigners() {
    assertEquals(List.of("partnership: microsoft (partner), openai (partner); -; announced"),
        DealLines.withStatus(TestFacts.extracted(extractor, "وقعت Microsoft مذكرة تفاهم مع OpenAI لإعادة هيكلة العلاقة بينهما.").deals()));
    assertEquals(List.of("partnership: microsoft (partner), openai (partner); -; announced"),
        DealLines.withStatus(TestFacts.extracted(extractor, "ووقعت شركة Microsoft وشركة OpenAI مذكرة تفاهم غير ملزمة.").deals()));
    assertEquals(List.of(), deals("وقال متحدث باسم Microsoft في مذكرة داخلية إن الفريق سيتقلص."));
  }

  @Test
  void aPartnershipSignedOrAnnouncedByTwoJoinedByWaIsTheirs() {
    assertEquals(List.of("partnership: google (partner), anthropic (partner); -; announced"),
        DealLines.withStatus(TestFacts.extracted(extractor, "وقّعت غوغل وأنثروبيك اتفاقية شراكة استراتيجية.").deals()));
    assertEquals(List.of("partnership: google (partner), anthropic (partner); -; announced"),
        DealLines.withStatus(TestFacts.extracted(extractor, "أعلنت غوغل وأنثروبيك عن تعاون في مجال الرقائق.").deals()));
    assertEquals(List.of(), deals("وأعلنت غوغل وأنثروبيك أن الشراكة بينهما ستستمر."));
  }

  @Test
  void aDealCalledOffIsFailedAndAStatusOfAnotherClauseIsNotItsOwn() {
    assertEquals(List.of("acquisition: amazon (acquirer), anthropic (target); -; failed"),
        withStatus("ألغت أمازون صفقة الاستحواذ على أنثروبيك."));
    assertEquals(List.of("acquisition: amazon (acquirer), anthropic (target); -; failed"),
        withStatus("أعلنت أمازون إلغاء صفقة الاستحواذ على أنثروبيك."));
    assertEquals(List.of("acquisition: amazon (acquirer), anthropic (target); -; completed"),
        withStatus("رفضت الحكومة الطلب، واستحوذت أمازون على أنثروبيك."));
  }

  @Test
  void anAmountPaidToTheOneNamedBeforeTheWordOfExchangeIsTheDealsAmount() {
    assertEquals(List.of("licensing: google (client), windsurf (seller); 2400000000 USD"),
        deals("دفعت غوغل 2.4 مليار دولار لشركة ويندسيرف مقابل ترخيص تقنياتها."));
  }

  @Test
  void anAgreementToUseWhatAnotherMakesIsAContractItsSignerTheClient() {
    assertEquals(List.of("contract: apple (client), google (contractor); -; announced"),
        DealLines.withStatus(TestFacts.extracted(extractor, "وقّعت شركة Apple اتفاقاً مع شركة Google لاستخدام نماذج Gemini في مساعدها الصوتي.").deals()));
    // a word of use after a comma makes no contract; the agreement announced is a partnership
    assertEquals(List.of("partnership: apple (partner), google (partner); -"), deals("وأعلنت Apple اتفاقاً مع Google، ويتيح استخدام النماذج."));
  }

  @Test
  void aVerbalNounOfBuyingTakesItsSubjectThenWhatIsBoughtAfterLam() {
    assertEquals(List.of("acquisition: salesforce (acquirer), informatica (target); -"),
        deals("وتأتي الصفقة بعد أسابيع من شراء Salesforce لشركة Informatica."));
    assertEquals(List.of(), deals("وتدرس الشركة شراء حصة لشركة Nvidia."));
  }

  @Test
  void cooperationToSupplyIsOneContractWithEverySupplier() {
    assertEquals(
        List.of("contract: apple (client), samsung (contractor), lg (contractor); -"),
        deals("وقّعت شركة Apple اتفاق تعاون مع شركتي Samsung وLG لتوريد الشاشات."));
  }

  @Test
  void eachCompanyAcquiredIsADealOfItsOwn() {
    assertEquals(
        List.of("acquisition: cisco (acquirer), isovalent (target); -", "acquisition: cisco (acquirer), splunk (target); -"),
        deals("واستحوذت شركة Cisco على شركتي Splunk وIsovalent خلال العامين الماضيين."));
  }

  @Test
  void aDealWordAfterANegationIsNoDeal() {
    assertEquals(List.of(), deals("ورغم ذلك، فإن أمازون لم تستثمر مباشرة في شركة Cohere."));
    assertEquals(List.of(), deals("وأكد أن شركة Nvidia لن تستحوذ على شركة Cerebras."));
  }

  @Test
  void aContractLostIsNoDeal() {
    assertEquals(List.of(), deals("ويأتي ذلك بعد خسارة شركة Palantir عقدًا مهمًا مع الجيش الأمريكي."));
  }

  @Test
  void cooperationInsideAnotherDealIsNoPartnership() {
    assertEquals(List.of(), deals("واقترح المستثمر توم ريد التعاون مع شركة Oracle في عملية استحواذ.").stream().filter(d -> d.startsWith("partnership")).toList());
  }

  @Test
  void anAppBoughtTakesPartAsACompany() {
    assertEquals(
        List.of("acquisition: google (acquirer), waze (target); 1100000000 USD"),
        deals("استحوذت شركة Google على تطبيق Waze مقابل 1.1 مليار دولار."));
  }

  @Test
  void anAmountPaidInExchangeForADealIsItsPrice() {
    assertEquals(
        List.of("investment: amazon (investor), anthropic (investee); 4000000000 USD"),
        deals("وافقت أمازون على دفع 4 مليارات دولار مقابل الاستحواذ على حصة 30% في شركة Anthropic."));
  }

  @Test
  void theCompanyValuedIsTheOneInvestedIn() {
    assertEquals(
        List.of("investment: amazon (investor), anthropic (investee); 4000000000 USD"),
        deals("تسعى أمازون إلى تعزيز مكانتها. وقالت الشركة إنها استثمرت نحو 4 مليارات دولار (بناءً على تقييم شركة Anthropic بـ60 مليار دولار)."));
  }

  @Test
  void aPronounForTheOtherPartyRefersToTheCompanyNamedBefore() {
    assertEquals(
        List.of("acquisition: microsoft (acquirer), github (target); -"),
        deals("أسس كريس وانسترات شركة GitHub عام 2008، وهي الشركة التي استحوذت عليها مايكروسوفت لاحقًا."));
    assertEquals(
        List.of("acquisition: microsoft (acquirer), github (target); 500000000 USD"),
        deals("اشتهر بعد تأسيس شركة GitHub، وقد اشترتها شركة مايكروسوفت في عام 2018 لقاء نصف مليار دولار تقريبا."));
  }

  @Test
  void whoReceivesAnInvestmentIsTheOneInvestedIn() {
    assertEquals(
        List.of("investment: amazon (investor), anthropic (investee); 4000000000 USD"),
        deals("حصلت شركة Anthropic على استثمار بقيمة 4 مليارات دولار من أمازون."));
    assertEquals(
        List.of("investment: asml (investor), mistral-ai (investee); 1700000000 EUR"),
        deals("حصلت شركة ميسترال على تمويل بقيمة 1.7 مليار يورو من شركة ASML."));
    assertEquals(
        List.of("investment: nvidia (investor), mistral-ai (investee), microsoft (investor); 600000000 EUR"),
        deals("حصلت شركة ميسترال على استثمارات جديدة قدرها 600 مليون يورو من إنفيديا وشركة مايكروسوفت."));
  }

  @Test
  void theWorthOfADealBeforeItsWordIsItsAmount() {
    assertEquals(
        List.of("investment: amazon (investor), anthropic (investee); 4000000000 USD"),
        deals("أبرمت شركة أمازون صفقة بقيمة 4 مليارات دولار للاستحواذ على حصة نسبتها 25% في شركة Anthropic."));
  }

  @Test
  void investmentsPouredInAndADualAmount() {
    assertEquals(
        List.of("investment: microsoft (investor), openai (investee); 2000000000 USD"),
        deals("ضخت مايكروسوفت استثمارات بقيمة ملياري دولار في OpenAI."));
  }

  @Test
  void theAmountOfTheDealWordAfterAnAcquisitionIsItsPrice() {
    assertEquals(
        List.of("investment: oracle (investor), cerebras (investee); 8000000000 USD"),
        deals("أعلنت أوراكل عن استحواذها على 60% من شركة Cerebras، المتخصصة في الرقائق، في صفقة بلغت قيمتها 8 مليارات دولار."));
  }

  @Test
  void aPartnershipJoinedToAnInvestmentIsTheInvestment() {
    assertEquals(
        List.of("investment: amazon (investor), anthropic (investee); -"),
        deals("أعلنت أمازون عمّا أسمته \"شراكة واستثمارًا استراتيجيين\" مع شركة Anthropic."));
  }

  @Test
  void hisCompanyAsTheObjectIsTheCompanyNamedBeforeAndTheSumPaidForItIsThePrice() {
    assertEquals(
        List.of("acquisition: google (acquirer), windsurf (target); 2400000000 USD"),
        deals("يقود الفريق فارون موهان، مؤسس شركة Windsurf الذي انضم إلى جوجل بعدما دفعت جوجل 2.4 مليار دولار للاستحواذ على شركته الناشئة."));
  }

  @Test
  void aVerbalNounAfterItsVerbIsTheSameDealWord() {
    Article a = ArticleReader.standard().parse("t_1", "t_1.txt", "0",
        "عنوان\nاستثمرت إنفيديا في شركة Mistral AI.\nوكانت إنفيديا قد استثمرت استثمارًا ضخمًا قدره 2 مليار دولار العام الماضي.");
    List<Deal> found = extractor.extract(a, TestFacts.empty()).deals();
    assertEquals(1, found.size());
    assertEquals(
        List.of("استثمرت إنفيديا في شركة Mistral AI", "إنفيديا قد استثمرت استثمارًا ضخمًا قدره 2 مليار دولار"),
        found.get(0).sources().stream().map(org.sijill.facts.Source::quote).toList());
  }

  @Test
  void aLicenceTakesItsOtherPartyWithNoPrepositionOrFromThePayment() {
    assertEquals(
        List.of("licensing: microsoft (client), nufa (seller); 650000000 USD"),
        deals("وافقت مايكروسوفت على ترخيص تكنولوجيا شركة نوفا ضمن صفقة بلغت قيمتها 650 مليون دولار."));
    assertEquals(
        List.of("licensing: amazon (client), nufa (seller); 300000000 USD"),
        deals("كشفت التقارير أن أمازون دفعت 300 مليون دولار لشركة نوفا لترخيص تقنيتها."));
  }

  @Test
  void aDealToHireATeamIsWithTheTeamsCompanyAndTheDealNamedNextGivesItsAmount() {
    assertEquals(
        List.of("acquihire: amazon (acquirer), nufa (target); 400000000 USD"),
        deals("أعلنت شركة أمازون عن صفقة بارزة لاستقطاب مجموعة من المهندسين، في مقدمتهم جون حداد، الرئيس التنفيذي لشركة نوفا.\n"
            + "الصفقة، التي تبلغ قيمتها 400 مليون دولار، تشمل أيضًا عددًا من الباحثين."));
  }

  @Test
  void aCompanyOwnedByAGroupActsNotTheGroup() {
    assertEquals(
        List.of("licensing: amazon (client), nufa (seller); 300000000 USD"),
        deals("أعلنت شركة أمازون، التابعة لمجموعة ألفابت، عن توقيع اتفاقية ترخيص بقيمة 300 مليون دولار للحصول على تقنية شركة نوفا."));
  }

  @Test
  void theOneWhoOffersToBuyActsAndTheRefusalIsTheOffersStatus() {
    assertEquals(
        List.of("bid: microsoft (bidder), nufa (target); 500000000 USD"),
        deals("رفضت سارة لين، المديرة التقنية السابقة في شركة أوبن إيه آي والرئيسة التنفيذية الحالية لشركة نوفا، عرضًا من مايكروسوفت"
            + " للاستحواذ على شركتها الناشئة مقابل 500 مليون دولار."));
  }
}
