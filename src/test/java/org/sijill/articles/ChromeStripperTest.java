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
}
