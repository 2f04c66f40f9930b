package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sijill.extract.TestFacts.company;
import static org.sijill.extract.TestFacts.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.FactBase;
import org.sijill.facts.Move;
import org.sijill.facts.Person;
import org.sijill.facts.Review;

class ExtractorTest {
  private static final String TEXT =
      String.join(
          "\n",
          "عاجل",
          "الجمعة 29 أغسطس 2025",
          "رئيس التحرير",
          "هبة صادق",
          "ترك ماسك الشركة: تحول جديد",
          "وفي يونيو الماضي، انضم الباحث إيلون ماسك إلى ميتاوشركة Scale AI. وقال زوكربيرغ إن ماسك غادر شركة OpenAI.",
          "تابع بوابة روزا اليوسف علي جوجل نيوز");

  private final Extractor extractor = Extractor.standard();

  private Article article() {
    return ArticleReader.standard().parse("t_1", "t_1.txt", "abc", TEXT);
  }

  private static FactBase base() {
    Company outlet =
        new Company("rose-al-youssef", Bilingual.of("Rose al-Youssef", "روز اليوسف"), List.of("بوابة روزا اليوسف"), CompanyKind.OUTLET, null, null, List.of(), Review.REVIEWED);
    return TestFacts.base(
        List.of(person("elon-musk", "Elon Musk", "إيلون ماسك", "ماسك"), person("mark-zuckerberg", "Mark Zuckerberg", "مارك زوكربيرج", "زوكربيرج")),
        List.of(company("meta-platforms", "Meta", "ميتا"), company("openai", "OpenAI", null), outlet));
  }

  @Test
  void resolvesMentionsToTheIdsOfTheFactBase() {
    Extraction x = extractor.extract(article(), base());
    assertEquals(List.of("elon-musk", "mark-zuckerberg"), x.article().mentions().people());
    assertEquals(List.of("meta-platforms", "openai", "scale-ai"), x.article().mentions().companies());
    Person musk = x.people().get(0);
    assertEquals(Bilingual.of("Elon Musk", "إيلون ماسك"), musk.name());
    assertEquals(List.of("إيلون ماسك", "ماسك"), musk.aliases());
    assertEquals(Review.REVIEWED, musk.review());
  }

  @Test
  void takesOutletAndPublicationDateFromThePageChrome() {
    Extraction x = extractor.extract(article(), base());
    assertEquals("rose-al-youssef", x.article().outlet());
    assertEquals("2025-08-29", x.article().published());
    assertEquals(Bilingual.of(null, "ترك ماسك الشركة: تحول جديد"), x.article().title());
    assertEquals("abc", x.article().extraction().sha256());
    assertEquals("1", x.article().extraction().extractorVersion());
  }

  @Test
  void resolvesRelativeDatesAgainstPublication() {
    Person musk = extractor.extract(article(), base()).people().get(0);
    Move join = musk.moves().stream().filter(m -> "meta-platforms".equals(m.to())).findFirst().orElseThrow();
    assertEquals("2025-06", join.date());
    assertEquals("في يونيو الماضي", join.dateText());
  }

  @Test
  void takesTheOutletFromTheListAndDraftsNewEntitiesWithAnEmptyFactBase() {
    // With no fact base the English name of a person known only in Arabic script is a draft romanisation,
    // with the known Latin spelling of a listed surname (romanisation.txt, [known]).
    Extraction x = extractor.extract(article(), TestFacts.empty());
    assertEquals("rose-al-youssef", x.article().outlet());
    assertEquals(List.of(), x.article().mentions().companies().stream().filter(c -> c.equals("rose-al-youssef")).toList());
    Company scale = x.companies().stream().filter(c -> c.id().equals("scale-ai")).findFirst().orElseThrow();
    assertEquals(Bilingual.of("Scale AI", "سكيل إيه آي"), scale.name());
    assertEquals(Review.DRAFT, scale.review());
    assertEquals(List.of("elon-musk"), x.people().stream().filter(p -> "إيلون ماسك".equals(p.name().ar())).map(Person::id).toList());
  }

