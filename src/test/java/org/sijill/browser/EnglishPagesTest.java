package org.sijill.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijill.site.Scripts;

/**
 * Everything on an English page is English, except Arabic that is quoted (names, article text,
 * dates as the article words them), which is marked as Arabic; the same holds for the text
 * machines and link previews read (title, description, Open Graph).
 */
class EnglishPagesTest {
  static BuiltSite site;

  @RegisterExtension
  static final org.junit.jupiter.api.extension.BeforeAllCallback SETUP =
      (ExtensionContext context) -> site = BuiltSite.get(context);

  static boolean hasArabic(String text) {
    return text.codePoints().anyMatch(Scripts::isArabic);
  }

  /** The Arabic in {@code doc} that is not marked as Arabic, head and body. */
  static List<String> unmarkedArabic(Document doc) {
    List<String> unmarked = new ArrayList<>();
    for (Element meta : doc.select("title, meta[name=description], meta[property^=og:]")) {
      String text = meta.tagName().equals("title") ? meta.text() : meta.attr("content");
      if (hasArabic(text)) {
        unmarked.add(HEAD + text);
      }
    }
    NodeTraversor.traverse(
        (Node node, int depth) -> {
          if (node instanceof TextNode text && hasArabic(text.text())) {
            Element marked = ((Element) text.parentNode()).closest("[lang]");
            if (marked == null || !marked.attr("lang").startsWith("ar")) {
              unmarked.add(text.text().strip());
            }
          }
        },
        doc.body());
    return unmarked;
  }

  static final String HEAD = "in the head: ";

  @Test
  void findsArabicThatIsNotMarked() {
    Document doc =
        Jsoup.parse(
            "<html lang=\"en\"><head><title>Meta (ميتا)</title></head><body><p>Meta, "
                + "<bdi lang=\"ar\" dir=\"rtl\">ميتا</bdi>, <span>أوبن</span></p></body></html>");
    assertEquals(List.of(HEAD + "Meta (ميتا)", "أوبن"), unmarkedArabic(doc));
  }

  @Test
  void arabicOnAnEnglishPageIsMarkedAsArabic() throws IOException {
    List<String> unmarked = new ArrayList<>();
    for (String page : site.pages()) {
      if (page.startsWith("en/")) {
        unmarkedArabic(Jsoup.parse(site.dir.resolve(page).toFile()))
            .forEach(text -> unmarked.add(page + ": " + text));
      }
    }
    assertEquals(List.of(), unmarked);
  }
}
