package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Move;
import org.sijill.facts.Person;

/**
 * The move rules on sentences written for these tests (other names, companies, verbs and forms
 * than the seed articles), extracted with an empty fact base.
 */
class MoveRulesTest {
  private final Extractor extractor = Extractor.standard();

  private Extraction extract(String text) {
    return TestFacts.extracted(extractor, text);
  }

  /** Every move as "name: from > to (status, date)". */
  private List<String> moves(String text) {
    List<String> out = new ArrayList<>();
    for (Person p : extract(text).people()) {
      for (Move m : p.moves()) {
        out.add(p.name().ar() + ": " + orNone(m.from()) + " > " + orNone(m.to()) + " (" + m.status().yaml() + ", " + orNone(m.date()) + ")");
      }
    }
    return out.stream().sorted().toList();
  }

  /** What the extractor finds in {@code text}, its first line the headline, with an empty fact base. */
  private Extraction withHeadline(String text) {
    return extractor.extract(org.sijill.articles.ArticleReader.standard().parse("t_1", "t_1.txt", "0", text), TestFacts.empty());
  }

  private static String orNone(String s) {
    return s == null ? "-" : s;
  }

  @Test
  void theTextsTenseGivesTheStatusOfAMoveTheHeadlineToldInThePresent() {
    String text = "سارة كونور تنتقل من «ميتا» إلى «آبل»\n\nأعلنت شركة آبل أن سارة كونور، كبيرة المهندسين في شركة ميتا، ستنضم إليها في مارس المقبل.";
    assertEquals(List.of("سارة كونور: meta > apple (expected)"), MoveLines.of(withHeadline(text).people()));
  }

  @Test
  void theArticlesCompanyAmongEquallyNamedOnesIsTheFirstTheTextNames() {
    String text = "سارة كونور تنتقل من «ميتا» إلى «آبل»\n\nأعلنت شركة آبل أن سارة كونور، كبيرة المهندسين في شركة ميتا، ستنضم إليها."
        + "\n\nوتخلف كونور في المنصب ماري جونسون، التي تتقاعد في أواخر العام المقبل.";
    assertEquals(List.of("سارة كونور: meta > apple (expected)", "ماري جونسون: apple > - (expected)"), MoveLines.of(withHeadline(text).people()));
  }

  @Test
  void aMoveDatedAheadInItsOwnClauseIsExpected() {
    assertEquals(List.of("سارة كونور: apple > - (expected, -)"), moves("وقالت شركة آبل إن سارة كونور تتقاعد في أواخر العام المقبل."));
    assertEquals(
        List.of("سارة كونور: apple > - (completed, -)"), moves("وقالت شركة آبل إن سارة كونور تتقاعد، وستطلق الشركة منتجها العام المقبل."));
  }

  @Test
  void aPronounForWhereTheMoverGoesIsTheOrganisationThatAnnounced() {
    assertEquals(List.of("سارة كونور: meta > apple (expected, -)"),
        moves("قالت مصادر إن شركة ميتا تخسر موظفين.\n\n"
            + "وأعلنت شركة آبل أن سارة كونور، كبيرة المسؤولين القانونيين في شركة ميتا، ستنضم إليها نائبةً أولى للرئيس."));
  }

  @Test
  void aMovePreparedOrIntendedOrInTheFutureIsExpected() {
    assertEquals(List.of("سارة كونور: - > meta (expected, -)"), moves("تستعد سارة كونور للانضمام إلى ميتا."));
    assertEquals(List.of("جون ستيوارت: - > meta (expected, -)"), moves("ينوي جون ستيوارت الانتقال إلى ميتا."));
    assertEquals(List.of("سارة كونور: - > meta (expected, -)"), moves("ستلتحق سارة كونور بشركة ميتا."));
  }

  @Test
  void aNameAUnitHadBeforeIsNoOrganisationLeft() {
    assertEquals(
        List.of("يان لوكون: - > facebook (completed)"),
        MoveLines.in(extractor, "وانضم يان لوكون إلى “فيسبوك” عام 2013 وشارك في تأسيس قسم أبحاث الذكاء الاصطناعي في"
            + " “ميتا”، الذي كان يعرف سابقا باسم “فيسبوك إيه آي ريسيرش”."));
  }