  @Test
  void proposesSortedFactKeys() {
    List<String> proposed = extractor.extract(article(), base()).article().extraction().proposed();
    assertEquals(proposed.stream().sorted().toList(), proposed);
    assertEquals(true, proposed.contains("people/elon-musk#move=->meta-platforms"));
  }

  private Person only(String text) {
    Article a = ArticleReader.standard().parse("t_2", "t_2.txt", "abc", "عنوان\n" + text);
    List<Person> people = extractor.extract(a, TestFacts.empty()).people();
    assertEquals(1, people.size(), people.toString());
    return people.get(0);
  }

  @Test
  void readsBothEndsOfAMoveAndItsDate() {
    Move m = only("انتقل الباحث جون سميث من ميتا إلى جوجل في مارس 2024.").moves().get(0);
    assertEquals(List.of("meta", "google", "2024-03", "في مارس 2024"), java.util.Arrays.asList(m.from(), m.to(), m.date(), m.dateText()));
    assertEquals("انتقل الباحث جون سميث من ميتا إلى جوجل في مارس 2024", m.sources().get(0).quote());
  }

  @Test
  void linksTheLatinAndArabicSpellingsOfANameWhoseSArabicWritesZ() {
    Person p =
        only(
            "ضمت شركة جوجل Joseph Okafor، المهندس السابق في شركة ميتا. وقال جوزيف أوكافور إنه سعيد.");
    assertEquals(Bilingual.of("Joseph Okafor", "جوزيف أوكافور"), p.name());
  }

  @Test
  void anArabicSpellingBeforeAKnownLatinNameInBracketsIsThatPersonsAlias() {
    Article a =
        ArticleReader.standard()
            .parse("t_3", "t_3.txt", "abc", "عنوان\nوانضم إلى ميتا الباحث شينغجيا زاو (Shengjia Zhao) من OpenAI.");
    FactBase base =
        TestFacts.base(
            List.of(person("shengjia-zhao", "Shengjia Zhao", "شنجيا زهاو")),
            List.of(company("meta", "Meta", "ميتا"), company("openai", "OpenAI", null)));
    List<Person> people = extractor.extract(a, base).people();
    assertEquals(List.of("shengjia-zhao"), people.stream().map(Person::id).toList());
    assertEquals(true, people.get(0).aliases().contains("شينغجيا زاو"), people.get(0).aliases().toString());
  }

  @Test
  void aRefusedOfferIsADeclinedMoveToTheHiringCompany() {
    Person p = only("سعت ميتا إلى استقطاب الباحثين. لكن الباحث جون سميث رفض عروضًا مغرية.");
    assertEquals("declined", p.moves().get(0).status().yaml());
    assertEquals("meta", p.moves().get(0).to());
  }

  @Test
  void publicBodiesAreFoundByTheirArabicNames() {
    assertEquals(List.of("sdaia"), TestFacts.companyIds(extractor, "ونظمت الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا) القمة في الرياض."));
    assertEquals(List.of("sdaia"), TestFacts.companyIds(extractor, "وقالت سدايا إن القمة ستعقد في الرياض."));
    assertEquals(List.of("cfius"), TestFacts.companyIds(extractor, "وتعطل الطلب بسبب مراجعة أجرتها لجنة الاستثمار الأجنبي في الولايات المتحدة."));
  }

  @Test
  void productsNamedAfterTheirCompanyAndListedWithThemAreNoOrganisations() {
    assertEquals(List.of("microsoft"), TestFacts.companyIds(extractor, "سيقود سليم الفريق المسؤول عن منتجات مايكروسوفت للمستهلكين، بما في ذلك Teams و Outlook و Microsoft Word."));
  }

