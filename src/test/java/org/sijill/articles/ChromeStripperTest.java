package org.sijill.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChromeStripperTest {
  private final ChromeStripper stripper = new ChromeStripper(ChromeRules.standard());

  @Test
  void dropsMastheadWithStaffAndKeepsItsDateline() {
    ChromeStripper.Result r =
        stripper.strip(
            "عاجل\nالجمعة 29 أغسطس 2025\nرئيس التحرير\nفلان الفلاني\n\nعنوان الخبر الرئيسي هنا اليوم\nنص الخبر.\n");
    assertEquals(List.of("عنوان الخبر الرئيسي هنا اليوم", "نص الخبر."), r.paragraphs());
    assertEquals(List.of("عاجل", "الجمعة 29 أغسطس 2025", "رئيس التحرير", "فلان الفلاني"), r.chrome().masthead());
    assertEquals("الجمعة 29 أغسطس 2025", r.chrome().dateline());
  }

  @Test
  void keepsShortHeadlineWithoutMastheadCue() {
    ChromeStripper.Result r = stripper.strip("ميتا تستحوذ\nنص الخبر الطويل بما يكفي هنا.");
    assertEquals(List.of("ميتا تستحوذ", "نص الخبر الطويل بما يكفي هنا."), r.paragraphs());
    assertEquals(List.of(), r.chrome().masthead());
  }

  @Test
  void dropsFollowUsFooterAndNamesTheOutlet() {
    ChromeStripper.Result r = stripper.strip("عنوان\nنص الخبر.\n \nتابع بوابة روزا اليوسف علي\nجوجل نيوز\n");
    assertEquals(List.of("عنوان", "نص الخبر."), r.paragraphs());
    assertEquals("بوابة روزا اليوسف", r.chrome().outlet());
  }

  @Test
  void dropsSyndicationCreditAndOtherChannels() {
    ChromeStripper.Result r =
        stripper.strip(
            "عنوان\nنص الخبر.\n\nهذا المحتوى مقدم من قناة المشهد\n\nإقرأ على الموقع الرسمي\nالمزيد من قناة المشهد\nمنذ 7 ساعات\nقناة العربية منذ 23 ساعة\n");
    assertEquals(List.of("عنوان", "نص الخبر."), r.paragraphs());
    assertEquals("قناة المشهد", r.chrome().outlet());
    assertEquals(5, r.chrome().footer().size());
  }

  @Test
  void trimsNoBreakSpaces() {
    assertEquals("نص", ChromeStripper.trim("\u00a0 نص\u00a0"));
  }

  @Test
  void dropsReadAlsoCaptionBylineShareAndSourceLinesFromAmongTheStorys() {
    ChromeStripper.Result r =
        stripper.strip(
            "عنوان الخبر عن تعيين مدير جديد للتقنية\nكتب أحمد سمير\nالخميس، 12 يونيو 2025 10:30 ص\nنص أول.\nاقرأ أيضاً: خبر آخر عن الشركة\n(صورة: رويترز)\n"
                + "نص ثان.\nمصدر الصورة، Getty Images\nشارك الخبر\nالمصدر: وكالات\nنص ثالث.\n");
    assertEquals(List.of("عنوان الخبر عن تعيين مدير جديد للتقنية", "نص أول.", "نص ثان.", "نص ثالث."), r.paragraphs());
    assertEquals(
        List.of("كتب أحمد سمير", "الخميس، 12 يونيو 2025 10:30 ص", "اقرأ أيضاً: خبر آخر عن الشركة", "(صورة: رويترز)",
            "مصدر الصورة، Getty Images", "شارك الخبر", "المصدر: وكالات"),
        r.inline());
    assertEquals("الخميس، 12 يونيو 2025 10:30 ص", r.chrome().dateline());
  }

  @Test
  void keepsStorySentencesThatBeginLikeChrome() {
    List<String> story =
        List.of(
            "عنوان",
            "كتب ماسك على منصة إكس:",
            "كتب ماسك على منصة إكس أن الفريق سيكبر.",
            "تابع الرئيس التنفيذي المفاوضات على مدى أسابيع.",
            "انضم إلى فريق واتساب في عام 2019 بعد عمله في جوجل.",
            "نشر في 2024 بحثا عن النماذج اللغوية.",
            "الصورة التي نشرها ماسك أظهرت مكتبا جديدا.",
            "المصدر الرئيسي للتمويل صندوق سيادي.",
            "شارك في تأسيس الشركة عام 2015.",
            "مواضيع البحث تشمل الروبوتات.",
            "إعلان الصفقة جاء بعد أشهر من المفاوضات.",
            "وأضاف: «سنواصل العمل»",
            "وقال إن على المستخدم أن يضغط هنا ليبدأ التسجيل.",
            "نهاية العام الماضي شهدت انتقال عشرة باحثين.");
    assertEquals(story, stripper.strip(String.join("\n", story)).paragraphs());
  }

  @Test
  void neverTakesThePastedHeadlineForChrome() {
    ChromeStripper.Result r = stripper.strip("اقرأ أيضا: سلسلة تقارير عن حرب المواهب\nنص الخبر.");
    assertEquals(List.of("اقرأ أيضا: سلسلة تقارير عن حرب المواهب", "نص الخبر."), r.paragraphs());
  }

  @Test
  void namesNoOutletForAFollowLineAboutAChannel() {
    ChromeStripper.Result r = stripper.strip("عنوان\nنص الخبر.\nتابعوا آخر الأخبار عبر قناتنا على تليجرام\n");
    assertEquals(List.of("عنوان", "نص الخبر."), r.paragraphs());
    assertEquals(null, r.chrome().outlet());
  }
}