  @Test
  void aRelativeClauseOnTheirPresentPostIsWhereListedMoversComeFrom() {
    assertEquals(
        List.of("توم بيكر: anthropic > amazon (expected, -)", "كلارا شو: anthropic > amazon (expected, -)"),
        moves("تسعى شركة أمازون إلى ضم الباحثة كلارا شو والمهندس توم بيكر، اللذين يعملان حاليًا في شركة Anthropic."));
  }

  @Test
  void thePlatformWordsWerePostedOnIsNoEndOfAMove() {
    assertEquals(
        List.of(),
        moves("وأعلن ديفيد لي، أحد المؤسسين، مغادرته في منشور على منصة إكس بعد يومين."));
    assertEquals(
        List.of("ديفيد لي: - > cohere (expected, -)"),
        moves("قال ديفيد لي، الباحث البارز، في منشور عبر إكس إنه سيترك الشركة وينضم إلى Cohere."));
  }

  @Test
  void theCoFounderNamedNextInTheListMovesToo() {
    assertEquals(
        List.of("دوغلاس تشن: - > cohere (expected, -)", "فارون موهان: - > cohere (expected, -)"),
        moves("سينضم الباحث فارون موهان، والمشارك في التأسيس دوغلاس تشن، إلى Cohere."));
  }

  @Test
  void aTitleJoinedByWawAfterANameIsTheNextPersonsNotADescription() {
    assertEquals(
        List.of("دوغلاس تشن: cohere > nvidia (expected, -)", "فارون موهان: cohere > nvidia (expected, -)"),
        moves("سينضم المدير التنفيذي لشركة Cohere، فارون موهان، والمشارك في التأسيس دوغلاس تشن، إلى Nvidia."));
  }

  @Test
  void hisWithdrawalOrExitIsALeavingOfTheOneNamedBefore() {
    assertEquals(List.of("توني وو: cohere > - (completed, -)"), moves("وأعلن توني وو، الشريك المؤسس، انسحابه من Cohere."));
    assertEquals(List.of("سارة لي: cohere > - (completed, -)"), moves("وأكدت سارة لي خروجها من شركة Cohere."));
  }

  @Test
  void aFormerTitleAtBothOrganisationsGivesTwoMoves() {
    assertEquals(
        List.of("سوزان ميلر: apple > nvidia (completed, -)", "سوزان ميلر: intel > nvidia (completed, -)"),
        moves("استقطبت شركة إنفيديا عددًا من المهندسين. وانضمت إليهم سوزان ميلر، المديرة السابقة للهندسة في كل من شركة Apple وشركة Intel."));
  }

  @Test
  void aPossessiveTitleOpeningTheNextSentenceOwnedByTheCompanyNamedBefore() {
    assertEquals(
        List.of("جون سميث: cohere > microsoft (completed, -)"),
        moves("استثمرت شركة Nvidia في شركة Cohere الكندية. وضمت مايكروسوفت لاحقًا رئيسها التنفيذي، جون سميث، إلى فريقها."));
  }

  @Test
  void peopleWhoLeftTheCompanyGoWhereTheSentenceBeforeSaidOthersWent() {
    assertEquals(
        List.of("جون ديفيس: tesla > rivian (completed, -)"),
        moves("غادر عشرات المهندسين شركة Tesla إلى شركة Rivian هذا العام. ومن بين الذين غادروا الشركة جون ديفيس."));
  }

  @Test
  void peopleListedBeforeAHiringNounAreTheHired() {
    assertEquals(
        List.of("إيما لوبيز: microsoft > openai (completed, -)", "كريس تايلور: google > openai (completed, -)"),
        moves("قامت شركة OpenAI بتعيين مهندسين جدد. ويكمل كريس تايلور، وهو مهندس من شركة Google، وإيما لوبيز، وهي باحثة من شركة Microsoft، قائمة التعيينات."));
  }