  @Test
  void aSurnameAloneOfAListedFigureKeepsOnlyTheSpellingTheArticleWrote() {
    Person p = only("وقال ألتمان إن الشركة ستواصل التوظيف.");
    assertEquals(List.of("Sam Altman", "سام ألتمان", "ألتمان"), List.of(p.name().en(), p.name().ar(), String.join(" | ", p.aliases())));
  }

  @Test
  void aSurnameAloneOfAListedFigureJoinsTheKnownPersonOfThatName() {
    Article a = ArticleReader.standard().parse("t_3", "t_3.txt", "abc", "عنوان\nقاد مارك زوكربيرغ الاجتماع.\nوقال زوكربيرغ إن الفريق سيكبر.");
    FactBase base = TestFacts.base(List.of(TestFacts.person("mark-zukrbirg", "Mark Zukrbirg", "مارك زوكربيرغ")), List.of());
    Extraction x = extractor.extract(a, base);
    assertEquals(List.of("mark-zukrbirg"), x.article().mentions().people());
    assertEquals(List.of("mark-zukrbirg: زوكربيرغ | مارك زوكربيرغ"), x.people().stream().map(p -> p.id() + ": " + String.join(" | ", p.aliases())).toList());
  }

  @Test
  void gulfCompaniesAndEgyptianSpellingsAreListed() {
    assertEquals(List.of("partnership: aramco-digital (partner), groq (partner); -"),
        DealLines.of(TestFacts.extracted(extractor, "وقّعت شركة أرامكو الرقمية وشركة Groq مذكرة تفاهم لبناء مركز بيانات.").deals()));
    assertEquals(List.of("g42", "humain", "microsoft"),
        TestFacts.companyIds(extractor, "وقالت ميكروسوفت إن شركتي جي 42 وهيوماين ستنضمان إلى المشروع.").stream().sorted().toList());
  }

  @Test
  void banksInvestorsAndStudiosOftenInTechNewsAreListed() {
    assertEquals(List.of("disney", "kleiner-perkins", "morgan-stanley", "pixar"),
        TestFacts.companyIds(extractor, "وقال مسؤولون في والت ديزني وبيكسار إن Kleiner Perkins وMorgan Stanley لم تعلقا.").stream().sorted().toList());
    assertEquals(List.of(), TestFacts.extracted(extractor, "وقال مسؤولون في Kleiner Perkins وMorgan Stanley إن الصفقة جيدة.").people());
  }

  @Test
  void aNameWordEndingInAJoiningLetterIsNoNameGluedToAWord() {
    assertEquals(
        List.of("فرانشيسكو ميليري"),
        TestFacts.extracted(extractor, "وقال فرانشيسكو ميليري إن الشراكة ستستمر.").people().stream().map(p -> p.name().ar()).toList());
  }

  @Test
  void jayIsAGivenNameAndJpMorganABank() {
    assertEquals(List.of("جاي باريك"), TestFacts.arabicNames(extractor, "وانضم جاي باريك إلى شركة Microsoft لقيادة وحدة CoreAI."));
    Extraction x = TestFacts.extracted(extractor, "واستثمر بنك جاي بي مورغان في الشركة.");
    assertEquals(List.of(), x.people());
    assertEquals(List.of("jpmorgan-chase"), x.companies().stream().map(c -> c.id()).toList());
  }

