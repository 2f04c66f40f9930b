package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;

/**
 * Moves told by the story around them (founding, refusals told as earlier, people named with a
 * mover), on sentences written for these tests, extracted with an empty fact base.
 */
class MoveStoriesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> moves(String text) {
    return MoveLines.in(extractor, text);
  }

  @Test
  void foundersWhoLeftGoToTheCompanyTheyFounded() {
    assertEquals(
        List.of("سارة لي: cohere > lumen (completed)", "مايكل تشين: cohere > lumen (completed)"),
        moves("وكان مايكل تشين وزميلته سارة لي قد أسسا شركة Lumen عام 2020 بعد مغادرتهما Cohere."));
    assertEquals(
        List.of("مايكل تشين: cohere > lumen (completed)"),
        moves("وشارك مايكل تشين في تأسيس شركة Lumen بعد أن ترك Cohere."));
  }

  @Test
  void aLeavingToFoundGoesToTheCompanyFounded() {
    assertEquals(List.of("مايكل تشين: cohere > lumen (completed)"), moves("غادر مايكل تشين شركة Cohere ليؤسس شركة Lumen."));
  }

  @Test
  void aFoundingAfterAMoveIsTheNextStepOfTheCareer() {
    assertEquals(
        List.of("مايكل تشين: meta > openai (completed)", "مايكل تشين: openai > lumen (completed)"),
        moves("وعمل مايكل تشين في ميتا لمدة 11 عامًا قبل أن ينتقل إلى OpenAI، ثم شارك في تأسيس شركة Lumen مع سارة لي."));
  }

  @Test
  void aMoveAfterAFoundingStartsAtTheCompanyFoundedAndIsNotThePartners() {
    assertEquals(
        List.of("مايكل تشين: lumen > nvidia (completed)"),
        moves("وكان مايكل تشين قد شارك في تأسيس شركة Lumen مع سارة لي وتوم بيكر عام 2020، قبل أن ينضم إلى Nvidia."));
  }

  @Test
  void aUnitFoundedInsideACompanyIsNoMove() {
    assertEquals(
        List.of("مايكل تشين: - > meta (completed)"),
        moves("وانضم مايكل تشين إلى ميتا عام 2013 وشارك في تأسيس قسم الأبحاث في ميتا."));
  }

  @Test
  void anOfferRefusedEarlierIsAMoveBesideTheOneMadeLater() {
    assertEquals(
        List.of("ماركو بيانكي: - > nvidia (declined)", "ماركو بيانكي: cohere > nvidia (completed)"),
        moves("أعلن ماركو بيانكي، المؤسس المشارك لشركة Cohere، مغادرته الشركة للانضمام إلى Nvidia.\n"
            + "وكان بيانكي قد رفض في وقت سابق عرضًا من Nvidia."));
  }

  @Test
  void anOfferRefusedBeforeABetterOneIsAStepOfTheTalks() {
    assertEquals(
        List.of("ماركو بيانكي: - > nvidia (completed)"),
        moves("انضم ماركو بيانكي إلى Nvidia مقابل 200 مليون دولار.\nورفض بيانكي عرضًا أوليًا من Nvidia بقيمة 100 مليون دولار."));
  }

  @Test
  void peopleNamedAlongsideAMoverMakeTheMoveFromTheirOwnEmployer() {
    assertEquals(
        List.of("سارة لي: anthropic > nvidia (completed)", "مايكل تشين: cohere > nvidia (completed)"),
        moves("انضم مايكل تشين، الباحث في Cohere، إلى Nvidia، إلى جانب سارة لي، الباحثة في Anthropic."));
    assertEquals(
        List.of("توم بيكر: - > nvidia (expected)", "سارة لي: - > nvidia (expected)", "مايكل تشين: cohere > nvidia (expected)"),
        moves("وسينضم مايكل تشين، الباحث في Cohere، إلى Nvidia، إلى جانب سارة لي وتوم بيكر."));
    assertEquals(
        List.of("سارة لي: anthropic > nvidia (completed)", "مايكل تشين: - > nvidia (completed)"),
        moves("وانضم مايكل تشين إلى Nvidia برفقة سارة لي، المديرة السابقة لشركة Anthropic."));
  }

  @Test
  void workingAlongsideSomeoneIsNoMove() {
    assertEquals(List.of(), moves("وعمل مايكل تشين إلى جانب سارة لي في شركة Cohere."));
  }

  @Test
  void aNewPostAtTheOrganisationThatAnnouncesItIsAMoveThere() {
    assertEquals(List.of("مايكل تشين: - > nvidia (completed)"), moves("أعلنت Nvidia أن الباحث مايكل تشين سيقود قسم الأبحاث لديها."));
    assertEquals(List.of("مايكل تشين: - > cohere (completed)"), moves("وسيتولى مايكل تشين منصب المدير التقني في شركة Cohere."));
  }

  @Test
  void aNewPostIsNoMoveForSomeoneMovedPromotedOrAtHisOwnCompany() {
    assertEquals(
        List.of("مايكل تشين: cohere > nvidia (completed)"),
        moves("انضم مايكل تشين إلى Nvidia قادمًا من Cohere.\nوسيقود تشين فريقًا جديدًا في Nvidia."));
    assertEquals(List.of(), moves("وتمت ترقية مايكل تشين، وسيقود فريق الأبحاث في Cohere."));
    assertEquals(List.of(), moves("وسيتولى مايكل تشين وشركته Lumen مسؤولية التصميم."));
  }

  @Test
  void whomSomeoneHeadedBeforeIsWhereTheNewPostCameFrom() {
    assertEquals(
        List.of("مايكل تشين: lumen > nvidia (completed)"),
        moves("أعلنت Nvidia أن مايكل تشين سيقود قسم الأبحاث لديها.\nوكان تشين يرأس مؤخرًا شركة Lumen الناشئة."));
  }

  @Test
  void aLowerCaseLatinNameBetweenQuotesIsAnOrganisationWhereverTheArticleWritesIt() {
    Article a = ArticleReader.standard().parse("t_1", "t_1.txt", "0", "عنوان\nاستحوذت شركة Cohere على شركة \"lumen\" الناشئة.\nوانضم مايكل تشين من lumen إلى Cohere.");
    Extraction e = extractor.extract(a, TestFacts.empty());
    assertEquals(List.of("cohere", "lumen"), e.companies().stream().map(c -> c.id()).toList());
    assertEquals(List.of("مايكل تشين: lumen > cohere (completed)"), moves("استحوذت شركة Cohere على شركة \"lumen\" الناشئة.\nوانضم مايكل تشين من lumen إلى Cohere."));
  }

  @Test
  void peopleNamedAmongThoseWhoWillMoveAreExpectedToMoveAndTheirOldEmployerIsAnEarlierStep() {
    assertEquals(
        List.of("توم بيكر: lumen > cohere (expected)", "سارة لي: lumen > cohere (expected)", "مايكل تشين: lumen > cohere (expected)"),
        moves("أعلنت شركة Cohere استحواذها على شركة \"lumen\" الناشئة.\n"
            + "وسينضم نحو 20 مهندسًا من lumen إلى Cohere، من بينهم مايكل تشين وسارة لي وتوم بيكر، الذين عملوا سابقًا في آبل."));
  }
}