  @Test
  void workingSomewhereSinceADateIsJoiningItThen() {
    assertEquals(
        List.of("بول رايت: - > oracle (completed, 2016)"),
        moves("كان بول رايت، الذي كان يعمل في شركة Oracle منذ عام 2016، مسؤولًا عن قسم الحوسبة."));
  }

  @Test
  void aPastEmployerBeforeTheNextOneIsAMoveBetweenThem() {
    assertEquals(
        List.of("ماريا كوفاكس: ibm > google (completed, 2021)"),
        moves("وكانت الباحثة ماريا كوفاكس قد عملت سابقًا في شركة IBM قبل انضمامها إلى Google في عام 2021."));
  }

  @Test
  void theTrioIsThePeopleWhoMovedTogetherJustBefore() {
    assertEquals(
        List.of(
            "جيمس وارد: - > anthropic (completed, -)", "جيمس وارد: google-deepmind > google (completed, -)",
            "ديفيد كيم: - > anthropic (completed, -)", "ديفيد كيم: google-deepmind > google (completed, -)",
            "روبرت تشانغ: - > anthropic (completed, -)", "روبرت تشانغ: google-deepmind > google (completed, -)"),
        moves("انضم إلى أنثروبيك كل من ديفيد كيم وجيمس وارد وروبرت تشانغ. وكان الثلاثي قد عمل سابقًا في DeepMind قبل مساعدة Google في بناء النموذج."));
  }

  @Test
  void aPartitiveFromMarksNoOrganisationLeft() {
    assertEquals(
        List.of("مارك ديفيس: - > apple (completed, -)"),
        moves("استعانت شركة Apple بالمهندس مارك ديفيس وعدد من كبار مساعديه لإدارة مختبر Vision Lab."));
  }

  @Test
  void aLabStandsForItsCompanyWhenBothAreNamed() {
    assertEquals(
        List.of("بيتر غرين: openai > meta (completed, -)"),
        moves("انضم الباحث بيتر غرين إلى مختبرات ميتا للذكاء الفائق قادمًا من شركة OpenAI. وتنفق ميتا مليارات الدولارات على الذكاء الاصطناعي."));
  }

  @Test
  void yearsSpentAtAnEmployerBeforeBeingHiredAreAMoveFromIt() {
    assertEquals(
        List.of("أحمد سالم: oracle > ryada-llbrmjyat (completed, -)"),
        moves("استقطبت شركة ريادة للبرمجيات المهندس أحمد سالم بعد أن قضى خمس سنوات في شركة Oracle."));
  }

  @Test
  void aListAfterHumAndTheirLatinSpellingsInBracketsAreTheMovers() {
    assertEquals(
        List.of("سونغ لي: openai > meta (completed, -)", "وي تشانغ: openai > meta (completed, -)"),
        moves("استقطبت ميتا باحثين من شركة OpenAI. وقال التقرير إن الباحثين المنضمين حديثًا إلى ميتا هم: سونغ لي (Song Li)، ووي تشانغ (Wei Zhang)."));
  }

  @Test
  void theOneWhoJoinsForAPurposeIsTheOneNamedBeforeNotAfter() {
    assertEquals(
        List.of("أحمد سالم: - > apple (completed, -)"),
        moves("عيّنت شركة Apple المهندس أحمد سالم للانضمام إلى فريقها، بعد انتقادات من توم هاريس."));
  }

  @Test
  void someoneWhoLeftWithNoCompanyNamedLeftTheOneTheArticleIsAbout() {
    assertEquals(
        List.of("ماريا لوبيز: xai > - (completed, -)"),
        moves("تواجه شركة xAI موجة مغادرات. وقالت الباحثة ماريا لوبيز، التي غادرت الأسبوع الماضي، إنها ستبدأ مشروعًا جديدًا."));
  }

