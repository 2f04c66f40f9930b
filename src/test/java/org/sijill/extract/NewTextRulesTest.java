package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Company;
import org.sijill.facts.Person;

/** Rules for constructions of deals, organisations and names, on sentences written for these tests. */
class NewTextRulesTest {
  private final Extractor extractor = Extractor.standard();

  private Extraction extract(String text) {
    return TestFacts.extracted(extractor, text);
  }

  /** Every deal as "type: party (role), …; amount". */
  private List<String> deals(String text) {
    return DealLines.of(extract(text).deals());
  }

  private List<String> companies(String text) {
    return TestFacts.companyIds(extractor, text);
  }

  private List<String> people(String text) {
    return TestFacts.arabicNames(extractor, text);
  }

  @Test
  void anAmountBetweenAnInvestmentAndItsPrepositionCountsAsNoWords() {
    assertEquals(
        List.of("investment: nvidia (investor), openai (investee); 100000000000 USD"),
        deals("أعلنت إنفيديا عزمها استثمار ما يصل إلى 100 مليار دولار في أوبن إيه آي على مراحل."));
  }

  @Test
  void pumpingMoneyIntoACompanyIsAnInvestment() {
    assertEquals(
        List.of("investment: microsoft (investor), openai (investee); 13000000000 USD"),
        deals("وكانت مايكروسوفت قد ضخت في OpenAI نحو 13 مليار دولار منذ عام 2019."));
  }

  @Test
  void aGovernmentNamedByItsNationalityTakesPartInADeal() {
    assertEquals(
        List.of("investment: us-government (investor), intel (investee); 8900000000 USD"),
        deals("ويأتي ذلك بعد استحواذ الحكومة الأميركية على حصة 10% في إنتل مقابل 8.9 مليار دولار."));
  }

  @Test
  void aTranscribedWordOfRoboticsEndsACompanysName() {
    assertEquals(
        List.of("bustn-dynamics", "google-deepmind"),
        companies("أما آرون سوندرز، المدير التقني السابق لشركة \"بوسطن ديناميكس\"، فقد انضم إلى جوجل ديب مايند."));
  }

  @Test
  void aKoreanMiddleNameKeepsTheSurnameAfterIt() {
    assertEquals(List.of("هيونغ وون تشونغ"), people("انضم هيونغ وون تشونغ من شركة OpenAI إلى ميتا."));
  }

  @Test
  void joelleIsAGivenName() {
    assertEquals(List.of("جويل بينو"), people("عيّنت شركة كوهير الكندية الناشئة جويل بينو في منصب كبيرة مسؤولي الذكاء الاصطناعي."));
  }

  @Test
  void moneySpentToHireACompanysPeopleIsADealToHireItsTeam() {
    assertEquals(
        List.of("acquihire: nvidia (acquirer), enfabrica (target); 900000000 USD"),
        deals("أنفقت إنفيديا أكثر من 900 مليون دولار نقداً وأسهماً لاستقطاب روشان سانكار، الرئيس التنفيذي لشركة Enfabrica الناشئة."));
  }

  @Test
  void theUnknownSubjectOfADealVerbInTheFeminineIsACompany() {
    assertEquals(
        List.of("acquisition: kuruyf (acquirer), wyts-and-baysz (target); 1700000000 USD"),
        deals("وفي مارس، استحوذت كورويف على منصة \"ويتس آند بايسز\" مقابل 1.7 مليار دولار تقريباً."));
  }

  @Test
  void quotesAfterTheCompanyAlreadyNamedAreItsWords() {
    assertEquals(List.of(), companies("وقال إن الشركة \"تحترم قرار المساهمين\" وستمضي في خططها."));
  }

  @Test
  void aThingOwnedByACompanyMakesTheOwnerTheDealsParty() {
    String text = "قدّمت شركة بيربلكسيتي عرضاً بقيمة 34.5 مليار دولار للاستحواذ على متصفح \"كروم\" المملوك لغوغل.";
    assertEquals(List.of("bid: perplexity (bidder), google (target); 34500000000 USD"), deals(text));
    assertEquals(List.of("google", "perplexity"), companies(text));
  }

  @Test
  void theWorthOfACompanyDescribedAfterTheDealIsNoPrice() {
    assertEquals(
        List.of("bid: perplexity (bidder), google (target); 34500000000 USD"),
        deals("قدّمت بيربلكسيتي عرضاً بقيمة 34.5 مليار دولار للاستحواذ على متصفح \"كروم\" المملوك لغوغل، في خطوة جريئة من شركة تقدَّر قيمتها بنحو 18 مليار دولار."));
  }

