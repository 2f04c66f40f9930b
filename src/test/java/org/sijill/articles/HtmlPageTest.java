package org.sijill.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
