package org.sijill.articles;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads a plain-text article from {@code seeds/}: hashes it, strips page chrome, splits sentences. */
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

  /** Reads {@code file}; fails with {@link CharacterCodingException} if it is not UTF-8. */
  public Article read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
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

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
