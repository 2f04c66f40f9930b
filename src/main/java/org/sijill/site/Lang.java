package org.sijill.site;

import java.util.Locale;

/** The site's languages: Arabic (primary, right to left) and English. */
public enum Lang {
  AR("rtl"),
  EN("ltr");

  private final String dir;

  Lang(String dir) {
    this.dir = dir;
  }

  /** The BCP 47 code and folder name: {@code ar} or {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The text direction: {@code rtl} or {@code ltr}. */
  public String dir() {
    return dir;
  }

  public Lang other() {
    return this == AR ? EN : AR;
  }

  /** The language with {@code code}; Arabic for anything but {@code en}. */
  public static Lang of(String code) {
    return "en".equals(code) ? EN : AR;
  }
}
