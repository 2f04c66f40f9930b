package org.sijill.extract;

import com.ibm.icu.text.Normalizer2;
import java.lang.Character.UnicodeScript;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Normalisation of Arabic (and Latin) text for matching, never for display: NFKC; Lucene's
 * {@link ArabicNormalizer} (alef forms to ا, ى to ي, ة to ه, harakat and tatweel removed); other
 * combining marks and format characters (ZWNJ, RLM …) removed; Persian keheh and yeh to ك and ي;
 * Arabic-Indic digits, ٫ ٬ ٪ and ۔ to ASCII; curly quotes and guillemets to {@code "} and
 * {@code '}; dashes to {@code -}; Latin lower-cased. Lengths change, so {@link Normalized} maps each
 * normalised character back to the original.
 */
public final class ArabicText {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final ArabicNormalizer LUCENE = new ArabicNormalizer();
  /** Marks a code point of {@link #COMMON} that needs NFKC first. */
  private static final int NOT_INERT = Integer.MIN_VALUE;
  /** {@link #fold} after NFKC of every code point below U+0800 (Latin, Arabic) that NFKC maps to one. */
  private static final int[] COMMON = common();

  private ArabicText() {}

  /** {@code text} normalised for matching, with offsets back into {@code text}. */
  public static Normalized normalize(String text) {
    Out out = new Out(text);
    char[] one = new char[1];
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp < COMMON.length && COMMON[cp] != NOT_INERT) {
        out.append(COMMON[cp], i, next);
      } else if (NFKC.isInert(cp)) {
        out.append(fold(cp, one), i, next);
      } else {
        String composed = NFKC.normalize(new String(Character.toChars(cp)));
        for (int j = 0; j < composed.length(); ) {
          int c = composed.codePointAt(j);
          j += Character.charCount(c);
          out.append(fold(c, one), i, next);
        }
      }
      i = next;
    }
    return out.normalized();
  }

  /**
   * {@link #normalize} of each code point below U+0800 alone: its fold when NFKC leaves it as it
   * is or makes one code point of it (as for alef, which only composes with a mark after it), else
   * {@link #NOT_INERT}.
   */
  private static int[] common() {
    int[] table = new int[0x800];
    char[] one = new char[1];
    for (int cp = 0; cp < table.length; cp++) {
      if (NFKC.isInert(cp)) {
        table[cp] = fold(cp, one);
        continue;
      }
      String composed = NFKC.normalize(new String(Character.toChars(cp)));
      boolean single = composed.codePointCount(0, composed.length()) == 1;
      table[cp] = single ? fold(composed.codePointAt(0), one) : NOT_INERT;
    }
    return table;
  }

  /** One code point after NFKC, mapped and passed through Lucene's normaliser; -1 to drop it. */
  private static int fold(int c, char[] one) {
    int mapped = map(c);
    if (mapped >= 0 && UnicodeScript.of(mapped) == UnicodeScript.ARABIC && mapped <= 0xFFFF) {
      one[0] = (char) mapped;
      mapped = LUCENE.normalize(one, 1) == 0 ? -1 : one[0];
    }
    return mapped;
  }

  /** The normalised text as it grows, each character with the original span it came from. */
  private static final class Out {
    private final String text;
    private final StringBuilder out;
    private int[] starts;
    private int[] ends;

    Out(String text) {
      this.text = text;
      this.out = new StringBuilder(text.length());
      this.starts = new int[text.length() * 2 + 4];
      this.ends = new int[starts.length];
    }

    /** Appends {@code cp} (nothing if negative), which came from {@code [start, end)}. */
    void append(int cp, int start, int end) {
      if (cp < 0) {
        return;
      }
      if (out.length() + 2 > starts.length) {
        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
      }
      int before = out.length();
      out.appendCodePoint(cp);
      for (int k = before; k < out.length(); k++) {
        starts[k] = start;
        ends[k] = end;
      }
    }

    Normalized normalized() {
      return new Normalized(
          text, out.toString(), java.util.Arrays.copyOf(starts, out.length()), java.util.Arrays.copyOf(ends, out.length()));
    }
  }

  /** The normalised text alone. */
  public static String normalizeString(String text) {
    return normalize(text).text();
  }

  /** One code point after NFKC, or -1 to drop it. */
  private static int map(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || c == 0x0640) {
      return -1;
    }
    if (type == Character.DECIMAL_DIGIT_NUMBER && c > 0x7F) {
      return '0' + Character.digit(c, 10);
    }
    switch (c) {
      case 0x066B: // ٫ Arabic decimal separator
      case 0x06D4: // ۔ Arabic full stop
        return '.';
      case 0x066C: // ٬ Arabic thousands separator
        return ',';
      case 0x066A: // ٪
        return '%';
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
        return '"';
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return '\'';
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        return '-';
      case 0x06A9: // ک keheh
        return 0x0643;
      case 0x06CC: // ی Farsi yeh
        return 0x064A;
      case 0x0671: // ٱ alef wasla
        return 0x0627;
      default:
        break;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    return Character.toLowerCase(c);
  }

  public static boolean isArabicLetter(int cp) {
    if (cp < 0x0600) {
      return false;
    }
    if (cp <= 0x06FF) {
      return Character.isLetter(cp);
    }
    return Character.isLetter(cp) && UnicodeScript.of(cp) == UnicodeScript.ARABIC;
  }

  public static boolean isLatinLetter(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    return Character.isLetter(cp) && UnicodeScript.of(cp) == UnicodeScript.LATIN;
  }

  /** Number of letters in {@code s}. */
  public static int letters(String s) {
    return (int) s.codePoints().filter(Character::isLetter).count();
  }

  /**
   * Letters that do not join the next letter (ا د ذ ر ز و ة ى ء and alef forms): a missing space
   * after one of them is invisible in print, which is how words get glued ("ميتاأطلق").
   */
  public static boolean isNonJoining(char c) {
    return "اأإآدذرزوؤةىء".indexOf(c) >= 0;
  }
}
