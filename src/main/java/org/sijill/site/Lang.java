package org.sijill.site;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/** The site's languages: Arabic (primary, right to left) and English. */
public enum Lang {
  AR("rtl", "ar-u-nu-latn", "ar_AR"),
  EN("ltr", "en-GB", "en_GB");

  private final String dir;
  private final ULocale locale;
  private final String ogLocale;

  Lang(String dir, String locale, String ogLocale) {
    this.dir = dir;
    this.locale = ULocale.forLanguageTag(locale);
    this.ogLocale = ogLocale;
  }

  /**
   * The ICU locale for numbers, plurals and collation. Both languages write Western digits
   * (0-9): the seed articles do, as most Arabic news sites do online.
   */
  public ULocale locale() {
    return locale;
  }

  /** The Open Graph locale: {@code ar_AR} or {@code en_GB}. */
  public String ogLocale() {
    return ogLocale;
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
