package org.sijill.extract;

import java.util.Arrays;
import java.util.List;

/** Which words of a sentence are already named: by a known name or by a name found before. */
final class Taken {
  private Taken() {}

  /** One flag per word of a sentence of {@code size} words, set where {@code known} or {@code names} cover it. */
  static boolean[] by(int size, List<Gazetteer.Match> known, List<NameFinder.Name> names) {
    boolean[] taken = new boolean[size];
    known.forEach(m -> Arrays.fill(taken, m.first(), m.last() + 1, true));
    names.forEach(n -> Arrays.fill(taken, n.first(), n.last() + 1, true));
    return taken;
  }

  /** The match covering each word of a sentence of {@code size} words, null where none does. */
  static Gazetteer.Match[] spans(int size, List<Gazetteer.Match> matches) {
    Gazetteer.Match[] spans = new Gazetteer.Match[size];
    matches.forEach(m -> Arrays.fill(spans, m.first(), m.last() + 1, m));
    return spans;
  }

  /** Whether words {@code first} to {@code last} are Arabic words none of {@code taken}. */
  static boolean freeArabic(Tokens t, boolean[] taken, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (taken[k] || !t.get(k).arabic()) {
        return false;
      }
    }
    return true;
  }
}
