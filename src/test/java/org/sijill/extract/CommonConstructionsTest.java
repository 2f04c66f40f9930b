package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Person;

/** Constructions that recur in Arabic news whatever the story, on sentences written for these tests. */
class CommonConstructionsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> people(String text) {
    return TestFacts.arabicNames(extractor, text);
  }

  private List<String> moves(String text) {
    return MoveLines.in(extractor, text);
  }

  private List<String> companies(String text) {
    return TestFacts.companyIds(extractor, text);
  }

  @Test
  void aGivenNameWithTheArticleIsAFamilyNameNotTwoGluedWords() {
    assertEquals(List.of("عبدالرحمن الفيصل"), people("وأكد عبدالرحمن الفيصل أن المشروع يسير وفق الخطة."));
  }

  @Test
  void aThirdWordWithAPossessivePronounIsTheObjectNotTheName() {
    assertEquals(List.of("خالد يوسف"), people("وكرّمت الجامعة خالد يوسف جهودهم في البحث."));
  }

  @Test
  void familyNamesEndingInHaOrTaMarbutaStayWhole() {
    assertEquals(List.of("محمد أحمد سلامه"), people("وقال المهندس محمد أحمد سلامه إن الشركة ستتوسع."));
    assertEquals(List.of("أحمد سلامة"), people("وقال أحمد سلامة المدير التنفيذي للشركة إن العقد كبير."));
  }

  @Test
  void servantNeverEndsAName() {
    assertEquals(List.of("محمد عبد الله"), people("وانضم محمد عبد الله إلى شركة ميتا."));
    assertEquals(List.of("أحمد عبد الرحمن"), people("وانضم المهندس أحمد عبد الرحمن إلى الفريق."));
  }

  @Test
  void aCompoundWithGodNeverEndsBeforeGod() {
    assertEquals(List.of("أحمد فرج الله"), people("وقال المهندس أحمد فرج الله إن الشركة ستتوسع."));
    assertEquals(List.of("محمد نصر الله"), people("وانضم محمد نصر الله إلى شركة ميتا."));
    assertEquals(List.of("أحمد سعد"), people("وقال أحمد سعد إن الله كريم."));
  }

  @Test
  void aTitleThatIsAFamilyNameEndsTheNameAfterAGivenName() {
    assertEquals(List.of("محمود السيد"), people("وأكد محمود السيد أن الطلب على الرقائق يتزايد."));
    assertEquals(List.of("عبد الرحمن الشيخ"), people("وقال عبد الرحمن الشيخ، مدير المشروع، إن العمل بدأ."));
  }

  @Test
  void aTitleBeforeAGivenNameStaysATitle() {
    assertEquals(List.of("محمود الشريف"), people("وقال السيد محمود الشريف إن العمل بدأ."));
  }

  @Test
  void joiningABoardIsNoMove() {
    assertEquals(List.of(), moves("وستنضم سارة كونور، المديرة المالية لشركة إنتل، إلى مجلس إدارة شركة إنفيديا الشهر المقبل."));
  }

  @Test
  void whoeverWelcomesAJoiningIsNotTheOneWhoJoins() {
    assertEquals(List.of(), moves("وأشادت سارة كونور، الرئيسة التنفيذية لشركة إنتل، بانضمام المهندس إلى فريقها."));
    assertEquals(List.of(), moves("وهنّأت سارة كونور زميلتها بانضمامها إلى شركة إنفيديا."));
  }

  @Test
  void aPostHeldBeforeAJoiningToldNextIsItsOrigin() {
    assertEquals(List.of("جاي باريك: lacework > microsoft (completed)"),
        moves("وانضم جاي باريك إلى شركة Microsoft. وكان باريك يشغل منصب الرئيس التنفيذي لشركة Lacework."));
    assertEquals(List.of(), moves("ويشغل جاي باريك منصب نائب الرئيس في شركة Microsoft."));
  }

  @Test
  void workingSomewhereBeforeANextStepIsAMoveFromThere() {
    assertEquals(List.of("سارة كونور: intel > nvidia (completed)"),
        moves("وكانت سارة كونور قد عملت مهندسة في شركة إنتل قبل أن تشارك في تأسيس شركة إنفيديا."));
    assertEquals(List.of("جون ستيوارت: google > intel (completed)"), moves("وعمل جون ستيوارت في غوغل قبل انضمامه إلى شركة إنتل."));
  }

  @Test
  void aFrontedClauseOfTheNextStepMakesWorkAfterItAMoveFromThere() {
    assertEquals(List.of("جنيفر نيوستيد: us-department-of-state > meta (completed)"),
        moves("وقبل انضمامها إلى «ميتا» عام 2019، شغلت جنيفر نيوستيد منصب المستشار القانوني لوزارة الخارجية الأمريكية."));
    assertEquals(List.of(), moves("وقبل انضمامه إلى «ميتا»، عمل جون ستيوارت على نماذج اللغة، وكان يعمل في غوغل."));
  }

  @Test
  void aStepInsideTheVerbsClauseOrBetweenCommasAfterItMakesWorkAfterTheVerbAMoveFromThere() {
    assertEquals(List.of("سامر خليل: cisco > intel (completed)"),
        moves("ويشغل سامر خليل مقعداً في مجلس إدارة شركة أوراكل، وكان قبل انضمامه إلى «إنتل» عام 2019 قد أمضى ثماني سنوات في «سيسكو»."));
    assertEquals(List.of("ليلى منصور: adobe > nvidia (completed)"),
        moves("وكانت ليلى منصور قد شغلت، قبل التحاقها بـ«إنفيديا»، منصب مديرة الهندسة في «أدوبي»."));
  }

  @Test
  void anOriginGivenByAStepQuotesTheStep() {
    Person p = TestFacts.extracted(extractor,
        "ستنضم ليلى منصور إلى «إنفيديا». وكانت ليلى منصور قد شغلت، قبل التحاقها بـ«إنفيديا»، منصب مديرة الهندسة في «أدوبي».")
        .people().get(0);
    assertEquals(List.of("adobe > nvidia"), p.moves().stream().map(m -> m.from() + " > " + m.to()).toList());
    assertEquals(List.of("ستنضم ليلى منصور إلى «إنفيديا»", "ليلى منصور قد شغلت، قبل التحاقها بـ«إنفيديا»، منصب مديرة الهندسة في «أدوبي»"),
        p.moves().get(0).sources().stream().map(s -> s.quote()).toList());
  }

  @Test
  void aStepTakenByMovingGoesWhereTheMoveGoes() {
    assertEquals(List.of("سارة كونور: google > intel (completed)"),
        moves("وكانت سارة كونور قد شغلت منصب مديرة المنتجات في غوغل قبل انتقالها إلى شركة إنتل عام 2020."));
  }

  @Test
  void aPairsCareerStepIsAStepOfBoth() {
    assertEquals(
        List.of(
            "جون ستيوارت: google > intel (completed)",
            "جون ستيوارت: intel > nvidia (completed)",
            "سارة كونور: google > intel (completed)",
            "سارة كونور: intel > nvidia (completed)"),
        moves("واستقطبت شركة إنفيديا الباحثَين سارة كونور وجون ستيوارت من شركة إنتل. "
            + "وكان الباحثان قد عملا معاً في غوغل قبل انتقالهما إلى شركة إنتل عام 2020."));
  }

  @Test
  void aPersonSetApartByAmmaIsTheOneTheVerbAfterFaIsAbout() {
    assertEquals(List.of("جون ستيوارت: google > intel (completed)"),
        moves("وغادر عدد من الباحثين شركة إنفيديا. أما جون ستيوارت، مدير الأبحاث السابق في غوغل، فقد انضم إلى شركة إنتل."));
    assertEquals(List.of("جون ستيوارت: google > intel (completed)"),
        moves("أما جون ستيوارت، المدير التقني السابق لشركة غوغل، فقد عُيّن نائباً لرئيس الهندسة في شركة إنتل."));
  }

  @Test
  void anAppointmentReachesPastTheAppointersDescription() {
    assertEquals(List.of("جون ستيوارت: google > intel (completed)"),
        moves("عيّنت شركة \"إنتل\" الأميركية، المطورة لمعالجات الحواسيب الشخصية \"كور\"، جون ستيوارت، الرئيس التنفيذي السابق لشركة \"غوغل\"، رئيساً تنفيذياً لها."));
    assertEquals(List.of("سارة كونور: google > intel (completed)"),
        moves("وفي مارس التالي، اختارت شركة إنتل سارة كونور، الرئيسة التنفيذية الأسبق لشركة غوغل، رئيسةً تنفيذيةً لها."));
  }

  @Test
  void anOrganisationNamedInBothScriptsIsOne() {
    assertEquals(List.of("intel", "neptune"),
        companies("وقّعت شركة إنتل اتفاقاً للاستحواذ على شركة «نبتون» Neptune البولندية. وقال مؤسس «نبتون» إن الشركة ستواصل عملها."));
    assertEquals(List.of("arduino"),
        companies("اتفقت شركة Arduino الإيطالية مع موزعيها. وستحتفظ «أردوينو» بعلامتها التجارية."));
  }

  @Test
  void aPlatformNamedByItsTradeIsACompany() {
    assertEquals(List.of("سارة كونور: tunewave > intel (completed)"),
        moves("وانضمت سارة كونور، مديرة المنتجات في منصة البث الموسيقي Tunewave، إلى شركة إنتل."));
    assertEquals(List.of("intel"), companies("وقالت سارة كونور، مديرة المنتجات في منصة Tunewave، إنها ستنضم إلى شركة إنتل."));
  }

  @Test
  void aNameInQuotesAfterAWordOfProgrammesIsNoOrganisation() {
    assertEquals(List.of("google"), companies("وتندرج الشراكة ضمن مبادرة «غوغل للتعليم» التي تدعم المدارس."));
  }

  @Test
  void aFathersNameThatReadsAsAVerbStandsBetweenAGivenNameAndAFamilyName() {
    assertEquals(List.of("خالد يحيى العتيبي"), people("وأكد خالد يحيى العتيبي أن المشروع يسير وفق الخطة."));
    assertEquals(List.of(), people("وقال إن الفريق يحيي ذكرى تأسيسه."));
  }

  @Test
  void aDismissalIsAMoveAwayFromTheOrganisationThatDismisses() {
    assertEquals(List.of("جون ستيوارت: intel > - (completed)"), moves("أقالت شركة إنتل رئيسها التنفيذي جون ستيوارت بعد خلاف مع المساهمين."));
    assertEquals(List.of("جون ستيوارت: intel > - (completed)"), moves("وسرّحت شركة إنتل المهندس جون ستيوارت ضمن مئات الموظفين."));
  }

  @Test
  void aPersonAfterTheWordOfMovingThatAWelcomerTakesIsTheMover() {
    assertEquals(List.of("جون ستيوارت: - > intel (completed)", "سارة كونور: - > intel (completed)"),
        moves("ورحّبت إنتل بانضمام جون ستيوارت إلى فريقها، وبانضمام سارة كونور إلى مختبرها."));
  }
}