  @Test
  void theSubjectOfAHiringVerbHiresAndThePersonAfterItIsHired() {
    assertEquals(
        List.of("روبرت تشانغ: openai > amazon (completed, -)"),
        moves("عيّن آندي جاسي الباحث روبرت تشانغ، الذي انضم إلى شركة أمازون بعد انتقاله من OpenAI، رئيسًا للفريق."));
  }

  @Test
  void whoeverHiresForAPurposeDoesNotMove() {
    assertEquals(
        List.of(),
        moves("قال الرئيس التنفيذي لشركة أمازون آندي جاسي إنه عيّن 3 باحثين من شركة Google للانضمام إلى فريقه الجديد."));
  }

  @Test
  void anOriginAfterAWholeListIsEveryMoversAndTheCompanyIsTheOneOfTheArticle() {
    assertEquals(
        List.of("بيتر هانسن: google > amazon (completed, -)", "كارلوس ريبيرو: google > amazon (completed, -)", "ليلى أحمدي: google > amazon (completed, -)"),
        moves("أعلنت شركة أمازون عن انضمام خمسة باحثين إلى مختبرها الجديد. وانضم كل من بيتر هانسن وكارلوس ريبيرو وليلى أحمدي إلى الشركة قادمين من جوجل."));
  }

  @Test
  void anEmployerInBracketsAfterANameIsTheOneLeft() {
    assertEquals(
        List.of("برايان أوكونور: amd > nvidia (completed, -)", "روبرتو سانشيز: intel > nvidia (completed, -)"),
        moves("استقطبت إنفيديا عددًا من المهندسين من شركات منافسة. ومن بين المنضمين: روبرتو سانشيز (إنتل)، وبرايان أوكونور (AMD)."));
  }

  @Test
  void aDescriptionOfTheWholeListGivesEachTheirEmployer() {
    assertEquals(
        List.of("بيتر هانسن: google > amazon (completed, -)", "كارلوس ريبيرو: google > amazon (completed, -)", "ليلى أحمدي: google > amazon (completed, -)"),
        moves("وظفت شركة أمازون كلًا من بيتر هانسن وكارلوس ريبيرو وليلى أحمدي، وهم مهندسون كانوا يعملون في مكتب جوجل في لندن."));
  }

  @Test
  void aListOpenedWithAColonGoesOnOneNameASentence() {
    assertEquals(
        List.of("برايان أوكونور: amd > nvidia (completed, -)", "روبرتو سانشيز: intel > nvidia (completed, -)"),
        moves("انضم إلى فريق إنفيديا كل من:\n- روبرتو سانشيز، الذي كان يشغل منصب مدير الهندسة في إنتل.\n- برايان أوكونور، الذي قاد فريق الرقائق في شركة AMD.\nوقال المتحدث باسم الشركة بول رايت إن الفريق سيبدأ العمل قريبًا."));
  }

  @Test
  void amongThemNamesPeopleOfTheMoveJustReported() {
    assertEquals(
        List.of("آدم كلارك: - > xai (completed, -)", "جوليا مارتن: - > xai (completed, -)"),
        moves("ضمت شركة xAI مهندسين بارزين. وانضموا إليها بعد أشهر من المحادثات، ومنهم آدم كلارك وجوليا مارتن."));
  }

  @Test
  void aRelativePronounAfterADescriptionPointsBackToThePersonAfterIla() {
    assertEquals(
        List.of("كلارا شو: anthropic > amazon (completed, -)"),
        moves("وسيرفع تقاريره إلى كلارا شو، المديرة السابقة لشركة Anthropic، والتي انضمت أيضًا إلى أمازون في مايو الماضي."));
  }

  @Test
  void anAsideBeforeTheDescriptionIsPassedOver() {
    assertEquals(
        List.of("كلارا شو: anthropic > apple (completed, -)"),
        moves("قامت شركة آبل بتعيين كلارا شو، البالغة من العمر 30 عاما، رئيسة قسم الأبحاث في شركة Anthropic، للانضمام إلى فريقها."));
  }

