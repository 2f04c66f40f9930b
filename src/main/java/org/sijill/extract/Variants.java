package org.sijill.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Spelling variants of foreign names in Arabic script ({@code variants.txt}): letters that
 * transcribe one foreign sound are folded together (ج غ ق for g: جوجل / غوغل, وانج / وانغ), and the
 * long vowels ا و ي, which writers spell out or leave implicit inside a foreign name (تسلا /
 * تيسلا, زوكربيرج / زوكربرج), are dropped except at the ends of the word. Only words of at least
 * {@link #MIN_LETTERS} letters are folded, and long vowels only dropped from words of at least
 * {@link #MIN_LETTERS_FOR_VOWELS}: shorter ones collide with common words (توتر / تويتر).
 */
public final class Variants {
  static final int MIN_LETTERS = 4;
  static final int MIN_LETTERS_FOR_VOWELS = 5;

  private final Map<Integer, Integer> letters;
  private final Set<Integer> optional;
  private final java.util.Map<String, String> folded = new java.util.concurrent.ConcurrentHashMap<>();

  Variants(Map<Integer, Integer> letters, Set<Integer> optional) {
    this.letters = Map.copyOf(letters);
    this.optional = Set.copyOf(optional);
  }

  static Variants from(DataFile file) {
    Map<Integer, Integer> letters = new HashMap<>();
    for (var row : file.rows("letters")) {
      int target = ArabicText.normalizeString(row.get(0)).codePointAt(0);
      for (String variant : row.subList(1, row.size())) {
        letters.put(variant.codePointAt(0), target);
      }
    }
    Set<Integer> optional = new HashSet<>();
    for (String w : file.words("optional-inside")) {
      optional.add(w.codePointAt(0));
    }
    return new Variants(letters, optional);
  }

  /** Whether {@code word} (normalised) is long enough and Arabic enough to be folded. */
  public boolean foldable(String word) {
    if (word.length() < MIN_LETTERS) {
      return false;
    }
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (!ArabicText.isArabicLetter(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The folded key of normalised {@code word}; the word itself if it is not {@link #foldable}. */
  public String fold(String word) {
    if (word.length() < MIN_LETTERS) {
      return word;
    }
    String known = folded.get(word);
    if (known == null) {
      known = foldable(word) ? foldUncached(word) : word;
      if (folded.size() > Memo.LIMIT) {
        folded.clear();
      }
      folded.put(word, known);
    }
    return known;
  }

  private String foldUncached(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int last = word.length() - 1;
    for (int i = 0; i < word.length(); i++) {
      int c = letters.getOrDefault((int) word.charAt(i), (int) word.charAt(i));
      if (word.length() >= MIN_LETTERS_FOR_VOWELS && i > 0 && i < last && optional.contains(c)) {
        continue;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }
}