  @Test
  void aChainWithBinIsOnePersonWithOrWithoutItsFamily() {
    Article a = ArticleReader.standard().parse("t_6", "t_6.txt", "abc",
        "طحنون بن زايد يقود صفقة جديدة\nأعلن الشيخ طحنون بن زايد آل نهيان، رئيس مجلس إدارة شركة G42، عن شراكة مع شركة مايكروسوفت.");
    assertEquals(List.of("Tahnoun bin Zayed Al Nahyan: طحنون بن زايد | طحنون بن زايد آل نهيان"),
        extractor.extract(a, TestFacts.empty()).people().stream().map(p -> p.name().en() + ": " + String.join(" | ", p.aliases())).toList());
    FactBase longName = TestFacts.base(List.of(TestFacts.person("tahnoun-bin-zayed-al-nahyan", "Tahnoun bin Zayed Al Nahyan", "طحنون بن زايد آل نهيان")), List.of());
    Article later = ArticleReader.standard().parse("t_7", "t_7.txt", "abc", "عنوان\nوقال طحنون بن زايد إن الشراكة ستتوسع.");
    assertEquals(List.of("tahnoun-bin-zayed-al-nahyan"), extractor.extract(later, longName).article().mentions().people());
    FactBase shortName = TestFacts.base(List.of(TestFacts.person("tahnoun-bin-zayed", "Tahnoun bin Zayed", "طحنون بن زايد")), List.of());
    Article fuller = ArticleReader.standard().parse("t_8", "t_8.txt", "abc", "عنوان\nأعلن الشيخ طحنون بن زايد آل نهيان عن الشراكة.");
    assertEquals(List.of("tahnoun-bin-zayed"), extractor.extract(fuller, shortName).article().mentions().people());
  }

  @Test
  void aNameInTheOtherScriptJoinsAPersonTheFactBaseNamesInOneScriptOnly() {
    FactBase base = TestFacts.base(List.of(
        TestFacts.person("hongyu-rin", "Hongyu Rin", "هونغيو رين"),
        TestFacts.person("elon-musk", "Elon Musk", null, "Elon Musk")), List.of());
    Article a = ArticleReader.standard().parse("t_4", "t_4.txt", "abc", "عنوان\nانضم Hongyu Ren إلى الفريق.\nوعلّق إيلون ماسك على الخبر.");
    Extraction x = extractor.extract(a, base);
    assertEquals(List.of("elon-musk", "hongyu-rin"), x.article().mentions().people());
    assertEquals(List.of("elon-musk: إيلون ماسك", "hongyu-rin: Hongyu Ren"),
        x.people().stream().map(p -> p.id() + ": " + String.join(" | ", p.aliases())).toList());
  }

  @Test
  void aNameInTheOtherScriptDoesNotJoinAPersonTheFactBaseNamesInBothScripts() {
    FactBase base = TestFacts.base(List.of(TestFacts.person("hongyu-rin", "Hongyu Rin", "هونغيو رين", "Hongyu Rin")), List.of());
    Article a = ArticleReader.standard().parse("t_5", "t_5.txt", "abc", "عنوان\nانضم Hongyu Ren إلى الفريق.");
    assertEquals(List.of("hongyu-ren"), extractor.extract(a, base).article().mentions().people());
  }

  @Test
  void aSpellingInBracketsAfterAKnownPersonJoinsThatPerson() {
    FactBase base = TestFacts.base(List.of(TestFacts.person("jiahui-yw", "Jiahui Yw", "جياهوي يو")), List.of());
    Article a = ArticleReader.standard().parse("t_6", "t_6.txt", "abc", "عنوان\nانضم الباحث جياهوي يو (Jiahui Yu) إلى الفريق.");
    Extraction x = extractor.extract(a, base);
    assertEquals(List.of("jiahui-yw"), x.article().mentions().people());
  }

  @Test
  void anotherArabicSpellingOfAKnownForeignNameJoinsThatPerson() {
    FactBase base = TestFacts.base(List.of(TestFacts.person("shengjia-zhao", "Shengjia Zhao", "شنجيا زهاو", "Shengjia Zhao")), List.of());
    Article a = ArticleReader.standard().parse("t_8", "t_8.txt", "abc", "عنوان\nانضم الباحث شينغجيا تشاو إلى الفريق.");
    Extraction x = extractor.extract(a, base);
    assertEquals(List.of("shengjia-zhao"), x.article().mentions().people());
  }

