package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.ArticleReader;
import org.sijill.diag.Diagnostic;

class SeedReaderTest {
  @TempDir Path root;

  @Test
  void readsEveryArticleInNameOrderWithAProblemForEachFileThatCannotBeOne() throws Exception {
    Path seeds = Files.createDirectories(root.resolve("seeds"));
    for (int i = 0; i < 40; i++) {
      Files.writeString(
          seeds.resolve(String.format("a%03d.txt", i)),
          "عنوان رقم " + i + "\n\nجملة أولى. جملة ثانية.\n",
          StandardCharsets.UTF_8);
    }
    Files.writeString(seeds.resolve("Bad-Name.txt"), "عنوان\n", StandardCharsets.UTF_8);
    Files.write(seeds.resolve("b001.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    Files.writeString(seeds.resolve("b002.txt"), "\n\n", StandardCharsets.UTF_8);

    SeedReader.Result result = new SeedReader(ArticleReader.standard()).read(root);

    assertEquals(40, result.articles().size());
    assertEquals("a000", result.articles().firstKey());
    assertEquals("عنوان رقم 39", result.articles().get("a039").title());
    assertEquals(
        List.of(
            "seeds/Bad-Name.txt:1:1: error: article file names must be lowercase ASCII letters,"
                + " digits and '_' before .txt or .html",
            "seeds/b001.txt:1:1: error: not UTF-8 text: save the article as UTF-8",
            "seeds/b002.txt:1:1: error: the article has no text"),
        result.diagnostics().stream().map(Diagnostic::format).toList());
  }

  @Test
  void reportsASavedPageWithoutAStoryAtItsLineAndColumn() throws Exception {
    Path seeds = Files.createDirectories(root.resolve("seeds"));
    Files.writeString(seeds.resolve("a001.txt"), "عنوان\n\nجملة أولى.\n", StandardCharsets.UTF_8);
    Files.writeString(
        seeds.resolve("p001.html"),
        "<html>\n<body>\n  <nav><a href=\"/\">الرئيسية</a></nav>\n  <ul><li><a href=\"/1\">خبر</a></li></ul>\n</body>\n</html>\n",
        StandardCharsets.UTF_8);

    SeedReader.Result result = new SeedReader(ArticleReader.standard()).read(root);

    assertEquals(List.of("a001"), List.copyOf(result.articles().keySet()));
    assertEquals(
        List.of(
            "seeds/p001.html:2:1: error: no story in the page: it has no <article>, articleBody or paragraphs outside"
                + " navigation, lists and footers (save the article's own page, not a section or home page)"),
        result.diagnostics().stream().map(Diagnostic::format).toList());
  }
}
