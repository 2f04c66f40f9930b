package org.sijill.extract;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a rule is to read a sentence ({@link Triggered}), from the sentence's words worked out
 * once: every clitic reading of every word ({@link Clitics#candidates}), kept with the words
 * ({@link Tokens#stems}).
 */
final class Triggers {
  private Triggers() {}

  /** Whether {@code rule} is to read words {@code t}: it declares no triggers, or {@code t} holds one. */
  static boolean on(Object rule, Tokens t, Clitics clitics) {
    if (!(rule instanceof Triggered r)) {
      return true;
    }
    Set<String> triggers = r.triggers();
    if (triggers.isEmpty()) {
      return true;
    }
    Set<String> stems = t.stems(clitics);
    if (triggers.size() <= stems.size()) {
      for (String w : triggers) {
        if (stems.contains(w)) {
          return true;
        }
      }
      return false;
    }
    for (String w : stems) {
      if (triggers.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Every clitic reading of every word of {@code t}. */
  static Set<String> stems(Tokens t, Clitics clitics) {
    Set<String> out = new HashSet<>(t.size() * 4);
    for (int k = 0; k < t.size(); k++) {
      for (Clitics.Stripped s : clitics.candidates(t.get(k).norm())) {
        out.add(s.stem());
      }
    }
    return out;
  }

  /** The keys of {@code map} that {@code keep} accepts, as an unchanging set: a rule's triggers taken from a shared list. */
  static <V> Set<String> keys(Map<String, V> map, Predicate<Map.Entry<String, V>> keep) {
    Set<String> out = new HashSet<>();
    map.entrySet().stream().filter(keep).forEach(e -> out.add(e.getKey()));
    return Set.copyOf(out);
  }
}
