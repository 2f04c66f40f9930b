package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Person;

/** Constructions listed as missed on earlier batches of unseen news, on sentences written for these tests. */
class ListedMissesTest {
  private final Extractor extractor = Extractor.standard();

  private Extraction extract(String text) {
    return TestFacts.extracted(extractor, text);
  }

  private List<String> deals(String text) {
    return DealLines.withStatus(extract(text).deals());
  }

  private List<String> people(String text) {
    return TestFacts.arabicNames(extractor, text);
  }

  private List<String> companies(String text) {
    return TestFacts.companyIds(extractor, text);
  }

  @Test
  void aNameAfterATitleWithAPossessivePronounIsAPerson() {
    assertEquals(List.of("بيلي سورنتينو"), people("وقال نائبه بيلي سورنتينو إن الفريق جاهز."));
    assertEquals(List.of("كولين أنجل"), people("وأعلنت الشركة أن مؤسسها كولين أنجل سيترك منصبه."));
  }

  @Test
  void aThirdWordJoinsThePossessivesPersonOnlyWhenPunctuationClosesIt() {
    assertEquals(List.of("ميلو كاراتشي دوفان"), people("وقال مستشاره ميلو كاراتشي دوفان، إن الخطة جاهزة."));
  }

  @Test
  void aNameAfterASuccessorsWordAndLiIsAPersonWithoutTheLi() {
    assertEquals(List.of("ساندرا ريفيرا"), people("وسيتولى المنصب اعتباراً من مايو خلفاً لساندرا ريفيرا."));
  }

  @Test
  void aTitleEndingInTaMarbutaHasNoPossessivePronoun() {
    assertEquals(List.of(), people("وتنتقل إلى الشركة مستشارةً قانونية عامة."));
  }

  @Test
  void aKnownWordAfterAPossessiveTitleIsNoName() {
    assertEquals(List.of(), people("وقال مديرها التنفيذي إن الشركة ستواصل العمل."));
  }

  @Test
  void theCuedNamesTriggersAreTheTitlesWithEachPronounAndTheWordsOfSuccession() {
    CuedNames rule = new CuedNames(Lexicon.standard());
    assertTrue(rule.triggers().containsAll(List.of(Lexicon.norm("نائبه"), Lexicon.norm("مؤسسها"), Lexicon.norm("مديرهم"), Lexicon.norm("خلفاً"))));
    assertEquals(false, rule.triggers().contains(Lexicon.norm("نائب")));
  }

  @Test
  void aPronounAfterTheOtherPartyOfAVerbalNounIsTheOrganisationNamedBefore() {
    assertEquals(
        List.of("acquisition: microsoft (acquirer), github (target); 7500000000 USD; completed"),
        deals("وتولى قيادة غيت هب في 2021 بعد ثلاث سنوات من استحواذ مايكروسوفت عليها مقابل 7.5 مليار دولار."));
  }

  @Test
  void aVerbalNounsOwnPronounIsTheActingOrganisationNamedBefore() {
    assertEquals(
        List.of("acquisition: salesforce (acquirer), groq (target); 27700000000 USD; completed"),
        deals("وتُعد الصفقة الأكبر لسيلزفورس منذ استحواذها على شركة غروك مقابل 27.7 مليار دولار."));
  }

  @Test
  void aPronounWithTwoOrganisationsBeforeItIsNotReadAsTheLastOne() {
    assertEquals(
        List.of("investment: meta (investor), scale-ai (investee); -; completed", "acquisition: meta (acquirer), whatsapp (target); -; completed"),
        deals("واستثمرت ميتا في شركة Scale AI، في أكبر صفقة لعملاقة التواصل منذ استحواذها على واتساب."));
  }

  @Test
  void aPronounWithNoOrganisationBeforeItMakesNoDeal() {
    assertEquals(List.of(), deals("وبعد استحواذ مايكروسوفت عليها تغير كل شيء."));
  }
}
