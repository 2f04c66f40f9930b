package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Company;

/**
 * Rules for constructions of news reports (mergers, funding rounds, promotions, quoted names,
 * relatives), on sentences written for these tests and extracted with an empty fact base.
 */
class NewsRulesTest {
  private final Extractor extractor = Extractor.standard();

  private Extraction extract(String text) {
    return TestFacts.extracted(extractor, text);
  }

  /** Every deal as "type: party (role), …; amount; status". */
  private List<String> deals(String text) {
    return DealLines.withStatus(extract(text).deals());
  }

  /** Every move as "name: from > to (status)". */
  private List<String> moves(String text) {
    return MoveLines.of(extract(text).people());
  }

  private List<String> people(String text) {
    return extract(text).people().stream().map(p -> p.name().ar()).sorted().toList();
  }

  private List<String> companies(String text) {
    return extract(text).companies().stream().map(Company::id).sorted().toList();
  }

  @Test
  void twoOrganisationsAfterAMergerWordAreItsParties() {
    assertEquals(
        List.of("merger: cohere (partner), mistral-ai (partner); 9000000000 USD; announced"),
        deals("أعلنت المصادر اندماج شركة Cohere وشركة Mistral AI في صفقة بقيمة 9 مليارات دولار."));
  }

  @Test
  void aMergerWithOneOrganisationAfterWithTakesTheOneBefore() {
    assertEquals(
        List.of("merger: databricks (partner), palantir (partner); -; completed"),
        deals("واندمجت Databricks مع شركة Palantir العام الماضي."));
  }

  @Test
  void aMergerWordWithOneOrganisationIsNoDeal() {
    assertEquals(List.of(), deals("وتعمل أمازون على دمج الذكاء الاصطناعي في منتجاتها."));
  }

  @Test
  void aQuotedWordAfterACueIsANameWhateverItsEnding() {
    assertEquals(List.of("amazon", "nufaymi"), companies("استحوذت أمازون على شركة \"نوفايمي\" الناشئة."));
    assertEquals(List.of("amazon"), companies("استحوذت أمازون على شركة ناشئة صينية."));
  }

  @Test
  void aRelativeWordBeforeAFullNameIsNoPartOfIt() {
    assertEquals(List.of("جون سميث", "دانييلا سميث"), people("وأسس جون سميث وشقيقته دانييلا سميث الشركة عام 2020."));
  }

  @Test
  void aPostInTheAccusativeEndsTheNameBeforeIt() {
    assertEquals(List.of("أمار كومار"), people("وعيّنت أمازون أمار كومار نائباً لرئيس قسم الحوسبة."));
  }

  @Test
  void investorsNamedInTheSentenceAfterARoundInvestInTheOneThatRaised() {
    assertEquals(
        List.of("investment: sequoia-capital (investor), cohere (investee), andreessen-horowitz (investor); 500000000 USD; completed"),
        deals("وأعلنت شركة Cohere أنها جمعت 500 مليون دولار في جولة تمويل جديدة.\nوقادت الجولة سيكويا كابيتال، بمشاركة أندريسن هورويتز."));
  }

  @Test
  void aRoundWhoseInvestorsAreNeverNamedIsNoDeal() {
    assertEquals(List.of(), deals("وأعلنت شركة Cohere أنها جمعت 500 مليون دولار في جولة تمويل جديدة.\nوقالت الشركة إنها ستوسع فريقها."));
  }

  @Test
  void talksThatCollapsedAreAFailedDeal() {
    assertEquals(
        List.of("acquisition: amazon (acquirer), cohere (target); -; failed"),
        deals("أجرت أمازون محادثات للاستحواذ على شركة Cohere، لكن المحادثات انهارت الشهر الماضي."));
  }

  @Test
  void theWorthOfAnOrganisationInARelativeClauseIsNoPrice() {
    assertEquals(
        List.of("acquisition: amazon (acquirer), cohere (target); -; in-talks"),
        deals("وتجري أمازون محادثات للاستحواذ على Cohere، التي تبلغ قيمتها نحو 7 مليارات دولار."));
  }

