package org.sijill.extract;

import java.util.regex.Pattern;
import java.util.Locale;

/**
 * The consonant skeleton of a name, to recognise one name written in both scripts: "Musk" and
 * "ماسك" are both {@code msk}, "Ruddarraju" and "روداراجو" both {@code rdrj}. Arabic is romanised
 * first; digraphs are merged (ch, sh and tsh; kh; gh; th; dh; ph), sounds that Arabic writes with one
 * letter are merged (v f, p b, g j, q c k, z s: Arabic writes the voiced s of "Joseph" ز), then vowels, w, y, h and doubled letters go.
 */
final class Skeleton {
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
  /** A skeleton needs this many consonants before two names are taken to be the same. */
  static final int MIN_CONSONANTS = 3;

  private final Romaniser romaniser;

  Skeleton(Romaniser romaniser) {
    this.romaniser = romaniser;
  }

  String of(String word) {
    String s =
        word.codePoints().anyMatch(ArabicText::isArabicLetter)
            ? romaniser.romanise(word).replace(" ", "")
            : NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    s = s.replace("tsh", "C").replace("ch", "C").replace("sh", "C").replace("kh", "K").replace("gh", "G")
        .replace("th", "T").replace("dh", "D").replace("ph", "f").replace("ck", "k");
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      char m = switch (c) {
        case 'v' -> 'f';
        case 'p' -> 'b';
        case 'g', 'G' -> 'j';
        case 'q', 'c', 'K' -> 'k';
        case 'C' -> 'c';
        case 'T' -> 't';
        case 'D' -> 'd';
        case 'x' -> 'k';
        case 'z' -> 's';
        case 'a', 'e', 'i', 'o', 'u', 'w', 'y', 'h' -> ' ';
        default -> c;
      };
      if (m != ' ' && (out.length() == 0 || out.charAt(out.length() - 1) != m)) {
        out.append(m);
      }
    }
    return out.toString();
  }

  /**
   * The skeletons of a name's words ({@code word} gives each), joined by spaces; null when a word
   * has none or the whole has fewer than four consonants, too few to compare.
   */
  static String ofName(String[] words, java.util.function.UnaryOperator<String> word) {
    StringBuilder b = new StringBuilder();
    int letters = 0;
    for (String w : words) {
      String sk = word.apply(w);
      if (sk.isEmpty()) {
        return null;
      }
      letters += sk.length();
      b.append(b.length() == 0 ? "" : " ").append(sk);
    }
    return letters >= 4 ? b.toString() : null;
  }

  /**
   * A skeleton with the hissing and hushing sounds made one ({@code s}, {@code c}, {@code j}): the
   * Arabic spellings of one foreign name differ most there (Zhao: زهاو، زاو، تشاو).
   */
  static String loose(String skeleton) {
    StringBuilder out = new StringBuilder();
    for (char c : skeleton.toCharArray()) {
      char m = c == 'c' || c == 'j' ? 's' : c;
      if (m == ' ' || out.length() == 0 || out.charAt(out.length() - 1) != m) {
        out.append(m);
      }
    }
    return out.toString();
  }

  /** Whether two words have the same skeleton of at least {@link #MIN_CONSONANTS} consonants. */
  boolean same(String a, String b) {
    String sa = of(a);
    return sa.length() >= MIN_CONSONANTS && sa.equals(of(b));
  }
}
