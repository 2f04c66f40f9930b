package org.sijill.facts;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The SHA-256 of a file's bytes, in hex: what tells whether a fact file changed. */
public final class TextStamp {
  private TextStamp() {}

  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(CacheFile.sha256().digest(bytes));
  }

  /** The stamp of {@code text} written as UTF-8. */
  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }
}
