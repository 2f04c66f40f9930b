package org.sijill.articles;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads an article from {@code seeds/}: a plain-text {@code .txt} or a saved page ({@code .html},
 * {@code .htm}, read by {@link HtmlPage}); hashes it, strips page chrome, splits sentences.
 */
public final class ArticleReader {
  private final ChromeStripper chrome;
  private final SentenceSplitter splitter;

  public ArticleReader(ChromeStripper chrome, SentenceSplitter splitter) {
    this.chrome = chrome;
    this.splitter = splitter;
  }

  public static ArticleReader standard() {
    return new ArticleReader(new ChromeStripper(ChromeRules.standard()), SentenceSplitter.standard());
  }

  /** Whether {@code fileName} names an article this reader reads. */
  public static boolean isArticle(String fileName) {
    return fileName.endsWith(".txt") || isPage(fileName);
  }

  private static boolean isPage(String fileName) {
    return fileName.endsWith(".html") || fileName.endsWith(".htm");
  }

  /**
   * Reads {@code file}; a text file that is not UTF-8 fails with {@link CharacterCodingException}, a
   * saved page without a story with {@link UnreadableArticleException}.
   */
  public Article read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String fileName = file.getFileName().toString();
    if (isPage(fileName)) {
      return page(fileName.substring(0, fileName.lastIndexOf('.')), fileName, sha256(bytes), HtmlPage.read(bytes, fileName));
    }
    String raw =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes))
            .toString();
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return parse(dot < 0 ? name : name.substring(0, dot), name, sha256(bytes), raw);
  }

  /** Builds an article from text already in memory. */
  public Article parse(String id, String fileName, String sha256, String raw) {
    if (raw.startsWith("\uFEFF")) {
      raw = raw.substring(1);
    }
    ChromeStripper.Result stripped = chrome.strip(raw);
    String text = String.join("\n", stripped.paragraphs());
    return new Article(id, fileName, sha256, text, splitter.split(text), stripped.chrome());
  }

  /**
   * Builds an article from a saved page's content: its headline, then its paragraphs without chrome;
   * fails if nothing but chrome is left of them.
   */
  public Article page(String id, String fileName, String sha256, HtmlPage.Content page) throws UnreadableArticleException {
    ChromeStripper.Result stripped = chrome.strip(String.join("\n", page.paragraphs()), false);
    if (stripped.paragraphs().isEmpty()) {
      throw new UnreadableArticleException(page.line(), page.column(),
          "the story holds only page chrome (links, captions, bylines, calls to follow): save the article's own page");
    }
    List<String> lines = new ArrayList<>();
    if (page.headline() != null && !page.headline().isBlank()) {
      lines.add(page.headline());
    }
    lines.addAll(stripped.paragraphs());
    String text = String.join("\n", lines);
    PageChrome c = stripped.chrome();
    PageChrome meta =
        new PageChrome(c.masthead(), c.dateline(), c.footer(), page.outlet() != null ? page.outlet() : c.outlet(), page.url(), page.published());
    return new Article(id, fileName, sha256, text, splitter.split(text), meta);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
