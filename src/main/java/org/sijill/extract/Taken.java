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
}
