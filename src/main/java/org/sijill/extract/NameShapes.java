package org.sijill.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The shapes of words that start no name, and the choice among overlapping names, for {@link NameFinder}. */
final class NameShapes {
  private NameShapes() {}

  /** Whether a word has the form of an imperfect verb, يفعل ("يقدم حزم تعويضات"): no name starts so. */
  static boolean imperfectVerb(String w) {
    return w.length() == 4 && w.charAt(0) == 'ي' && "اوي".indexOf(w.charAt(1)) < 0;
  }

  /**
   * Whether an indefinite word has the form of a verbal noun, تفعيل, that says what a unit does
   * ("فريق تجنيد خاص", a recruiting team): no name.
   */
  static boolean verbalNoun(String w) {
    return w.length() == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي';
  }

  /** The names left when overlapping ones give way to the one that starts first, then the longest. */
  static List<NameFinder.Name> withoutOverlaps(List<NameFinder.Name> names) {
    List<NameFinder.Name> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(NameFinder.Name::start).thenComparingInt(n -> -(n.end() - n.start())).thenComparing(NameFinder.Name::kind));
    List<NameFinder.Name> out = new ArrayList<>();
    int end = -1;
    for (NameFinder.Name n : sorted) {
      if (n.start() >= end) {
        out.add(n);
        end = n.end();
      }
    }
    return out;
  }
}
