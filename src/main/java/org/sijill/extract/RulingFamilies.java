package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A chain of names with "بن" that ends in "آل" and the family ("طحنون بن زايد آل نهيان") names the
 * same person as the chain without the family ("طحنون بن زايد"), which news writes as often.
 */
final class RulingFamilies {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String FAMILY = Lexicon.norm("آل");
  private static final Set<String> SON_OF = Set.of(Lexicon.norm("بن"), Lexicon.norm("بنت"), Lexicon.norm("ابن"));

  private RulingFamilies() {}

  /** {@code name} without its trailing "آل" and family when it is such a chain, else null. */
  static String withoutFamily(String name) {
    if (name.chars().filter(c -> c == ' ').count() < 4) { // fewer than five words: most names
      return null;
    }
    String[] words = SPACES.split(name.strip());
    int n = words.length;
    if (n < 5 || !Lexicon.norm(words[n - 2]).equals(FAMILY)) {
      return null;
    }
    for (int i = 1; i < n - 3; i++) {
      if (SON_OF.contains(Lexicon.norm(words[i]))) {
        return String.join(" ", java.util.Arrays.copyOf(words, n - 2));
      }
    }
    return null;
  }

  /**
   * {@code names} without a person that is only "آل" and the family right after a known person
   * ("طحنون بن زايد" known, "الشيخ طحنون بن زايد آل نهيان" read): the family ends that person's name.
   */
  static List<NameFinder.Name> without(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    List<NameFinder.Name> out = null;
    for (NameFinder.Name n : names) {
      int k = n.first();
      boolean family = n.kind() == NameFinder.Kind.PERSON && k > 0 && t.raw(k).equals("آل") && t.gapBefore(k).equals(" ")
          && known.stream().anyMatch(m -> m.last() == k - 1 && m.mention().kind() == EntityKind.PERSON);
      if (family && out == null) {
        out = new ArrayList<>(names);
      }
      if (family) {
        out.remove(n);
      }
    }
    return out == null ? names : out;
  }
}
