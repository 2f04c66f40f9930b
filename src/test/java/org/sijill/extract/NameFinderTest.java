package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {
  private final NameFinder finder = new NameFinder(Lexicon.standard());

  /** Each name as "KIND=text". */
  private List<String> found(String text) {
    return finder.find(text).stream().map(n -> n.kind() + "=" + n.text()).toList();
  }

  @Test
  void tellsLatinPeopleFromOrganisations() {
    assertEquals(List.of("PERSON=Trapit Bansal"), found("ومن بين أبرز التعيينات Trapit Bansal، وهو مساهم"));
    assertEquals(
        List.of("PERSON=Xinlei Chen", "PERSON=Ching-Yao Chuang"),
        found("الشركة،Xinlei Chen، وهو عالم أبحاث، وعالم الأبحاث Ching-Yao Chuang، و"));
    assertEquals(List.of("ORGANISATION=Scale AI"), found("لاستثمارها في شركة Scale AI، و"));
    assertEquals(List.of("ORGANISATION=Safe Superintelligence Inc"), found("مثل شركة Safe Superintelligence Inc."));
    assertEquals(List.of("ORGANISATION=Sesame"), found("خبير من شركة الذكاء الاصطناعي الناشئة Sesame."));
  }

  @Test
  void theConjunctionBeforeADescribedNameRightAfterAPersonIsNoPartOfIt() {
    assertEquals(List.of("PERSON=جون سميث", "PERSON=باريت زوف"), found("أن جون سميث وباريت زوف، نائب رئيس قسم الأبحاث، غادرا الشركة."));
    assertEquals(List.of("PERSON=جون سميث", "PERSON=وليد زوف"), found("أن جون سميث ووليد زوف، نائب رئيس قسم الأبحاث، غادرا الشركة."));
  }

  @Test
  void firstASectorProductsAndNewAreNoNames() {
    assertEquals(List.of(), found("وستكشف الشركة عن أول منتجاتها، الذي سيتضمن مكوناً مفتوح المصدر."));
    assertEquals(List.of("SINGLE=Intel"), found("ستغادر الرئيسة التنفيذية لقطاع منتجات Intel، الشركة."));
    assertEquals(List.of(), found("لقيادة مجموعة جديدة للذكاء الاصطناعي في الشركة"));
  }

  @Test
  void latinSurnamesWithMcAndKoreanGivenNamesAreTitleCase() {
    assertEquals(List.of("PERSON=Sam McCandlish"), found("وقال Sam McCandlish، أحد مؤسسي الشركة، إن الأمر جيد."));
    assertEquals(List.of("PERSON=Oh Jun-ho"), found("وقال Oh Jun-ho، أحد مؤسسيها، إن الأمر جيد."));
    assertEquals(List.of("ORGANISATION=MacBook Pro"), found("وأطلقت الشركة جهاز MacBook Pro الجديد."));
  }

  @Test
  void aHamzaOnTheAlefIsNoArticleAfterATitle() {
    assertEquals(List.of("PERSON=أليك رادفورد", "ORGANISATION=أوبن إيه آي"), found("غادر الباحث أليك رادفورد شركة «أوبن إيه آي» بعد سنوات."));
  }

  @Test
  void aFeminineNounAndItsAdjectiveAfterATitleAreNoName() {
    assertEquals(List.of(), found("سيتولى منصب الرئيس التنفيذي المشارك لشركة ناشئة جديدة في مجال الذكاء الاصطناعي."));
    assertEquals(List.of("PERSON=أسامة حمزة"), found("وقال الباحث أسامة حمزة إن النموذج جيد."));
  }

  @Test
  void splitsAnOrganisationFromThePersonAfterIt() {
    assertEquals(List.of("ORGANISATION=GitHub", "PERSON=Nat Friedman"), found("والرئيس التنفيذي السابق لشركة GitHub Nat Friedman، اللذين"));
  }

  @Test
  void marksProductsAndLeavesLoneWordsUndecided() {
    assertEquals(
        List.of("ORGANISATION=Llama AI/PRODUCT"),
        finder.find("مع نماذج Llama AI الرائدة").stream().map(n -> n.kind() + "=" + n.text() + "/" + n.orgKind()).toList());
    assertEquals(List.of("SINGLE=Sutskever"), found("إلى جانب Sutskever."));
  }

  @Test
  void makesWordsListedWithAnOrganisationOrganisations() {
    assertEquals(List.of("ORGANISATION=Mercor", "ORGANISATION=Surge"), found("مع شركات منافسة مثل Mercor و Surge لتوريد"));
  }

  @Test
  void aGivenNameBehindAPrepositionStartsAfterIt() {
    assertEquals(
        List.of("PERSON=فرانشيسكو ميليري"),
        found("وسبق لفرانشيسكو ميليري، الرئيس التنفيذي لـ«إسيلور لوكسوتيكا»، أن صرّح بذلك."));
    assertEquals(List.of("PERSON=كريم منصور"), found("ويرى المحلل كريم منصور، الخبير في القطاع، أن الصفقة جيدة."));
  }

  @Test
  void aGivenNameThatIsAlsoAPrepositionAndPronounNamesOnlyBeforeADescription() {
    assertEquals(List.of("PERSON=فيك باجاج"), found("مع الفيزيائي فيك باجاج، الذي عمل في مختبر الشركة."));
    assertEquals(List.of(), found("وقال إن الأمر فيك يا صديقي."));
  }

  @Test
  void findsArabicNamesFromAKnownGivenName() {
    assertEquals(List.of("PERSON=إيلون ماسك", "PERSON=مارك زوكربيرج"), found("إيلون ماسك ومارك زوكربيرج"));
    assertEquals(List.of("PERSON=أنجيلا فان"), found("وأنجيلا فان، وهي باحثة"));
  }

  @Test
  void aGivenNameBeginningWithFaIsNotReadAsTheConjunctionAndAnotherName() {
    assertEquals(List.of("PERSON=فارون موهان"), found("قال مؤسس الشركة، فارون موهان، إن"));
    assertEquals(List.of("PERSON=دوغلاس تشن", "PERSON=إيفور بابوشكن"), found("وانضم دوغلاس تشن مع إيفور بابوشكن إلى"));
  }

  @Test
  void inAWayBeforeAnAdjectiveIsNoName() {
    assertEquals(List.of(), found("وتقترح الأداة الحلول بشكل تلقائي، وهي"));
    assertEquals(List.of(), found("ويعمل الفريق بصورة مستقلة، وفق"));
  }

  @Test
  void findsArabicNamesAfterATitle() {
    assertEquals(List.of("PERSON=ريشاب أغاروال", "PERSON=شايا نايك"), found("من أبرز المغادرين الباحث ريشاب أغاروال ومديرة إدارة المنتجات شايا نايك، فضلًا"));
    assertEquals(List.of("PERSON=كايلا وود"), found("المتحدثة باسم الشركة، كايلا وود، التي قالت"));
    assertEquals(List.of("PERSON=خواكين كوينونيرو كانديلا"), found("انتقد رئيس التوظيف في الشركة، خواكين كوينونيرو كانديلا، نهج"));
  }

  @Test
  void findsArabicNamesBeforeADescription() {
    assertEquals(List.of("PERSON=خان شينلي"), found("من بين المغادرين، خان شينلي، الباحث في فريق"));
    assertEquals(List.of("PERSON=شنغ سين"), found("انضم شنغ سين، أحد الباحثين الذين"));
  }

  @Test
  void continuesAListOfPeople() {
    assertEquals(
        List.of("PERSON=لوكاس باير", "PERSON=ألكسندر كوليسنيكوف", "PERSON=شياوهوا تشاي"),
        found("آخرين - لوكاس باير، وألكسندر كوليسنيكوف، وشياوهوا تشاي."));
  }

  @Test
  void aListedWordBeginningWithWawContinuesNoList() {
    assertEquals(
        List.of("PERSON=جون سميث"), found("ينضم جون سميث وسط منافسة شديدة على الكفاءات"));
  }

  @Test
  void whatAMoveGoesToFromAnOrganisationIsAnOrganisation() {
    assertEquals(
        List.of("ORGANISATION=Helio Dynamics", "ORGANISATION=Brightwave Compute"),
        found("ينتقل من Helio Dynamics إلى Brightwave Compute في صفقة"));
    assertEquals(List.of("PERSON=Brightwave Compute"), found("تحدث إلى Brightwave Compute في المؤتمر"));
  }

  @Test
  void takesNoVerbOrAccusativeNounForAName() {
    assertEquals(List.of(), found("بشكل كبير وافعل شيئًا عظيمًا"));
    assertEquals(List.of(), found("لكن الشركة تظهر استعدادها"));
    assertEquals(List.of(), found("وهو مختبر داخلي مهمته"));
  }

  @Test
  void aLoneWordAfterAPluralCueIsNoOrganisation() {
    assertEquals(List.of(), found("من شركات ميلر الأخرى"));
    assertEquals(List.of("PERSON=ماسك"), found("من شركات ماسك الأخرى"));
  }

  @Test
  void anIndefiniteTitleIsADescriptionNotANamesCue() {
    assertEquals(List.of(), found("ويوصف بأنه مدير فعال وصاحب علاقات عميقة"));
    assertEquals(List.of("PERSON=ريشاب أغاروال"), found("وكان من أبرز المغادرين الباحث ريشاب أغاروال."));
  }

  @Test
  void takesTheArabicWordsBeforeALatinNameInBracketsAsItsSpelling() {
    assertEquals(
        List.of("PERSON=جياهوي يو/Jiahui Yu", "PERSON=Jiahui Yu/null"),
        finder.find("هم: جياهوي يو (Jiahui Yu)، وآخرون").stream().map(n -> n.kind() + "=" + n.text() + "/" + n.sameAs()).toList());
  }

  @Test
  void aVerbalNounAfterAUnitWordSaysWhatItDoesAndIsNoName() {
    assertEquals(List.of(), found("أعلنت الشركة عن تأسيس فريق تجنيد خاص"));
    assertEquals(List.of("ORGANISATION=نوفا"), found("أعلنت الشركة عن تأسيس فريق نوفا"));
  }

  @Test
  void amountsAreNoNames() {
    assertEquals(List.of(), found("ارتفعت قيمة الشركة إلى 29 مليار دولار، وهو ما يمثل ضعف تقييمها"));
  }

  @Test
  void aPublicFiguresSurnameAloneIsThatPerson() {
    assertEquals(
        List.of("PERSON=ألتمان=سام ألتمان", "PERSON=زوكربيرج=مارك زوكربيرغ"),
        finder.find("وقال ألتمان إن العرض جاء من زوكربيرج، لكن الشركة لم ترد").stream().map(n -> n.kind() + "=" + n.text() + "=" + n.sameAs()).toList());
  }

  @Test
  void aNameEndingInATranscribedOrganisationWordIsAnOrganisation() {
    assertEquals(List.of("ORGANISATION=نوفا كابيتال"), found("واستثمرت فيها نوفا كابيتال، التي أسسها مهندسون سابقون"));
  }

  @Test
  void anImperfectVerbAfterATitleIsNoName() {
    assertEquals(List.of(), found("الرئيس التنفيذي للشركة، يقدم حزم تعويضات كبيرة"));
  }

  @Test
  void aGivenNameAsMiddleNameTakesTheSurnameAfterIt() {
    assertEquals(List.of("PERSON=يوهاي توني وو"), found("وأعلن الشريك المؤسس يوهاي توني وو مساء الاثنين مغادرته"));
  }

  @Test
  void twoNameLikeWordsAfterAMoveWordAreItsPerson() {
    assertEquals(List.of("PERSON=جيان تشانغ"), found("أكدت الشركة انضمام جيان تشانغ، إلى استوديو الروبوتات"));
    assertEquals(List.of(), found("حيث انضم باحثان بارزان من الشركة"));
    assertEquals(List.of(), found("أعلنت الشركة انضمام موظفين جدد، إلى فريقها"));
    assertEquals(List.of(), found("قامت الشركة بتوظيفه للعمل ضمن جهودها."));
  }

  @Test
  void aNicknameInBracketsIsInsideTheName() {
    assertEquals(List.of("PERSON=مايكل (مايك) تشين"), found("قال مايكل (مايك) تشين، مدير الهندسة في الشركة، إن"));
  }

  @Test
  void namesBetweenCommasContinueAListOfPeople() {
    assertEquals(
        List.of("PERSON=ديفيد لين", "PERSON=كاي يانغ", "PERSON=تشن هاو"),
        found("استقال ثلاثة مهندسين، هم ديفيد لين، كاي يانغ، وتشن هاو، من"));
  }

  @Test
  void aTitleMadeDefiniteByItsUnitWordIntroducesAName() {
    assertEquals(List.of("PERSON=كينجي ساتو"), found("بعد رحيل زملائه، ومنهم رئيس الفريق كينجي ساتو."));
  }

  @Test
  void aLoneOrganisationWordIsNoName() {
    assertEquals(List.of(), found("مع تطور الذكاء الاصطناعي (AI) بسرعة"));
  }

  @Test
  void anAdjectiveOfThePostAfterANameEndsTheTitleBeforeTheName() {
    assertEquals(List.of("PERSON=كينجي ساتو"), found("بعد استقطاب رئيس الباحثين كينجي ساتو السابق من الشركة"));
    assertEquals(List.of("PERSON=كينجي ساتو"), found("بعد استقطاب رئيسهما كينجي ساتو السابق من الشركة"));
  }

  @Test
  void whatFollowsATitleEndingInALinkWordIsItsOrganisationNotAName() {
    assertEquals(List.of(), found("وكان رئيس فريق النماذج في زيفرا ومسؤولا عن الميزات"));
  }

  @Test
  void twoNameLikeWordsAfterAMoveWordAndAlsoAreItsMover() {
    assertEquals(List.of("PERSON=كينجي ساتو"), found("بعد انتقال كينجي ساتو أيضًا من الشركة"));
  }

  @Test
  void theConjunctionOfTheNextNameOfAListIsNoPartOfIt() {
    assertEquals(
        List.of("PERSON=ريان كولينز", "ORGANISATION=OpenAI", "PERSON=تاريك زولان"),
        found("ترك ريان كولينز، مدير الهندسة في OpenAI، وتاريك زولان، نائب رئيس المنتجات، منصبيهما"));
    assertEquals(List.of("PERSON=باسل كرم", "PERSON=جيرو تاناكا"), found("انضم باسل كرم، المهندس في الفريق، وجيرو تاناكا، الباحث في المختبر"));
  }

  @Test
  void aFutureVerbAfterTheConjunctionStartsNoName() {
    assertEquals(List.of("PERSON=سامي ربيع"), found("وسيتولى سامي ربيع، كبير ضباط الأمن السابق، منصب المدير."));
  }

  @Test
  void anAuxiliaryVerbEndsTheName() {
    assertEquals(List.of("PERSON=بيتر جون"), found("قال إن بيتر جون تمت ترقيته إلى المنصب."));
  }

  @Test
  void givenNamesJoinedByTheConjunctionAreAListNotOneName() {
    assertEquals(List.of(), found("واتخذت سارة وديفيد وكريم قرارهم."));
  }

  @Test
  void aPrepositionBeforeAVerbalNounStartsNoNameAfterATitle() {
    assertEquals(List.of("PERSON=ليندا بارك", "ORGANISATION=نوفا"), found("وقالت ليندا بارك، المديرة التنفيذية لشركة نوفا، لإطلاق منتجات جديدة."));
  }

  @Test
  void aUniversityOrInstituteIsNamedWithItsCueWordAndItsField() {
    assertEquals(
        List.of("ORGANISATION=جامعة بوسطن", "ORGANISATION=معهد فيكتور للذكاء الاصطناعي"),
        found("درس في جامعة بوسطن ثم عمل في معهد فيكتور للذكاء الاصطناعي."));
  }

  @Test
  void aGivenNameInBracketsJoinsTheWordsAroundItIntoOneName() {
    assertEquals(List.of("PERSON=يوشيرو (جيمي) كاتو"), found("أعلن يوشيرو (جيمي) كاتو، رئيس فريق البحث، استقالته."));
  }

  @Test
  void aSurnameThatReadsAsAPrepositionAndAVerbIsANameAfterATitleOrBeforeADescription() {
    assertEquals(List.of("PERSON=يان ليكون"), found("قرر العالم يان ليكون أن يتخلى عن منصبه."));
    assertEquals(List.of("PERSON=يان ليكون", "ORGANISATION=نوفا"), found("وذكرت الصحيفة أن يان ليكون، كبير العلماء في شركة نوفا، سيغادر."));
    assertEquals(List.of(), found("عاد سام ليكون مديرا."));
  }

  @Test
  void aGivenNameThatIsAParticleStartsANameOnlyBeforeACommaAndADescription() {
    assertEquals(List.of("PERSON=كي تشانغ", "ORGANISATION=نوفا"), found("وذكرت الصحيفة أن كي تشانغ، المديرة في شركة نوفا، ستغادر."));
    assertEquals(List.of(), found("سافر كي يعمل في الشركة، الذي يحبه."));
  }

  @Test
  void aDerivedVerbalNounStartsNoName() {
    assertEquals(List.of(), found("يمكن للنظام فهم النصوص، وامتلاك ذاكرة طويلة، والقدرة على التخطيط."));
    assertEquals(List.of("PERSON=ليندا بارك"), found("واحتفت المديرة، ليندا بارك، باستقدام سمير إلى الفريق."));
    assertEquals(List.of("ORGANISATION=نوفا"), found("أعلن كبير العلماء في شركة نوفا لتأسيس شركته الخاصة."));
    assertEquals(List.of("ORGANISATION=نوفا"), found("وسيتولى منصب الرئيس التنفيذي لشركة نوفا، ليقود منتجات الشركة."));
    assertEquals(List.of("PERSON=ليندا بارك"), found("وقالت ليندا بارك، المديرة التنفيذية، إن الفريق سيكبر."));
  }

  @Test
  void namesListedWithAnOrganisationAfterSuchAsAreOrganisations() {
    assertEquals(List.of("ORGANISATION=Sequoia", "ORGANISATION=Andreessen Horowitz"), found("استفاد المستثمرون، ومنهم شركات مثل Sequoia وAndreessen Horowitz."));
    assertEquals(List.of("PERSON=Sam Altman", "PERSON=Greg Brockman"), found("وقال Sam Altman وGreg Brockman إن الشركة تنمو."));
  }

  @Test
  void aWordWithLamAndTheArticleEndsAName() {
    assertEquals(List.of("PERSON=سارة فراير", "PERSON=كيفن ويل"), found("بتعيينين: سارة فراير مديرة مالية وكيفن ويل للمنتجات"));
  }

  @Test
  void aDotBetweenTwoLatinWordsWithNoSpaceIsInsideOneName() {
    assertEquals(List.of("ORGANISATION=Nexa.AI"), found("مؤسسا شركة Nexa.AI الناشئة لروبوتات المحادثة"));
  }
}