  @Test
  void theCompanyAsTheObjectOfADealIsTheOneNamedBefore() {
    assertEquals(
        List.of("acquisition: amazon (acquirer), cohere (target); -; completed"),
        deals("وتأسست شركة Cohere في تورونتو عام 2019.\nوقد حاولت أمازون الاستحواذ على الشركة الناشئة العام الماضي."));
  }

  @Test
  void aPersonAppointedWhoWorksThereAlreadyIsPromotedNotMoved() {
    assertEquals(List.of(), moves("وعيّنت شركة Cohere جون سميث، رئيس العمليات لديها، رئيساً تنفيذياً مؤقتاً."));
  }

  @Test
  void aPersonAfterAResultClauseIsNoMover() {
    assertEquals(
        List.of("جون سميث: cohere > amazon (completed)"),
        moves("انضم جون سميث من Cohere إلى أمازون، ما دفع ديفيد براون إلى الرد."));
  }

  @Test
  void aPersonWithAVerbOfHisOwnAfterTheMoveIsNoMoverOfIt() {
    assertEquals(
        List.of("جون سميث: cohere > amazon (completed)"),
        moves("غادر جون سميث شركة Cohere إلى أمازون وديفيد براون يتولى القيادة"));
  }

  @Test
  void theCompanyAfterALeaversDescriptionIsHisOrganisation() {
    assertEquals(
        List.of("جون سميث: cohere > amazon (completed)"),
        moves("غادر جون سميث، المدير المالي لشركة Cohere، الشركة بعد عامين لينضم إلى أمازون."));
  }

  @Test
  void aLeavingToFoundACompanyInheritsNoDestination() {
    assertEquals(
        List.of("جون سميث: cohere > amazon (completed)", "ديفيد براون: cohere > - (completed)"),
        moves("انضم جون سميث من Cohere إلى أمازون.\nكما أعلن ديفيد براون، أحد مؤسسي Cohere، رحيله عن الشركة لإطلاق شركة استثمارية."));
  }

  @Test
  void aListedGivenNameIsNoOtherSpellingOfAnother() {
    Gazetteer g = Gazetteer.of(TestFacts.base(List.of(TestFacts.person("mohamed-ali", "Mohamed Ali", "محمد علي")), List.of()));
    assertEquals(List.of(), g.find("وقال محمود علي إن الشركة ستتوسع"));
    assertEquals(List.of("mohamed-ali"), g.find("وقال محمد علي إن الشركة ستتوسع").stream().map(Mention::id).toList());
  }

  @Test
  void aRefusalAfterAnOfferToBuyIsNoDeclinedMove() {
    assertEquals(List.of(), moves("وحاولت أمازون الاستحواذ على شركة Cohere، لكن جون سميث رفض العرض."));
  }

  @Test
  void aPersonAfterWithIsACompanionOfTheMoversSubject() {
    assertEquals(
        List.of("جون سميث: cohere > amazon (completed)"),
        moves("عمل جون سميث في Cohere لمدة عشر سنوات قبل أن ينتقل إلى أمازون، ثم شارك في تأسيس مختبر جديد مع ديفيد براون."));
  }

  @Test
  void aDraftNameTakesTheKnownLatinSpellingOfASurname() {
    assertEquals(List.of("Elon Musk"), extract("وقال إيلون ماسك إن الشركة ستتوسع.").people().stream().map(p -> p.name().en()).toList());
  }

  @Test
  void aHeadlinesSubjectBeforeTheVerbMovesWhenThePersonAfterHasAVerbOfHisOwn() {
    assertEquals(
        List.of("جون سميث: cohere > amazon (completed)"),
        moves("جون سميث يغادر Cohere إلى أمازون وديفيد براون يتولى القيادة"));
  }

  @Test
  void aMoversOwnRelativeClauseIsWhereHeCameFrom() {
    assertEquals(
        List.of("جون سميث: nvidia > amazon (completed)", "ديفيد براون: cohere > amazon (completed)"),
        moves("وانضم إلى أمازون جون سميث، المهندس السابق في شركة Nvidia، وديفيد براون، الذي كان يقود فريق البيانات في Cohere."));
  }
}
