package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Moves told by joining with بـ, a new post, leaving a presidency, retiring, and the words that
 * make a move expected or declined, on sentences written for these tests (empty fact base).
 */
class PostsAndDeparturesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> moves(String text) {
    return MoveLines.in(extractor, text);
  }

  @Test
  void joiningWithBaIsAMoveEvenWhenTheVerbBeginsLikeTheArticle() {
    assertEquals(List.of("جون سميث: - > cohere (completed)"), moves("والتحق الباحث جون سميث بشركة Cohere."));
  }

  @Test
  void theOrganisationJoinedWithBaComesAfterTheMoversRelativeClause() {
    assertEquals(
        List.of("ديفيد كيم: nvidia > cohere (completed)"),
        moves("كما التحق ديفيد كيم، الذي كان رئيسًا لشركة Nvidia للرقائق، بـCohere مديرًا للمنتجات."));
  }

  @Test
  void whatIsAwaitedOrScheduledIsExpected() {
    assertEquals(
        List.of("نيكيتا شامغونوف: - > databricks (expected)"),
        moves("ومن المنتظر أن ينضم الرئيس التنفيذي لنيون، نيكيتا شامغونوف، إلى داتابريكس بعد إتمام الصفقة."));
    assertEquals(List.of("جون سميث: - > anthropic (expected)"), moves("ومن المقرر أن ينتقل الباحث جون سميث إلى شركة أنثروبيك."));
  }

  @Test
  void refusingToJoinOrExcusingOneselfFromAnOfferIsDeclined() {
    assertEquals(List.of("مارك تشن: - > meta (declined)"), moves("ورفض الباحث مارك تشن الانضمام إلى شركة ميتا."));
    assertEquals(List.of("بيتر لي: - > meta (declined)"), moves("واعتذر الباحث بيتر لي عن قبول عرض من شركة ميتا."));
  }

  @Test
  void aVerbOfIntentWithItsSubjectBeforeTheVerbalNounMakesTheSubjectsMove() {
    assertEquals(List.of("ديفيد كيم: - > meta (expected)"), moves("ويعتزم الباحث ديفيد كيم الانضمام إلى شركة ميتا."));
  }

  @Test
  void aListedNameWithADotIsFoundWhole() {
    assertEquals(
        List.of("نوام شازير: character-ai > google (completed)"),
        moves("عاد نوام شازير، مؤسس شركة Character.AI الناشئة، إلى العمل في غوغل."));
  }

  @Test
  void aNewPostToldPastTheHoldersDescriptionStartsWhereTheDescriptionPlacesHim() {
    assertEquals(
        List.of("مايكل تشين: lumen > nvidia (completed)"),
        moves("وسيتولى مايكل تشين، مؤسس شركة Lumen، منصب المدير التقني في Nvidia."));
  }

  @Test
  void aFuturePostThatWaitsOnADealIsExpected() {
    assertEquals(
        List.of("مايكل تشين: lumen > nvidia (expected)"),
        moves("وبعد إتمام الصفقة، سيتولى مايكل تشين، مؤسس شركة Lumen ورئيسها التنفيذي، منصب المدير التقني في Nvidia."));
  }

  @Test
  void leavingTheHeadOfAnOrganisationToLeadSomethingElsewhereIsAMoveThere() {
    assertEquals(
        List.of("سارة لي: lumen > nvidia (expected)"),
        moves("وأعلنت الشركة أن سارة لي ستترك إدارة شركة Lumen لتقود قسم الأبحاث في Nvidia."));
  }

  @Test
  void aQuotedNameAfterANetworkAnAppOrTheHeadingOfOneIsAnOrganisation() {
    assertEquals(
        List.of("سارة لي: lumn > nvidia (expected)"),
        moves("وأعلنت الشركة أن سارة لي ستترك رئاسة \"لومن\" لتقود قسم الأبحاث في Nvidia."));
    assertEquals(
        List.of("مايكل تشين: nufa > nvidia (completed)"),
        moves("وانضم مايكل تشين إلى Nvidia مديرًا للمنتجات، قادمًا من تطبيق الأخبار \"نوفا\" الذي أسسه."));
  }

  @Test
  void peopleNamedAfterTheFoundersOfAPlatformComeFromIt() {
    assertEquals(
        List.of("بيتر هايز: lumen > nvidia (completed)", "رضا حبيب: lumen > nvidia (completed)"),
        moves("وضمت Nvidia مؤسسي منصة Lumen الاثنين، رضا حبيب وبيتر هايز، إلى فريقها."));
  }

  @Test
  void retiringOrSteppingDownLeavesTheEmployer() {
    assertEquals(List.of("بيتر لي: google > - (completed)"), moves("وتقاعد الباحث بيتر لي من شركة جوجل العام الماضي."));
    assertEquals(
        List.of("سارة لي: apple > - (expected)"),
        moves("أعلنت آبل أن سارة لي، رئيسة قسم الأبحاث، ستتنحى عن منصبها وتتقاعد في الربيع المقبل."));
  }

  @Test
  void aFutureVerbAfterAConjunctionIsExpected() {
    assertEquals(List.of("جون سميث: meta > - (expected)"), moves("وسيترك الباحث جون سميث شركة ميتا."));
  }

  @Test
  void joiningAUniversityToStudyIsNoMove() {
    assertEquals(List.of(), moves("والتحق جون سميث بجامعة ستانفورد لدراسة علوم الحاسوب عام 2010."));
  }
}
