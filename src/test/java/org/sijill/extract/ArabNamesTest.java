package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arab names as Arabic news writes them: a family name with the article after a given name, a title
 * or a compound; chains with بن and آل; ل + a definite title; no adjective, nationality, date or thing
 * named after a person taken for a family name.
 */
class ArabNamesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> people(String text) {
    return TestFacts.arabicNames(extractor, text);
  }

  @Test
  void aListedGivenNameTakesAFamilyNameWithTheArticle() {
    assertEquals(List.of("أحمد الشريف"), people("وانضم أحمد الشريف إلى شركة ميتا."));
    assertEquals(List.of("meta"), TestFacts.companyIds(extractor, "وانضم أحمد الشريف إلى شركة ميتا."));
    assertEquals(List.of("أحمد الشريف: - > meta (completed)"), MoveLines.in(extractor, "وانضم أحمد الشريف إلى شركة ميتا."));
  }

  @Test
  void anArabGivenNameOfTheListStartsANameWithOrWithoutTheArticle() {
    assertEquals(List.of("ياسر سالم: - > meta (completed)"), MoveLines.in(extractor, "وانضم ياسر سالم إلى شركة ميتا."));
    assertEquals(List.of("ريم العتيبي: - > openai (completed)"), MoveLines.in(extractor, "وعينت شركة أوبن إيه آي الدكتورة ريم العتيبي باحثة في فريقها."));
  }

  @Test
  void aFamilyNameWhoseStemIsAGivenNameOrAParticleIsStillAFamilyName() {
    assertEquals(List.of("أحمد العلي"), people("وانضم أحمد العلي إلى شركة ميتا."));
  }

  @Test
  void aDefiniteTitleCuesAGivenNameThatIsACommonWord() {
    assertEquals(List.of("منى الشريف: - > awriks (completed)"), MoveLines.in(extractor, "الدكتورة منى الشريف انتقلت إلى شركة أوريكس."));
    assertEquals(List.of("أمين الناصر"), people("وقال الرئيس التنفيذي لشركة أرامكو أمين الناصر إن الطلب على النفط قوي."));
  }

  @Test
  void aTitleAfterTheFusedLAndArticleIsACueNotAName() {
    assertEquals(
        List.of("خالد العتيبي: - > meta (completed)", "منى الشريف: - > awriks (completed)"),
        MoveLines.in(extractor, "عينت شركة ميتا المهندس خالد العتيبي رئيسا تنفيذيا خلفا للدكتورة منى الشريف التي انتقلت إلى شركة أوريكس."));
  }

  @Test
  void fathersNamesAndCompoundsStandBeforeTheFamilyName() {
    assertEquals(List.of("خلدون خليفة المبارك"), people("وقال خلدون خليفة المبارك إن الشركة تنمو."));
    assertEquals(List.of("خالد عبد الله المطيري: amazon > meta (completed)"),
        MoveLines.in(extractor, "وانتقل خالد عبد الله المطيري من شركة أمازون إلى شركة ميتا."));
    assertEquals(List.of("نور الدين الخطيب"), people("وانضم نور الدين الخطيب إلى شركة ميتا."));
  }

  @Test
  void chainsWithBinAndTheFamilyAreOneName() {
    assertEquals(List.of("محمد بن سلمان"), people("وقال صاحب السمو الملكي الأمير محمد بن سلمان إن المملكة ماضية في خططها."));
    assertEquals(List.of("حمدان بن محمد آل مكتوم"), people("وأكد سمو الشيخ حمدان بن محمد آل مكتوم دعم الإمارة للشركات الناشئة."));
    assertEquals(List.of("أحمد أبو هشيمة"), people("وقال أحمد أبو هشيمة إن الشركة ستتوسع."));
  }

  @Test
  void adjectivesNationalitiesAndDatesAreNoFamilyNames() {
    assertEquals(List.of(), people("وانضم محمد الجديد إلى الفريق."));
    assertEquals(List.of(), people("وقال محمد الأسبوع الماضي إن الصفقة اكتملت."));
    assertEquals(List.of(), people("وتحدث يوسف الثلاثاء عن خطط الشركة."));
    assertEquals(List.of(), people("وقالت الرئيسة التنفيذية المصرية إن الشركة تنمو."));
    assertEquals(List.of(), people("وقال أحمد المصري الرئيس التنفيذي للشركة إن النتائج قوية."));
    assertEquals(List.of(), people("وقال خالد الأمين العام للاتحاد إن الخطة تسير."));
  }

  @Test
  void aNounAVerbTakesAfterAGivenNameIsNoFamilyName() {
    assertEquals(List.of(), people("وحصد يوسف الجائزة الكبرى."));
    assertEquals(List.of(), people("وترأس خالد الاجتماع السنوي."));
    assertEquals(List.of(), people("وافتتح محمد المعرض أمس."));
    assertEquals(List.of("وليد الأنصاري"), people("وقال وليد الأنصاري إن السوق تنمو."));
  }

  @Test
  void aCommonWordWithNoTitleBeforeItStartsNoName() {
    assertEquals(List.of(), people("وأكد على الدور المهم للشركة."));
    assertEquals(List.of(), people("وطلب مني الرئيس الانضمام إلى الفريق."));
  }

  @Test
  void aNameAfterAThingsWordIsTheThingsNotAPersons() {
    assertEquals(List.of(), people("ويحضر المؤتمر رئيس مجلس إدارة مؤسسة محمد بن راشد آل مكتوم للمعرفة."));
    assertEquals(List.of(), people("وتأسست شركة محمد الشريف للتجارة عام 1990."));
    assertEquals(List.of("أحمد الشريف"), people("وقال مدير الشركة أحمد الشريف إن النتائج قوية."));
  }

  @Test
  void aNounWithAPossessivePronounEndsNoName() {
    assertEquals(List.of("كريم فؤاد"), people("وشكر المدير للمهندس كريم فؤاد جهوده."));
  }

  @Test
  void aNameAloneOnAMastheadLineIsNoPerson() {
    org.sijill.articles.Article a = org.sijill.articles.ArticleReader.standard().parse("t_1", "t_1.txt", "0",
        "رئيس حزب الوفد ورئيس مجلس الإدارة\nد. السيد البدوي شحاتة\nرئيس مجلس التحرير\nسامي أبو العز\nرئيس التحرير\nياسر شورى\n\n"
            + "وانضم أحمد الشريف إلى شركة ميتا.");
    assertEquals(List.of("أحمد الشريف"), extractor.extract(a, TestFacts.empty()).people().stream().map(p -> p.name().ar()).toList());
  }

  @Test
  void theDraftEnglishNameReadsTheFathersGivenNameAfterBin() {
    org.sijill.articles.Article a = org.sijill.articles.ArticleReader.standard().parse("t_1", "t_1.txt", "0",
        "وقال الشيخ حمدان بن خالد آل مكتوم إن الشركة ستتوسع.");
    assertEquals(List.of("Hamdan bin Khaled Al Maktoum"),
        extractor.extract(a, TestFacts.empty()).people().stream().map(p -> p.name().en()).toList());
  }

  @Test
  void aCompoundWithServantTakesItsListedSpellingInTheDraftEnglishName() {
    org.sijill.articles.Article a = org.sijill.articles.ArticleReader.standard().parse("t_1", "t_1.txt", "0",
        "وانضم محمد عبد العزيز إلى شركة ميتا، وقال خالد عبدالله الشريف إن الشركة ستتوسع.");
    assertEquals(List.of("Khaled Abdullah Al-Sharif", "Mohamed Abdulaziz"),
        extractor.extract(a, TestFacts.empty()).people().stream().map(p -> p.name().en()).sorted().toList());
  }

  @Test
  void aCompoundWithGodTakesItsListedSpellingInTheDraftEnglishName() {
    org.sijill.articles.Article a = org.sijill.articles.ArticleReader.standard().parse("t_1", "t_1.txt", "0",
        "وانضم محمد نصر الله إلى شركة ميتا، وقال الدكتور خالد عطا الله إن الشركة ستتوسع.");
    assertEquals(List.of("Khaled Atallah", "Mohamed Nasrallah"),
        extractor.extract(a, TestFacts.empty()).people().stream().map(p -> p.name().en()).sorted().toList());
  }

  @Test
  void aDraftEnglishNameReadsListedGivenNamesAnywhereAndFamilyNamesWithTheArticle() {
    org.sijill.articles.Article a = org.sijill.articles.ArticleReader.standard().parse("t_1", "t_1.txt", "0",
        "وقال محمد بن خالد الحربي إن الشركة ستتوسع، وأكد أحمد سعد الشريف أن العمل بدأ، وأضاف المهندس كريم فؤاد الدباس أن الفريق سيكبر.");
    assertEquals(List.of("Ahmed Saad Al-Sharif", "Karim Fouad Al-Dbas", "Mohamed bin Khaled Al-Harbi"),
        extractor.extract(a, TestFacts.empty()).people().stream().map(p -> p.name().en()).sorted().toList());
  }
}
