package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Company;

/** Rules for constructions a batch of unseen news about people moving was found to miss, on sentences written for these tests. */
class FreshTextRulesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> moves(String text) {
    return MoveLines.in(extractor, text);
  }

  private List<String> people(String text) {
    return TestFacts.arabicNames(extractor, text);
  }

  private List<String> companies(String text) {
    return TestFacts.companyIds(extractor, text);
  }

  @Test
  void foundersAHiringCompanyTookComeFromTheirCompanyHoweverFarTheirNames() {
    assertEquals(
        List.of("أحمد يوسف: rifliktif > google (completed)", "ليلى منصور: rifliktif > google (completed)"),
        moves("استقطبت غوغل مؤسسي شركة «ريفليكتيف» الناشئة المتخصصة في أدوات الترجمة الآلية للمستندات، أحمد يوسف وليلى منصور، إلى جانب عدد من مهندسيها."));
  }

  @Test
  void peopleAppointedToAnInterimPostMakeNoMove() {
    assertEquals(List.of(), moves("وعيّنت أوبر نادر سالم وهالة يوسف رئيسين تنفيذيين مؤقتين."));
    assertEquals(List.of("نادر سالم: - > uber (completed)"), moves("وعيّنت أوبر نادر سالم رئيساً تنفيذياً لها."));
  }

  @Test
  void followingSomeoneToAnOrganisationIsJoiningIt() {
    assertEquals(List.of("كريم عادل: google > meta (completed)"), moves("وفي يونيو، لحق به كريم عادل، أحد مهندسي غوغل، إلى ميتا."));
  }

  @Test
  void theOrganisationAfterLeavingItBehindIsTheOrigin() {
    assertEquals(List.of("سارة منصور: mistral-ai > anthropic (completed)"), moves("انضمت الباحثة سارة منصور إلى أنثروبيك، تاركةً شركة ميسترال الناشئة."));
  }

  @Test
  void aWordWithTanweenAfterItsAlifEndsAName() {
    assertEquals(List.of("كريم عادل"), people("ويقود المهندس كريم عادل فريقاً لتطوير الرقائق."));
  }

  @Test
  void aQuotedNameAfterACompanysWordAndTwoWordsOfItsTradeIsTheCompany() {
    assertEquals(List.of("kanfa"), companies("وقال مسؤول في شركة التصميم الرقمي «كانفا» إن الخدمة ستتوقف."));
  }

  @Test
  void foundingACompanyAfterWorkingSomewhereIsAMoveFromThere() {
    assertEquals(
        List.of("كريم عادل: google > nufa-labs (completed)", "كريم عادل: nufa-labs > meta (completed)"),
        moves("وكان كريم عادل، مؤسس شركة «نوفا لابز»، قد انضم إلى ميتا. وأسس عادل «نوفا لابز» بعد أن عمل في غوغل ثماني سنوات."));
    assertEquals(
        List.of("أحمد يوسف: google > nufa-labs (completed)", "أحمد يوسف: nufa-labs > meta (completed)",
            "ليلى منصور: google > nufa-labs (completed)", "ليلى منصور: nufa-labs > meta (completed)"),
        moves("وانضم مؤسسا شركة «نوفا لابز»، أحمد يوسف وليلى منصور، إلى ميتا. وكان الاثنان قد أسسا «نوفا لابز» بعد سنوات من العمل في غوغل."));
  }

  @Test
  void namesListedAsExamplesAfterAPluralCueAreCompaniesWhenOneIsKnown() {
    assertEquals(
        List.of("grikruft", "kutu", "lightspeed-venture-partners"),
        companies("وشاركت في الجولة شركات منها غريكروفت وكوتو ولايتسبيد، إلى جانب مستثمرين أفراد."));
    assertEquals(List.of(), companies("وشاركت في الجولة شركات منها غريكروفت وكوتو، إلى جانب مستثمرين أفراد."));
  }

  @Test
  void aNameBetweenKanaAndQadIsTheSubjectOfTheVerbNotANameAfterIt() {
    assertEquals(
        List.of("كريم عادل: - > meta (completed)", "كريم عادل: - > meta (declined)"),
        moves("انضم الباحث كريم عادل إلى ميتا، بعدما رفع مارك زوكربيرغ عرضه إلى 250 مليون دولار. "
            + "وكان عادل قد رفض عرضاً أولياً بقيمة 125 مليون دولار، قبل أن يلتقيه زوكربيرغ شخصياً."));
  }

  @Test
  void aNameRightAfterAVerbWithAnAndBeforeItIsNoSubjectOfTheVerb() {
    assertEquals(List.of("توم هاريس: google > - (completed)"), moves("توم هاريس يتنحى وصبيح خان مديراً للعمليات في غوغل\n\nوقال صبيح خان، نائب الرئيس الأول للعمليات، إن الفريق جاهز."));
  }

  @Test
  void aRoundToldByThoseWhoTookPartIsTheirInvestmentInTheCompanyOfTheArticle() {
    String hired = "أعلنت شركة «نوفا لابز» تعيين كريم عادل رئيساً تنفيذياً لها. ";
    assertEquals(
        List.of("investment: grikruft (investor), nufa-labs (investee), lightspeed-venture-partners (investor), sean-barkr (investor); -"),
        DealLines.of(TestFacts.extracted(extractor, hired
            + "وجاء التعيين ضمن جولة تمويل شاركت فيها شركات منها غريكروفت ولايتسبيد، إلى جانب المستثمر الأمريكي شون باركر.").deals()));
    assertEquals(
        List.of(),
        DealLines.of(TestFacts.extracted(extractor, hired + "وجاء التعيين بعد جولة تمويل لم يُكشف عن المشاركين فيها.").deals()));
  }

  @Test
  void aLatinNameIsTheArabicOneWhenAListedGivenNameIsSpeltAsTheListSpellsIt() {
    assertEquals(
        List.of("أندريه نوفاك"),
        people("أعلن أندريه نوفاك، الباحث في غوغل، مغادرته الشركة. وكان Andrej Novak قد انضم إلى غوغل عام 2019."));
  }

  @Test
  void aNewCompanyOfOnesOwnToldAfterALeavingIsWhereItLed() {
    String left = "أعلن كريم عادل، الباحث في غوغل، مغادرته الشركة في مارس. وتعمل شركة «نوفا لابز» على أدوات الترجمة. ";
    assertEquals(
        List.of("كريم عادل: google > nufa-labs (completed)"),
        moves(left + "وبعد أشهر، كشف عادل عن شركته الناشئة الجديدة «نوفا لابز»."));
    assertEquals(List.of("كريم عادل: google > - (completed)"), moves(left + "وقال عادل إن شركته الناشئة «نوفا لابز» تنمو."));
  }
}
