package org.sijill.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
  private static final Path PAGES = Path.of("src/test/resources/articles");

  private static HtmlPage.Content read(String name) throws IOException {
    return HtmlPage.read(Files.readAllBytes(PAGES.resolve(name)), name);
  }

  @Test
  void takesHeadlineStoryAndMetadataAndLeavesThePageChromeOut() throws IOException {
    HtmlPage.Content c = read("101_saved_page.html");
    assertEquals("نوفا للروبوتات تعيّن مديرة تقنية من جوجل", c.headline());
    assertEquals(
        List.of(
            "أعلنت شركة نوفا للروبوتات الناشئة يوم الثلاثاء تعيين المهندسة ليلى حداد مديرةً للتقنية، بعد أن أمضت ست سنوات في جوجل.",
            "وقالت المتحدثة باسم الشركة، سارة منصور، إن حداد ستقود فريقًا من 40 مهندسًا.",
            "وكانت نوفا قد جمعت 120 مليون دولار في جولة تمويل في مارس الماضي."),
        c.paragraphs());
    assertEquals("المستقبل التقني", c.outlet());
    assertEquals("https://example.org/tech/2025/07/nova-cto", c.url());
    assertEquals("2025-07-15", c.published());
  }

  @Test
  void findsTheStoryInTheDensestBlockWhenThereIsNoArticleElement() throws IOException {
    HtmlPage.Content c = read("102_no_article_element.html");
    assertEquals("باحث ينتقل إلى مختبر جديد", c.headline());
    assertEquals(
        List.of(
            "انتقل الباحث عمر الخطيب من مختبر أطلس إلى شركة ميتا الشهر الماضي.",
            "ويعمل الخطيب في مجال التعلم المعزز منذ عام 2019.",
            "تابعونا على جوجل نيوز"),
        c.paragraphs());
    assertEquals("النشرة", c.outlet());
    assertEquals("https://example.org/news/researcher-moves", c.url());
    assertEquals("2025-08-02", c.published());
  }

  @Test
  void readsASavedPageAsAnArticleWithoutItsFooterLine() throws IOException {
    Article a = ArticleReader.standard().read(PAGES.resolve("102_no_article_element.html"));
    assertEquals("102_no_article_element", a.id());
    assertEquals("102_no_article_element.html", a.file());
    assertEquals("باحث ينتقل إلى مختبر جديد\nانتقل الباحث عمر الخطيب من مختبر أطلس إلى شركة ميتا الشهر الماضي.\nويعمل الخطيب في مجال التعلم المعزز منذ عام 2019.", a.text());
    assertEquals(List.of("تابعونا على جوجل نيوز"), a.chrome().footer());
    assertEquals("https://example.org/news/researcher-moves", a.chrome().url());
    assertEquals("2025-08-02", a.chrome().published());
    assertEquals(3, a.sentences().size());
  }

  @Test
  void readsAPageInItsDeclaredCharset() throws IOException {
    String html = "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><article><p>نص الخبر.</p></article></body></html>";
    HtmlPage.Content c = HtmlPage.read(html.getBytes("windows-1256"), "x.html");
    assertEquals("خبر", c.headline());
    assertEquals(List.of("نص الخبر."), c.paragraphs());
  }

  @Test
  void toleratesBrokenJsonLd() throws IOException {
    String html = "<html><head><script type=\"application/ld+json\">{broken</script></head><body><p>سطر.</p></body></html>";
    HtmlPage.Content c = HtmlPage.read(html.getBytes(StandardCharsets.UTF_8), "x.html");
    assertEquals(List.of("سطر."), c.paragraphs());
    assertEquals(null, c.published());
  }

  @Test
  void keepsTheStorysQuotedSpeechAndLeavesEmbeddedPostsAndAdsOut() throws IOException {
    HtmlPage.Content c = read("107_embedded_posts_and_ads.html");
    assertEquals(
        List.of(
            "أعلنت الباحثة نادية الخوري مغادرتها مختبر سيغما للذكاء الاصطناعي بعد أربع سنوات، وانضمامها إلى مختبر أوميغا المنافس.",
            "ونشرت الخوري على منصة إكس رسالة وداع لزملائها:",
            "ولم يعلق مختبر سيغما على رحيلها حتى الآن.",
            "وقال المدير التنفيذي لمختبر أوميغا، جيمس وارد، في بيان:",
            "«نادية من أفضل الباحثين في مجال تقييم النماذج، ووجودها سيسرّع عملنا على أنظمة الأمان».",
            "شاهد أيضا: فيديو.. كيف تختار المختبرات باحثيها؟",
            "وتأتي هذه الخطوة بعد أسبوع من مغادرة باحثَين آخرين سيغما إلى شركات ناشئة.",
            "-إعلان-",
            "وكانت الخوري قد قادت فريق تقييم النماذج في سيغما منذ عام 2022.",
            "تابعوا آخر أخبار التقنية عبر قناتنا على تليجرام"),
        c.paragraphs());
  }

  @Test
  void splitsParagraphsAtLineBreaksAndLeavesLinksAndTheCaptionUnderAnImageOut() throws IOException {
    HtmlPage.Content c = read("103_egyptian_daily.html");
    assertEquals("اقرأ أيضاً..", c.paragraphs().get(2));
    assertEquals("وعمل فؤاد سبع سنوات في شركة نيبولا الأمريكية، حيث شارك في بناء نماذج التعرف على الكلام باللغة العربية.", c.paragraphs().get(3));
    assertEquals("وأضاف البيان أن الشركة تخطط لضخ 200 مليون جنيه في القسم خلال العام المقبل.", c.paragraphs().get(4));
    assertEquals("وأشار إلى أن القسم سيبدأ بتوظيف 15 مهندسا جديدا قبل نهاية العام.", c.paragraphs().get(5));
    assertEquals("اقرأ أيضا:", c.paragraphs().get(6));
    assertEquals(9, c.paragraphs().size());
  }

  @Test
  void takesTheMainOfTwoArticlesNotTheTeaserBeforeIt() throws IOException {
    HtmlPage.Content c = read("109_two_article_elements.html");
    assertEquals("عين مختبر أفق للذكاء الاصطناعي في عمّان البروفيسور يوسف حمدان مديرا للأبحاث، قادما من جامعة أكسفورد البريطانية.", c.paragraphs().get(0));
    assertEquals(4, c.paragraphs().size());
  }

  @Test
  void takesTheHeadlineFromH1AndTheOutletFromTheOgTitlesSuffix() throws IOException {
    HtmlPage.Content c = read("106_h1_headline_title_suffix.html");
    assertEquals("مهندسة سورية تقود فريق الروبوتات في بيرل", c.headline());
    assertEquals("البوابة التقنية", c.outlet());
  }

  @Test
  void cutsTheSiteNameFromOgTitleWhenThereIsNoH1() throws IOException {
    String html = "<html><head><meta property=\"og:title\" content=\"ميتا تعين باحثا - موقع الخبر\">"
        + "<meta property=\"og:site_name\" content=\"موقع الخبر\"></head><body><div><p>نص الخبر.</p></div></body></html>";
    assertEquals("ميتا تعين باحثا", HtmlPage.read(html.getBytes(StandardCharsets.UTF_8), "x.html").headline());
  }

  @Test
  void takesTheStorysH1NotTheLogoInThePageHeader() throws IOException {
    String html = "<html><head><title>موقع الخبر</title></head><body><header><h1 class=\"logo\">موقع الخبر</h1></header>"
        + "<article><h1>ميتا تعين باحثا من جوجل</h1><p>نص الخبر.</p></article></body></html>";
    HtmlPage.Content c = HtmlPage.read(html.getBytes(StandardCharsets.UTF_8), "x.html");
    assertEquals("ميتا تعين باحثا من جوجل", c.headline());
    assertEquals(List.of("نص الخبر."), c.paragraphs());
  }

  @Test
  void readsAStoryOfLinesSplitByBreaksWithoutParagraphs() throws IOException {
    String html = "<html><head><meta property=\"og:title\" content=\"عنوان الخبر\"></head><body>"
        + "<div class=\"newsContent\"><div id=\"NewsStory\">عنوان الخبر<br>سطر أول من الخبر.<br><br>سطر ثان من الخبر.</div></div></body></html>";
    HtmlPage.Content c = HtmlPage.read(html.getBytes(StandardCharsets.UTF_8), "x.html");
    assertEquals(List.of("سطر أول من الخبر.", "سطر ثان من الخبر."), c.paragraphs());
  }

  @Test
  void keepsAnOgTitleWithADashWhenItIsNoSiteName() throws IOException {
    String html = "<html><head><meta property=\"og:title\" content=\"ميتا - أوبن إيه آي: صراع المواهب\">"
        + "</head><body><div><p>نص الخبر.</p></div></body></html>";
    assertEquals("ميتا - أوبن إيه آي: صراع المواهب", HtmlPage.read(html.getBytes(StandardCharsets.UTF_8), "x.html").headline());
  }

  @Test
  void readsTheJsonLdDatePublishedInTheOutletsOwnOffset() throws IOException {
    HtmlPage.Content c = read("104_gulf_broadcaster.html");
    assertEquals("2025-06-12", c.published());
    assertEquals("قناة الخليج الإخبارية", c.outlet());
    assertEquals("https://www.example-gulf.net/news/2025/6/12/sahra-lab-hires", c.url());
  }

  @Test
  void takesTheStoryFromJsonLdArticleBodyWhenThePageHasNone() throws IOException {
    HtmlPage.Content c = read("112_story_only_in_json_ld.html");
    assertEquals(
        List.of("افتتح مختبر نواة للذكاء الاصطناعي مكتبا جديدا في الدوحة يضم 30 باحثا.",
            "وقال المختبر إن المكتب سيركز على تقنيات معالجة اللغة العربية.", "تابعونا على جوجل نيوز"),
        c.paragraphs());
  }

  @Test
  void failsOnASectionPageAtItsBody() {
    UnreadableArticleException e = assertThrows(UnreadableArticleException.class, () -> read("110_section_page_without_story.html"));
    assertEquals(
        "seeds/110_section_page_without_story.html:8:1: error: no story in the page: it has no <article>, articleBody or"
            + " paragraphs outside navigation, lists and footers (save the article's own page, not a section or home page)",
        e.diagnostic("seeds/110_section_page_without_story.html").format());
  }

  @Test
  void failsOnAnEmptyStoryElementAtThatElement() {
    UnreadableArticleException e = assertThrows(UnreadableArticleException.class, () -> read("111_story_loaded_by_script.html"));
    assertEquals(13, e.line());
    assertEquals(5, e.column());
    assertEquals(
        "the story element <div id=\"articleBody\"> has no text: the page may load its story with a script (save the page"
            + " once the story shows, or paste its text into a .txt)",
        e.getMessage());
  }

  @Test
  void failsWhenTheStoryHoldsOnlyChrome() {
    String html = "<html><body>\n<article><h1>عنوان</h1><p>اقرأ أيضاً: خبر آخر</p><p>تابعونا على جوجل نيوز</p></article></body></html>";
    UnreadableArticleException e =
        assertThrows(UnreadableArticleException.class,
            () -> ArticleReader.standard().page("x", "x.html", "", HtmlPage.read(html.getBytes(StandardCharsets.UTF_8), "x.html")));
    assertEquals(
        "x.html:2:1: error: the story holds only page chrome (links, captions, bylines, calls to follow): save the article's own page",
        e.diagnostic("x.html").format());
  }
}
