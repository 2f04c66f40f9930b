package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Company;
import org.sijill.facts.Person;

/** Rules for constructions found missed on news the rules had not seen, on sentences written for these tests. */
class UnseenTextRulesTest {
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

  /** Every move as "person: from > to". */
  private List<String> moves(String text) {
    return extract(text).people().stream()
        .flatMap(p -> p.moves().stream().map(m -> p.id() + ": " + (m.from() == null ? "-" : m.from()) + " > " + (m.to() == null ? "-" : m.to())))
        .toList();
  }

  @Test
  void aKnownCompanyWhoseQuotesGoOnIsAnotherOrganisation() {
    assertEquals(
        List.of("amazun-wyb-sirfisz", "humain"),
        companies("وستستثمر «هيوماين» و«أمازون ويب سيرفيسز» أكثر من خمسة مليارات دولار في المملكة."));
  }

  @Test
  void aQuotedNameRightAfterAFeminineDealVerbIsTheBuyingCompany() {
    assertEquals(
        List.of("acquisition: data-nufa (acquirer), muf-wurks (target); 2850000000 USD"),
        deals("اشترت «داتا نوفا» شركة «موف ووركس» الناشئة مقابل 2.85 مليار دولار نقداً وأسهماً."));
    assertEquals(
        List.of("acquisition: kwantiks (acquirer), sana (target); 1100000000 USD"),
        deals("وفي سبتمبر، أعلنت «كوانتيكس» استحواذها على «سانا» بنحو 1.1 مليار دولار."));
  }

  @Test
  void theFullNameOfAKnownCompanyInItsQuotesIsThatCompany() {
    assertEquals(List.of("meta"), companies("وانضم الباحث إلى «ميتا بلاتفورمز» الشهر الماضي."));
  }

  @Test
  void foundersNamedAfterTheFoundingVerbMoveFromThePastOfTheirDescriptions() {
    assertEquals(
        List.of("ikin-kubuk: google-deepmind > biriwdik-labs", "liam-fidus: openai > biriwdik-labs"),
        moves("جمعت شركة «بيريوديك لابز» 300 مليون دولار. وأسس الشركة ليام فيدوس، نائب رئيس الأبحاث السابق في OpenAI، "
            + "وإكين كوبوك، الباحث السابق في «غوغل ديب مايند»."));
  }

  @Test
  void aPairsSharedPastAfterTheFoundersIsWhereBothCameFrom() {
    assertEquals(
        List.of("iwanis-antunuglu: google-deepmind > riflikshn-ih-ay", "misha-laskin: google-deepmind > riflikshn-ih-ay"),
        moves("جمعت شركة «ريفليكشن إيه آي» ملياري دولار. وأسس الشركة عام 2024 الباحثان ميشا لاسكين وإيوانيس أنتونوغلو، "
            + "اللذان عملا معاً في «غوغل ديب مايند»."));
  }

  @Test
  void aTitleInTheDualNamesTwoPeopleWhateverTheirGivenNames() {
    assertEquals(List.of("إيوانيس أنتونوغلو", "ميشا لاسكين"), people("وقال الباحثان ميشا لاسكين وإيوانيس أنتونوغلو إن النموذج جاهز."));
  }

  @Test
  void theConjunctionBeforeAHamzaOnAlefIsNoPartOfAName() {
    assertEquals(List.of("إكين كوبوك", "سام لي"), people("وانضم سام لي، الباحث في ميتا، وإكين كوبوك، الباحث في غوغل، إلى الشركة."));
  }

  @Test
  void aQuotedNameAfterACompanysWordAndItsTradeIsACompany() {
    assertEquals(List.of("fintra"), companies("وقال مسؤول في شركة المدفوعات «فينترا» إن الخدمة ستتوقف."));
  }

  @Test
  void anAppointmentWithItsTitleInTheAccusativeJoinsTheOrganisationAfterTheTitle() {
    assertEquals(
        List.of("rahul-batil: fintra > anthropic"),
        moves("وتأتي الصفقة بعد تعيين راهول باتيل، المسؤول السابق في شركة المدفوعات «فينترا»، كبيراً لمسؤولي التكنولوجيا في أنثروبيك."));
  }

  @Test
  void aPastPostAfterAnAppointmentIsWhereThePersonCameFrom() {
    assertEquals(
        List.of("karandiib-anand: meta > character-ai"),
        moves("عيّنت شركة «كاراكتر إيه آي» كاراندييب أناند رئيساً تنفيذياً لها، بعد أن شغل منصب نائب الرئيس في «ميتا»."));
  }

  @Test
  void theUnknownNameAHiringVerbTakesIsAPersonsButNotAPluralNoun() {
    assertEquals(List.of("كيفورك كيشيشيان"), people("وكانت إنتل قد استقطبت في مايو كيفورك كيشيشيان من شركة آرم."));
    assertEquals(List.of(), people("واستقطبت ميتا باحثين بارزين من جوجل."));
  }

  @Test
  void anOrganisationAndItsOwnerNamedWithItAreNoTwoEndsOfAMove() {
    assertEquals(
        List.of("thomas-dumkh: github > -"),
        moves("قال توماس دومكه، الرئيس التنفيذي لمنصة «غيت هب» المملوكة لمايكروسوفت، إنه سيغادر منصبه بنهاية العام ليعود إلى تأسيس الشركات الناشئة."));
  }

  @Test
  void aFoundingInARelativeClauseMovesTheFounderFromWhereTheYearsWereSpent() {
    assertEquals(
        List.of("rinih-james: intel > ambir"),
        moves("وكانت رينيه جيمس، التي أسست «أمبير» عام 2017 بعد ثلاثين عاماً قضتها في «إنتل»، قد قالت إنها ستبقى."));
  }

  @Test
  void anUnknownWordBetweenACompanysWordAndAFeminineAdjectiveIsTheCompanysName() {
    assertEquals(List.of("acquisition: salesforce (acquirer), infurmatika (target); -"),
        deals("اتفقت سيلزفورس على الاستحواذ على شركة إنفورماتيكا المتخصصة في إدارة البيانات."));
    assertEquals(List.of(), companies("وتعمل شركة خدمات البيانات في المدينة."));
  }

  @Test
  void aDealVerbInARelativeClauseIsTheDealOfTheOrganisationBeforeIt() {
    assertEquals(List.of("investment: amazon (investor), anthropic (investee); 8000000000 USD"),
        deals("وهذا أول عقد مع أمازون، التي استثمرت 8 مليارات دولار في منافستها «أنثروبيك»."));
  }

  @Test
  void aNumberWordBeforeAPluralScaleMultipliesIt() {
    assertEquals(List.of("[8000000000 USD, 10000000000 USD]"),
        List.of(Values.of(Lexicon.standard()).find("بقيمة ثمانية مليارات دولار وعشرة مليارات دولار.", null).stream()
            .map(x -> ((MoneyValue) x).amount().toPlainString() + " " + ((MoneyValue) x).currency()).toList().toString()));
  }

  @Test
  void aDealSignedWithTheOtherPartyBeforeTheDealWordIsTheirDeal() {
    assertEquals(List.of("partnership: nvidia (partner), intel (partner); 5000000000 USD"),
        deals("ووقعت إنفيديا مع إنتل اتفاقاً بقيمة 5 مليارات دولار."));
    assertEquals(List.of(), deals("ووقعت إنفيديا مع إنتل اتفاقاً غير حصري."));
  }
}