  @Test
  void anotherArabicSpellingBeforeALatinOneInBracketsJoinsTheKnownPerson() {
    FactBase base = TestFacts.base(List.of(TestFacts.person("shengjia-chaw", "Shengjia Chaw", "شينغجيا تشاو")), List.of());
    Article a = ArticleReader.standard().parse("t_10", "t_10.txt", "abc", "عنوان\nانضم الباحث شينغجيا زاو (Shengjia Zhao) إلى الفريق.");
    Extraction x = extractor.extract(a, base);
    assertEquals(List.of("shengjia-chaw"), x.article().mentions().people());
  }

  @Test
  void aListedGivenNameIsNoOtherSpellingOfAnotherThatDiffersInItsVowels() {
    FactBase base = TestFacts.base(List.of(TestFacts.person("hussein-kamal", "Hussein Kamal", "حسين كمال")), List.of());
    Article a = ArticleReader.standard().parse("t_12", "t_12.txt", "abc", "عنوان\nانضم المهندس حسن كمال إلى الفريق.");
    assertEquals(List.of("hassan-kamal"), extractor.extract(a, base).article().mentions().people());
  }

  @Test
  void aSimilarSpellingSharedByTwoKnownPeopleJoinsNeither() {
    FactBase base = TestFacts.base(List.of(
        TestFacts.person("shengjia-zhao", "Shengjia Zhao", "شنجيا زهاو"),
        TestFacts.person("shengjia-chao", "Shengjia Chao", "شنجيا جاو")), List.of());
    Article a = ArticleReader.standard().parse("t_9", "t_9.txt", "abc", "عنوان\nانضم الباحث شينغجيا تشاو إلى الفريق.");
    assertEquals(List.of("shengjia-chaw"), extractor.extract(a, base).article().mentions().people());
  }

  @Test
  void aKnownSurnameAfterAnotherGivenNameIsAnotherPerson() {
    FactBase base = TestFacts.base(List.of(TestFacts.person("alexandr-wang", "Alexandr Wang", "ألكسندر وانغ", "وانغ")), List.of());
    Article a = ArticleReader.standard().parse("t_11", "t_11.txt", "abc", "عنوان\nغادر جيف وانج الشركة، وقال وانغ إن الصفقة انتهت.");
    Extraction x = extractor.extract(a, base);
    assertEquals(List.of("alexandr-wang", "jeff-wang"), x.article().mentions().people());
  }

  @Test
  void aJobNamedInLatinScriptIsNoPerson() {
    Article a = ArticleReader.standard().parse("t_7", "t_7.txt", "abc", "عنوان\nكشف مهندس في الشركة عن فتح باب التقديم لوظيفة Android Engineer، ليعيد المدير نشره.");
    assertEquals(List.of(), extractor.extract(a, TestFacts.empty()).people());
  }

  @Test
  void aHiringCompanyTakesThePersonAfterTheVerb() {
    Move m = only("قامت شركة ميتا بتعيين المهندس السابق في جوجل سارة لي.").moves().get(0);
    assertEquals(java.util.Arrays.asList("google", "meta"), java.util.Arrays.asList(m.from(), m.to()));
  }

  @Test
  void fillsTheArticleRecordFromASavedPagesMetadata() throws java.io.IOException {
    Article a = ArticleReader.standard().read(java.nio.file.Path.of("src/test/resources/articles/101_saved_page.html"));
    Extraction x = extractor.extract(a, TestFacts.empty());
    assertEquals("101_saved_page.html", x.article().file());
    assertEquals("https://example.org/tech/2025/07/nova-cto", x.article().url());
    assertEquals("2025-07-15", x.article().published());
    assertEquals("almstqbl-altqni", x.article().outlet());
    Company outlet = x.companies().stream().filter(c -> c.id().equals("almstqbl-altqni")).findFirst().orElseThrow();
    assertEquals(CompanyKind.OUTLET, outlet.kind());
    assertEquals(Bilingual.of(null, "نوفا للروبوتات تعيّن مديرة تقنية من جوجل"), x.article().title());
  }
}