  @Test
  void aKnownCompanyFollowedByAWordOfVenturesIsAnotherOrganisation() {
    assertEquals(
        List.of("ih-im-di-ventures", "nvidia", "silzfurs-ventures"),
        companies("وشارك في الجولة أيضاً كل من \"إيه إم دي فنتشرز\" و\"إنفيديا\" و\"سيلزفورس فنتشرز\"."));
  }

  @Test
  void anAdverbAPronounOrAPluralNounAfterADealWordIsNoCompany() {
    assertEquals(List.of(), companies("وقد استحوذت فعليًا على الشركة."));
    assertEquals(List.of(), companies("وهي الشركة التي استحوذت عليه في 2020."));
    assertEquals(List.of(), companies("وضخت استثمارات ضخمة في الشركة."));
  }

  @Test
  void aMoveToldInThePresentFeminineIsAMove() {
    assertEquals(List.of("جويل بينو: meta > cohere (completed)"), MoveLines.in(extractor, "جويل بينو تنتقل من ميتا إلى شركة كوهير."));
  }

  @Test
  void steppingDownFromTheHeadOfAnOrganisationLeavesIt() {
    assertEquals(List.of("ليندا ياكارينو: x > - (completed)"), MoveLines.in(extractor, "أعلنت ليندا ياكارينو تنحيها عن رئاسة منصة إكس بعد عامين في المنصب."));
    assertEquals(List.of("جون سميث: intel > - (completed)"), MoveLines.in(extractor, "وتنحى جون سميث عن رئاسة شركة إنتل."));
  }

  @Test
  void herOwnSteppingDownNamesTheOrganisationAfterItNotTheOneBefore() {
    assertEquals(
        List.of("ليندا ياكارينو: x > - (completed)", "ميلان كوفاك: tesla > - (completed)"),
        MoveLines.in(extractor, "غادر ميلان كوفاك، رئيس برنامج أوبتيموس في تسلا، منصبه في يونيو.\n\n"
            + "وفي يوليو، أعلنت ليندا ياكارينو تنحيها عن رئاسة منصة إكس بعد عامين في المنصب."));
  }

  @Test
  void takingPartInAnotherCompanysRoundIsAnInvestmentInIt() {
    assertEquals(
        List.of("investment: nvidia (investor), enfabrica (investee); 125000000 USD"),
        deals("وكانت إنفيديا قد شاركت في جولة تمويل لشركة Enfabrica بقيمة 125 مليون دولار عام 2023."));
  }

  @Test
  void servicesBoughtFromACompanyAreAContractWithIt() {
    assertEquals(
        List.of("contract: openai (client), microsoft (contractor); 250000000000 USD"),
        deals("وفي المقابل، التزمت OpenAI بشراء خدمات حوسبة سحابية إضافية من منصة \"أزور\" التابعة لمايكروسوفت بقيمة 250 مليار دولار."));
  }

  @Test
  void theSameUnitAfterAJoiningWordIsTheCompanyLastReportedHiring() {
    assertEquals(
        List.of("جيسون وي: - > meta (completed)", "شنجيا تشاو: - > meta (completed)"),
        MoveLines.in(extractor, "استقطبت ميتا الباحث جيسون وي.\n\nوانضم شنجيا تشاو إلى الوحدة ذاتها."));
    assertEquals(
        List.of("جيسون وي: - > meta (completed)", "شنجيا تشاو: openai > meta (completed)"),
        MoveLines.in(extractor, "استقطبت ميتا الباحث جيسون وي.\n\n"
            + "ويأتي ذلك بعد أسابيع من انضمام شنجيا تشاو، أحد مطوري ChatGPT، إلى الوحدة ذاتها قادماً من OpenAI."));
  }

  @Test
  void joiningWithBIsAMoveToTheOrganisationAfterIt() {
    assertEquals(List.of("أندرو تولوك: openai > meta (completed)"), MoveLines.in(extractor, "والتحق أندرو تولوك بشركة ميتا قادماً من OpenAI."));
    assertEquals(List.of("سارة جونز: - > meta (completed)"), MoveLines.in(extractor, "التحقت سارة جونز بـ\"ميتا\"."));
    assertEquals(List.of("أندرو تولوك: - > meta (completed)"), MoveLines.in(extractor, "وأعلن أندرو تولوك التحاقه بميتا."));
  }

  @Test
  void joiningWithBReachesPastTheMoversRelativeClause() {
    assertEquals(
        List.of("كيفن ويل: blanit-labs > openai (completed)"),
        MoveLines.in(extractor, "كما التحق كيفن ويل، الذي كان رئيساً لشركة \"بلانيت لابز\" لصور الأقمار الصناعية، بـOpenAI رئيساً للمنتجات."));
  }
}
