package org.sijill.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the runs of the other script in a text: Latin names inside Arabic, Arabic words inside
 * English. A run starts at a letter of the foreign script and ends at its last letter or digit;
 * spaces and a few joining marks ({@code . ' & - /}) inside it are kept in the run.
 */
public final class Scripts {
  private static final String LATIN_JOINERS = " \u00a0.'\u2019&-_/+:@#";
  private static final String ARABIC_JOINERS = " \u00a0-\u060c\u061b";

  /** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: isolation in plain text, where no tag can go. */
  static final char FSI = '\u2068';

  static final char PDI = '\u2069';

  /** Code points below this are looked up in the tables, which hold the predicates' answers. */
  private static final int TABLED = 0x800;

  private static final boolean[] LATIN = new boolean[TABLED];
  private static final boolean[] ARABIC = new boolean[TABLED];

  static {
    for (int cp = 0; cp < TABLED; cp++) {
      LATIN[cp] = latinLetter(cp);
      ARABIC[cp] = arabic(cp);
    }
  }

  private Scripts() {}

  /**
   * {@code text} as a {@link Txt} in {@code lang}, its foreign-script runs marked for isolation.
   */
  public static Txt in(Lang lang, String text) {
    return new Txt(lang.code(), lang.dir(), runs(lang, text));
  }

  /** Cuts {@code text} into runs; the runs together are exactly {@code text}. */
  public static List<Txt.Run> runs(Lang lang, String text) {
    List<Txt.Run> runs = new ArrayList<>();
    int plainStart = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isForeignLetter(lang, cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = runEnd(lang, text, i);
      if (i > plainStart) {
        runs.add(new Txt.Run(text.substring(plainStart, i), false));
      }
      runs.add(new Txt.Run(text.substring(i, end), true));
      plainStart = end;
      i = end;
    }
    if (plainStart < text.length() || runs.isEmpty()) {
      runs.add(new Txt.Run(text.substring(plainStart), false));
    }
    return runs;
  }

  /** Whether {@code cp} is a letter of the Latin script (a-z, accented letters). */
  public static boolean isLatinLetter(int cp) {
    return cp < TABLED ? LATIN[cp] : latinLetter(cp);
  }

  private static boolean latinLetter(int cp) {
    return Character.isLetter(cp)
        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }

  /** Whether {@code cp} is a letter or digit of the Arabic script. */
  public static boolean isArabic(int cp) {
    return cp < TABLED ? ARABIC[cp] : arabic(cp);
  }

  private static boolean arabic(int cp) {
    return Character.isLetterOrDigit(cp)
        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
  }

  /** Whether {@code text} holds any Latin letter. */
  public static boolean hasLatin(String text) {
    return text.codePoints().anyMatch(Scripts::isLatinLetter);
  }

  /**
   * The first Latin run of {@code text} outside the isolates (FSI, LRI or RLI … PDI) it opens and
   * closes itself, or null when there is none.
   */
  static String unisolatedLatin(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == FSI || cp == '\u2066' || cp == '\u2067') {
        depth++;
      } else if (cp == PDI && depth > 0) {
        depth--;
      } else if (depth == 0 && isLatinLetter(cp)) {
        return text.substring(i, runEnd(Lang.AR, text, i));
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  private static boolean isForeignLetter(Lang lang, int cp) {
    return lang == Lang.AR ? isLatinLetter(cp) : isArabic(cp);
  }

  /** The end of the run starting at {@code start}: after its last letter, digit or mark. */
  private static int runEnd(Lang lang, String text, int start) {
    String joiners = lang == Lang.AR ? LATIN_JOINERS : ARABIC_JOINERS;
    int end = start;
    int i = start;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int type = Character.getType(cp);
      if (isForeignLetter(lang, cp)
          || Character.isDigit(cp)
          || type == Character.NON_SPACING_MARK
          || type == Character.FORMAT) {
        end = next;
      } else if (joiners.indexOf(cp) < 0) {
        break;
      }
      i = next;
    }
    return end;
  }
}
