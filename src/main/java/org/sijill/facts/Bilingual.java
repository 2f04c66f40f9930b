package org.sijill.facts;

/** A text in both of the site's languages; either side may be null while awaiting review. */
public record Bilingual(String en, String ar) {
  public static Bilingual of(String en, String ar) {
    return new Bilingual(en, ar);
  }

  /** The text in {@code lang} ("ar" or "en"), falling back to the other language. */
  public String in(String lang) {
    String wanted = "ar".equals(lang) ? ar : en;
    return wanted != null ? wanted : ("ar".equals(lang) ? en : ar);
  }
}