  @Test
  void theFounderOfTheCompanyBoughtMovesToTheBuyer() {
    assertEquals(
        List.of("آدم كلارك: cohere > meta (completed, -)"),
        moves("بيروت: أعلنت شركة ميتا عن استحواذها على شركة Cohere مقابل نحو 5 مليارات دولار، وتعيين مؤسسها الشاب آدم كلارك على رأس فريق جديد."));
  }

  @Test
  void refusingAnOfferIsADeclinedMoveToWhoeverOfferedIt() {
    assertEquals(
        List.of("توماس فيشر: - > meta (declined, -)"),
        moves("رفض المهندس توماس فيشر عرضًا من شركة ميتا للانضمام إليها."));
  }

  @Test
  void aHiringForAPurposeJoinsTheOrganisationOfThePurpose() {
    assertEquals(
        List.of("كلارا شو: anthropic > amazon (completed, -)"),
        moves("أعلنت الشركة أنها دفعت مبلغًا كبيرًا (بحسب تقييم شركة Anthropic) لإحضار كلارا شو، رئيسة شركة Anthropic، للانضمام إلى أمازون."));
  }

  @Test
  void whoAnnouncesTheirOwnResignationLeaves() {
    assertEquals(
        List.of("بيتر هانسن: xai > - (completed, -)"),
        moves("قال بيتر هانسن، المؤسس المشارك لشركة xAI، في منشور يعلن فيه استقالته إن الوقت حان لفصل جديد."));
  }

  @Test
  void resigningFromAPostToJoinIsAMove() {
    assertEquals(
        List.of("جون ميلر: anthropic > openai (completed, -)"),
        moves("استقال الباحث جون ميلر من منصبه في شركة أنثروبيك لينضم إلى OpenAI."));
  }

  @Test
  void yearsSpentSomewhereBeforeJoiningAreAMoveFromThere() {
    assertEquals(
        List.of("ليلى أحمدي: microsoft > amazon (completed, -)"),
        moves("انضمت الباحثة ليلى أحمدي إلى أمازون بعد سنوات قضتها في مايكروسوفت."));
  }

  @Test
  void talksToJoinAreAnExpectedMove() {
    assertEquals(
        List.of("ماركوس لي: - > amazon (expected, -)"),
        moves("يجري الباحث ماركوس لي محادثات للانضمام إلى شركة أمازون."));
  }

  @Test
  void aColleagueJoiningTooGoesWhereTheOtherWent() {
    assertEquals(
        List.of("بيتر هانسن: - > amazon (expected, -)", "جيسون كيم: - > amazon (expected, -)"),
        moves("الباحث جيسون كيم سيتوجه قريبًا للعمل في شركة أمازون، وهناك احتمال انضمام زميله بيتر هانسن أيضًا."));
  }

  @Test
  void leavingSomethingOfOnesOwnNamesNoEmployer() {
    assertEquals(
        List.of(),
        moves("تعمل شركة أمازون على نموذج جديد. وكان جون ميلر، الذي ترك دراسته في الجامعة مبكرًا، قد أسس شركة صغيرة."));
  }

  @Test
  void persuadingSomeoneToJoinHisCompanyIsAnExpectedMoveFromTheirDescription() {
    assertEquals(
        List.of("كلارا شو: anthropic > amazon (expected, -)"),
        moves("يبدو آندي جاسي مستعدًا لإنفاق المليارات من أجل شركة أمازون لإقناع كلارا شو، الرئيسة التنفيذية لشركة Anthropic، بالانضمام إلى شركته."));
  }

  @Test
  void aListOfLeaversGoesOnPastEachOnesRelativeClause() {
    assertEquals(
        List.of("إيغور بتروف: anthropic > - (completed, -)", "روبرت تشانغ: anthropic > google (completed, -)",
            "صوفيا مارتن: anthropic > - (completed, -)", "كارلوس ريبيرو: anthropic > - (completed, -)"),
        moves("تشهد شركة Anthropic موجة مغادرات. وشملت المغادرين المهندس روبرت تشانغ الذي انتقل إلى Google في مايو، وخبير إنتل كارلوس ريبيرو في يونيو، إضافة إلى إيغور بتروف الذي غادر لتأسيس شركة ناشئة، وصوفيا مارتن الشهر الماضي."));
  }

