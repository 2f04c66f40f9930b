package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who moves and where from, on sentences written for these tests: the organisation that loses
 * people, a relative clause past a description, two titles of which the first is possessive, the
 * words of another person, a spelling in brackets.
 */
class MoveOriginsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> moves(String text) {
    return MoveLines.in(extractor, text);
  }

  @Test
  void theSubjectOfAVerbOfLosingIsTheOrganisationLeft() {
    assertEquals(
        List.of("كارلوس ريفيرا: intel > nvidia (completed)", "ماريا كوفاتش: intel > nvidia (completed)"),
        moves("شهدت إنتل خلال الصيف رحيل عدد من المهندسين لصالح إنفيديا، من بينهم كارلوس ريفيرا، الذي قاد فريق الرقائق، وماريا كوفاتش، كبيرة مهندسي الذاكرة."));
  }

  @Test
  void aRelativePronounPastAShortDescriptionPointsBackToTheName() {
    assertEquals(
        List.of("كريم نصار: mistral-ai > amazon (completed)"),
        moves("يقود المختبر كريم نصار، مؤسس «Mistral AI» الذي انضم إلى أمازون العام الماضي، إضافة إلى سارة كيم المديرة السابقة لشركة «Intel»."));
  }

  @Test
  void aPossessiveTitleJoinedToAnotherByTheConjunctionIsTheCompanysPerson() {
    assertEquals(
        List.of("دانيال غروس: perplexity > apple (expected)"),
        moves("أعلنت شركة Perplexity عن نتائجها. وسينتقل مؤسسها والرئيس التنفيذي، دانيال غروس، للعمل مع أبل."));
  }

  @Test
  void anOrganisationsNameWithHamzaAboveCountsWithoutACue() {
    assertEquals(
        List.of("جيمس تشو: apple > google (completed)"),
        moves("غادر جيمس تشو أبل الشهر الماضي لينضم إلى جوجل."));
  }

  @Test
  void aDegreeFromAUniversityIsNoOrigin() {
    assertEquals(
        List.of("نادر فهمي: - > nvidia (completed)"),
        moves("انضم نادر فهمي، الحاصل على دكتوراه في علوم الحاسوب من جامعة بوسطن، إلى إنفيديا."));
  }

  @Test
  void organisationsListedAfterFromAreNoDestination() {
    List<String> found = moves("وقال إن انضمام ليلى عمران يمنح المشروع ثقلًا، خاصة مع انضمام باحثين آخرين من OpenAI وDeepMind وAnthropic.");
    assertEquals(1, found.size());
    assertEquals(List.of(), found.stream().filter(m -> m.contains("> google-deepmind") || m.contains("> anthropic")).toList());
  }

  @Test
  void aHiringOfPeopleWhoWorkAtAnOrganisationNowGivesTheOriginOfThoseNamedNext() {
    assertEquals(
        List.of("ديفيد كوهين: amazon > microsoft (completed)", "سارة ليفي: amazon > microsoft (completed)"),
        moves("نجحت شركة مايكروسوفت في اجتذاب مهندسَين بارزين يعملان في مجال الرقائق لدى أمازون، بعد أسابيع من استقطاب مديرهما."
            + " وعيّنت مايكروسوفت كلًّا من المهندسين ديفيد كوهين وسارة ليفي في فريقها."));
  }

  @Test
  void aTitleLinkedToItsOrganisationByLamWrittenApartMakesItsHolderNoMover() {
    assertEquals(
        List.of(),
        moves("وتأتي الخطوة ضمن حملة استقطاب واسعة يقودها الرئيس التنفيذي لـ\"أمازون\"، آندي جاسي، الذي جعل الرقائق أولوية."));
  }

  @Test
  void aMoveOfAnOrganisationsPeopleGivesItAsTheOriginOfThoseNamedAmongThem() {
    assertEquals(
        List.of("ديفيد كوهين: intel > nvidia (completed)", "سارة ليفي: intel > nvidia (completed)"),
        moves("وتشمل الصفقة انتقال باحثي شركة إنتل، ومن بينهم المدير التنفيذي ديفيد كوهين والمشارك المؤسس سارة ليفي، إلى فريق إنفيديا."));
  }

  @Test
  void aCoFounderWithNoOrganisationListedAfterAnotherMoverFoundedTheOnesOrganisation() {
    assertEquals(
        List.of("ديفيد كوهين: intel > nvidia (expected)", "سارة ليفي: intel > nvidia (expected)"),
        moves("وبحسب الاتفاق، سينتقل الرئيس التنفيذي لشركة إنتل، ديفيد كوهين، والمشارك في التأسيس سارة ليفي، إلى إنفيديا."));
  }

  @Test
  void aWordAfterLamIsAPurposeNotTheObjectOfALeaving() {
    assertEquals(
        List.of("ديفيد كوهين: xai > - (completed)", "سارة ليفي: xai > - (completed)", "مارك لي: xai > - (completed)"),
        moves("وقد غادر أكثر من ثلث الفريق المؤسس منذ تأسيس xAI في 2023، بما في ذلك ديفيد كوهين وسارة ليفي، بينما أعلن مارك لي في مارس الماضي مغادرته لتفرغه لعائلته."));
  }

  @Test
  void aNameWithANicknameInBracketsIsFoundWhereverTheArticleWritesIt() {
    assertEquals(List.of("يوشيرو (جيمي) كاتو: nufa > - (completed)"), moves("أعلن المؤسس المشارك يوشيرو (جيمي) كاتو رحيله عن شركة نوفا."));
  }

  @Test
  void aHiringAfterASemicolonHasItsOwnSubjectAndTheCompanysChiefComesFromTheCompanyOfTheArticle() {
    assertEquals(
        List.of("جون حداد: nufa > microsoft (completed)", "ديفيد خوري: nufa > microsoft (completed)"),
        moves("أعلنت شركة نوفا أمس نتائجها الفصلية.\nكانت نوفا في محادثات مع شركة زينيث، لكن تلك المحادثات انهارت؛ وبدلًا من ذلك"
            + " استقطبت مايكروسوفت الرئيس التنفيذي للشركة جون حداد والمؤسس المشارك ديفيد خوري."));
  }

  @Test
  void aFormerPostAndAPresentOneInOneDescriptionAreAMove() {
    assertEquals(
        List.of("سارة لين: openai > nufa (completed)"),
        moves("تحدثت سارة لين، المديرة التقنية السابقة في شركة أوبن إيه آي والرئيسة التنفيذية الحالية لشركة نوفا، عن خططها."));
    assertEquals(
        List.of("سارة لين: openai > thinking-machines-lab (completed)"),
        moves("وحصلت سارة لين، مديرة التكنولوجيا السابقة في شركة أوبن إيه آي، على تمويل قدره مليار دولار لشركتها الناشئة الجديدة “ثينكينغ ماشينز”."));
  }

  @Test
  void refusingAnOfferToBuyHerCompanyIsNoDeclinedMove() {
    assertEquals(
        List.of("سارة لين: openai > nufa (completed)"),
        moves("رفضت سارة لين، المديرة التقنية السابقة في شركة أوبن إيه آي والرئيسة التنفيذية الحالية لشركة نوفا، عرضًا من مايكروسوفت"
            + " للاستحواذ على شركتها الناشئة مقابل 500 مليون دولار."));
  }

  @Test
  void thoseWhoPrecededSomeoneMadeTheSameMove() {
    assertEquals(
        List.of("جون حداد: nufa > microsoft (completed)", "ديفيد خوري: nufa > microsoft (completed)"),
        moves("غادر المهندس جون حداد شركة نوفا للانضمام إلى شركة مايكروسوفت، بعد أن سبقه عدد من زملائه، بما في ذلك رئيس الفريق ديفيد خوري."));
    assertEquals(
        List.of("جون حداد: nufa > microsoft (completed)", "ديفيد خوري: nufa > microsoft (completed)"),
        moves("انتقل جون حداد من شركة نوفا إلى مايكروسوفت.\nوقد سبق حداد في الرحيل إلى مايكروسوفت باحثون آخرون، على رأسهم ديفيد خوري،"
            + " مؤسس فريق النماذج في شركة نوفا.\nوسبق له العمل في شركة أمازون."));
  }

  @Test
  void hisTimeAtAnOrganisationNamedLaterIsWhereHeCameFrom() {
    assertEquals(
        List.of("جون حداد: nufa > microsoft (completed)"),
        moves("انضم جون حداد إلى شركة مايكروسوفت ليقود فريق الذكاء الاصطناعي.\nوعبر حداد عن امتنانه لفترته في شركة نوفا، التي كان رئيسها التنفيذي."));
  }

  @Test
  void workToldBeforeThatIsAStepBeforeTheOriginOfTheMoveJustTold() {
    assertEquals(List.of("سامر خليل: adobe > cisco (completed)", "سامر خليل: cisco > intel (completed)"),
        moves("وانضم سامر خليل إلى «إنتل» قادماً من «سيسكو». وقبل ذلك، عمل ست سنوات في «أدوبي»."));
    assertEquals(List.of("سامر خليل: cisco > intel (completed)"),
        moves("وانضم سامر خليل إلى «إنتل» قادماً من «سيسكو». وتعمل زوجته في «أدوبي». وأعلنت الشركة أرباحها. وقبل ذلك، عمل ست سنوات في «أدوبي»."));
    assertEquals(List.of("ليلى منصور: adobe > cisco (completed)", "ليلى منصور: cisco > intel (completed)"),
        moves("وانضمت ليلى منصور إلى «إنتل» عام 2019 قادمةً من «سيسكو»، وكانت قبلها قد عملت أربع سنوات في «أدوبي»."));
  }

  @Test
  void foundingAUnitOfTheCompanyJoinedIsNoMoveAwayFromIt() {
    assertEquals(List.of("رامي عيسى: - > samsung (completed)", "هالة ناصر: - > samsung (completed)"),
        moves("انضم المهندسان رامي عيسى وهالة ناصر إلى «سامسونغ» لتأسيس قسم جديد باسم «Galaxy Lab»."));
  }

  @Test
  void aLatinOrganisationsNameWithoutItsLastOrgWordNamesItLaterInTheArticle() {
    assertEquals(List.of("سامر خليل: adobe > zentro-ai (completed)"),
        moves("استحوذت «إنفيديا» على Zentro AI مقابل 50 مليون دولار. وعيّنت Zentro رئيساً تنفيذياً جديداً هو سامر خليل، المدير السابق في «أدوبي»."));
    assertEquals(List.of("سامر خليل: mozilla > inflection-ai (completed)"),
        moves("ضمت «إنفيديا» فريقاً من Inflection AI. وعيّنت Inflection رئيساً تنفيذياً جديداً هو سامر خليل، المدير السابق في Mozilla."));
  }

  @Test
  void aDualVerbAfterTwoDescribedPeopleMovesBoth() {
    assertEquals(List.of("باريت زوف: openai > - (expected)", "بوب ماكغرو: openai > - (expected)"),
        moves("وكشف سام ألتمان، الرئيس التنفيذي لـ«أوبن إيه آي»، أن بوب ماكغرو، كبير مسؤولي الأبحاث، وباريت زوف، نائب رئيس قسم الأبحاث، سيغادران الشركة."));
    assertEquals(List.of("باريت زوف: openai > meta (completed)", "بوب ماكغرو: openai > meta (completed)"),
        moves("بوب ماكغرو وباريت زوف انضما إلى «ميتا» قادمين من «أوبن إيه آي»."));
  }

  @Test
  void aDecisionInTurnToLeaveIsALeaving() {
    assertEquals(List.of("باريت زوف: openai > - (completed)", "بوب ماكغرو: openai > - (completed)"),
        moves("وكشف سام ألتمان، الرئيس التنفيذي لـ«أوبن إيه آي»، أن بوب ماكغرو، كبير مسؤولي الأبحاث، وباريت زوف، نائب رئيس قسم الأبحاث، قررا بدورهما الرحيل."));
  }

  @Test
  void joiningItsRanksGoesToTheCompanyThatTellsIt() {
    assertEquals(List.of("ليلى منصور: salesforce > meta (completed)"),
        moves("أكدت شركة «ميتا» أمس انضمام ليلى منصور، الرئيسة التنفيذية لوحدة الذكاء الاصطناعي في شركة «سيلزفورس» الأمريكية، إلى صفوفها لقيادة مجموعة جديدة."));
  }

  @Test
  void aStepAfterACommaAndBeforeIsTheNextStepOfTheCareer() {
    assertEquals(List.of("ليلى منصور: cisco > intel (completed)"),
        moves("وعملت ليلى منصور في «سيسكو» أكثر من عشر سنوات، قبل أن تنضم إلى «إنتل»."));
    assertEquals(List.of("ليلى منصور: hirsay-sistmz > salesforce (completed)"),
        moves("وكانت ليلى منصور قد أسست شركة «هيرساي سيستمز» للبرمجيات، قبل أن تنضم إلى «سيلزفورس»."));
  }

  @Test
  void aCompanionAfterWithIsNotWhoseOwnLeavingFollows() {
    assertEquals(List.of("سامر خليل: google > - (completed)"),
        moves("سامر خليل يطلق شركة Ndea مع جون سميث بعد مغادرته «غوغل»."));
  }

  @Test
  void aLatinNameDescribedByATitleAfterAUnitsWordIsAPersonWhoGoesWhereThePersonHeJoinsWent() {
    List<String> moves = new java.util.ArrayList<>();
    TestFacts.extracted(extractor,
            "أعلنت شركة Microsoft تعيين Mustafa Suleyman، الشريك المؤسس لشركة Inflection AI، رئيساً لوحدة جديدة. "
                + "وينضم إلى Suleyman في الوحدة الجديدة Karén Simonyan، كبير العلماء والشريك المؤسس في Inflection AI.")
        .people().forEach(p -> p.moves().forEach(m -> moves.add(p.name().en() + ": " + m.from() + " > " + m.to())));
    assertEquals(List.of("Karén Simonyan: inflection-ai > microsoft", "Mustafa Suleyman: inflection-ai > microsoft"), moves);
  }
}
