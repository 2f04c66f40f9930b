package org.sijill.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The short names of one article's Latin organisation names: the name without its last word when
 * that is one of {@code organisations.txt} [short-after] ("Inflection AI": "Inflection"), each
 * worked out once per article, and whether the article writes a short name alone.
 */
final class ShortOrgNames {
  private final Lexicon lex;
  private final Map<String, Optional<String>> known = new HashMap<>();

  ShortOrgNames(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * {@code name} without its last word when that is a word of [short-after] and what is left
   * starts with a capital and has four letters or more; else null.
   */
  String of(String name) {
    return known.computeIfAbsent(name, this::uncached).orElse(null);
  }

  private Optional<String> uncached(String name) {
    String stripped = name.strip();
    int space = stripped.lastIndexOf(' ');
    if (space <= 0 || stripped.codePoints().anyMatch(ArabicText::isArabicLetter)
        || !lex.shortenedAfter().contains(stripped.substring(space + 1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String rest = stripped.substring(0, space).strip();
    boolean named = Character.isUpperCase(rest.codePointAt(0)) && rest.codePoints().filter(Character::isLetter).count() >= 4;
    return named ? Optional.of(rest) : Optional.empty();
  }

  /** Whether {@code text} writes {@code shortName} somewhere other than at the start of {@code name}. */
  static boolean alone(String text, String shortName, String name) {
    for (int i = text.indexOf(shortName); i >= 0; i = text.indexOf(shortName, i + 1)) {
      if (!text.startsWith(name, i)) {
        return true;
      }
    }
    return false;
  }
}