  @Test
  void whoSaysThatHeWillLeaveLeaves() {
    assertEquals(
        List.of("جيمي كارتر: xai > - (expected, -)"),
        moves("بعد يوم واحد، كشف جيمي كارتر، الذي كان يشرف على الأبحاث، أنه بدوره سيغادر xAI."));
  }

  @Test
  void anEmployerAnywhereInTheBracketsAfterANameIsTheOneLeft() {
    assertEquals(
        List.of("نات فريدمان: github > meta (completed, -)"),
        moves("وانضمت إلى ميتا شخصيات بارزة مثل نات فريدمان (الرئيس التنفيذي السابق لـ GitHub)."));
  }

  @Test
  void someoneLeavingTheHiringCompanyDoesNotGoBackToIt() {
    assertEquals(
        List.of("نيك كليج: amazon > - (completed, -)"),
        moves("أعلنت شركة أمازون عن تعيين ثلاثة أعضاء جدد في مجلس إدارتها. وقبل أيام، ترك المدير السابق نيك كليج وظيفته في الشركة."));
  }

  @Test
  void aPersonAfterIlaAndATitleIsJoinedNotJoining() {
    assertEquals(
        List.of(),
        moves("وسينضم إلى فريق القيادة الذي يقدم تقاريره مباشرة إلى الرئيس التنفيذي لشركة أمازون آندي جاسي."));
  }

  @Test
  void peopleAmongADepartureOnlyLeave() {
    assertEquals(
        List.of("جون بيبلز: intel > - (completed, -)", "كارلوس ريبيرو: - > amazon (completed, -)", "نان دو: intel > - (completed, -)"),
        moves("انضم كارلوس ريبيرو إلى أمازون. وفي سياق منفصل، يغادر 3 باحثين آخرين فريق النماذج لدى شركة إنتل. وأوضحت المصادر أن آخر موجة رحيل، التي حدثت الأسبوع الماضي، شملت جون بيبلز ونان دو."));
  }

  @Test
  void aPluralVerbAfterAListMovesTheWholeList() {
    assertEquals(
        List.of("تشاو مينغ: - > anthropic (completed, -)", "جون بيبلز: - > openai (completed, -)", "نان دو: - > openai (completed, -)"),
        moves("وجهات الباحثين الجديدة\n- جون بيبلز ونان دو: انضموا إلى OpenAI.\n- تشاو مينغ: انتقل إلى Anthropic."));
  }

  @Test
  void aDecisionToLeaveIsALeaving() {
    assertEquals(
        List.of("بيتر هانسن: nvidia > - (completed, -)"),
        moves("أعلن بيتر هانسن أنه قرر الرحيل عن إنفيديا بعد سبع سنوات."));
  }

  @Test
  void whoSaysHeWillLeaveTheCompanyLeavesHisOwnEmployer() {
    assertEquals(
        List.of("بيتر هانسن: openai > anthropic (expected, -)"),
        moves("قال بيتر هانسن، الباحث في OpenAI، في منشور عبر منصة لينكدإن إنه سيترك الشركة التي تدعمها مايكروسوفت لينضم إلى أنثروبيك."));
  }

  @Test
  void aHiringWithNoHirerNamedDoesNotSendTheMoverToTheCompanyHeLeft() {
    assertEquals(
        List.of("ماركوس لي: google > - (completed, -)"),
        moves("استقطبت الشركة الباحث ماركوس لي من جوجل."));
  }

  @Test
  void theRowsOfATableNameThePeopleOfTheMoveBeforeIt() {
    assertEquals(
        List.of("بيتر هانسن: intel > amazon (completed, -)", "كارلوس ريبيرو: tesla > amazon (completed, -)"),
        moves("أعلنت شركة أمازون عن انضمام مهندسَين بارزين إلى فريقها.\nالاسم | المسمى الوظيفي السابق |\n---|---|\n"
            + "بيتر هانسن | الرئيس السابق للهندسة في إنتل |\nكارلوس ريبيرو | قائد هندسي سابق في تسلا |\nوقال متحدث باسم الشركة إن الفريق سيبدأ العمل قريبًا."));
  }

