package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  final Markdown markdown = new Markdown();

  @Test
  void rendersEmphasisAndSafeLinks() {
    assertEquals(
        "<p>Led <em>reasoning</em> work; see <a href=\"https://example.com/x\""
            + " rel=\"nofollow\">this</a>.</p>",
        markdown.render("Led *reasoning* work; see [this](https://example.com/x).", Lang.EN));
  }

  @Test
  void escapesRawHtml() {
    assertEquals(
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; hi</p>",
        markdown.render("<script>alert(1)</script> hi", Lang.EN));
  }

  @Test
  void isolatesLatinRunsInArabicSummaries() {
    assertEquals(
        "<p>انضم إلى <strong><bdi>Meta</bdi></strong> في 2025.</p>",
        markdown.render("انضم إلى **Meta** في 2025.", Lang.AR));
  }
}
