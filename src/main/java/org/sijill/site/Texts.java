package org.sijill.site;

import org.sijill.facts.Bilingual;

/** {@link Txt} from the fact base's bilingual strings. */
final class Texts {
  private Texts() {}

  /**
   * {@code text} in {@code lang}, or in the other language when that side is missing; null if none.
   */
  static Txt of(Bilingual text, Lang lang) {
    if (text == null) {
      return null;
    }
    String wanted = side(text, lang);
    if (wanted != null) {
      return Scripts.in(lang, wanted);
    }
    String other = side(text, lang.other());
    return other == null ? null : Scripts.in(lang.other(), other);
  }

  /** The name in {@code lang} and, when both sides exist and differ, in the other language. */
  static Parts.Name name(Bilingual name, String id, Lang lang) {
    Txt main = of(name, lang);
    if (main == null) {
      return new Parts.Name(Scripts.in(Lang.EN, id), null);
    }
    String wanted = side(name, lang);
    String other = side(name, lang.other());
    boolean both = wanted != null && other != null && !wanted.equals(other);
    return new Parts.Name(main, both ? Scripts.in(lang.other(), other) : null);
  }

  /** The label for an entity: its name in {@code lang}, or its id when it has no name. */
  static Txt label(Bilingual name, String id, Lang lang) {
    Txt text = of(name, lang);
    return text != null ? text : Scripts.in(Lang.EN, id);
  }

  private static String side(Bilingual text, Lang lang) {
    String value = lang == Lang.AR ? text.ar() : text.en();
    return value == null || value.isBlank() ? null : value;
  }
}