  @Test
  void aListOpenedByWaHumAfterTheHiringsDescriptionNamesTheHired() {
    assertEquals(
        List.of("بيتر هانسن: google > nvidia (completed, -)", "كارلوس ريبيرو: google > nvidia (completed, -)", "ليلى أحمدي: google > nvidia (completed, -)"),
        moves("وأشارت الصحيفة إلى أن إنفيديا كانت قد عينت الأسبوع الماضي باحثين بارزين آخرين من جوجل في فرعها بمدينة لندن، وهم: بيتر هانسن، كارلوس ريبيرو، وليلى أحمدي."));
  }

  @Test
  void aFormerEmployerInALaterSentenceIsWhereThePersonCameFrom() {
    assertEquals(
        List.of("بيتر هانسن: intel > amazon (completed, -)", "كارلوس ريبيرو: - > amazon (completed, -)"),
        moves("وانضم كل من بيتر هانسن وكارلوس ريبيرو إلى أمازون. وكان هانسن يعمل سابقًا في إنتل."));
  }

  @Test
  void aDescriptionOpenedByWallatiGivesTheEmployer() {
    assertEquals(
        List.of("ليلى أحمدي: intel > amazon (completed, -)"),
        moves("انضم إلى فريق أمازون كل من:\n- ليلى أحمدي، والتي تمتلك تجارب مميزة في **إنتل**.\nالبنية التحتية عنصر رئيسي."));
  }

  @Test
  void leavingOnesStudiesLeavesNoEmployer() {
    assertEquals(List.of("لوكاس برنت: - > amazon (completed, -)"), moves("ترك لوكاس برنت دراسته في جامعة ستانفورد لينضم إلى شركة أمازون."));
  }

  @Test
  void aVerbAfterThenGoesOnWithTheSubjectOfTheFirstVerb() {
    assertEquals(
        List.of("ديفيد لين: intel > nvidia (completed, -)"),
        moves("عمل ديفيد لين في شركة إنتل بين عامي 2015 و2019 تحت إشراف مديرين كثيرين أصبحوا منافسين، ثم ترك الشركة لينضم إلى إنفيديا."));
  }

  @Test
  void aSpeakerIsTheSubjectOfInnahuHoweverLongHisDescription() {
    assertEquals(
        List.of("توماس ريد: google > anthropic (completed, -)"),
        moves("وقال توماس ريد، كبير الباحثين في الشركة ورئيس فريق الأمان، يوم الخميس، إنه قرر مغادرة جوجل والانتقال إلى منافستها أنثروبيك."));
  }

  @Test
  void halvesOfAMoveNeverJoinIntoAMoveBackToWhereItLeft() {
    org.sijill.facts.Source src = new org.sijill.facts.Source("t_1", 1, "جملة");
    List<MoveFinder.Found> found = List.of(
        new MoveFinder.Found("p", "o", null, null, org.sijill.facts.MoveStatus.COMPLETED, src),
        new MoveFinder.Found("p", null, "o", null, org.sijill.facts.MoveStatus.COMPLETED, src));
    List<String> merged = Moves.merge("p", found, java.util.Map.of("o", "openai")).stream().map(m -> orNone(m.from()) + " > " + orNone(m.to())).toList();
    assertEquals(List.of("openai > -", "- > openai"), merged);
  }

  @Test
  void anOrganisationPeopleBelongedToIsWhereTheyCameFrom() {
    assertEquals(
        List.of("جون بيرس: google > amazon (completed, -)", "سارة كوهين: google > amazon (completed, -)"),
        moves("قامت شركة أمازون بتعيين اثنين من المهندسين المنتمين سابقاً إلى شركة جوجل، وهما جون بيرس وسارة كوهين."));
  }
}
