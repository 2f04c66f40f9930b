package org.sijill.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a rule is to read a sentence ({@link Triggered}). The triggers of the rules given when
 * made are indexed together, each rule by one bit, so that a sentence's words are looked up once for
 * all of them ({@link #mask}, kept with the words); a rule not given is looked for word by word.
 */
final class Triggers {
  /** How many rules one mask holds. */
  private static final int BITS = Long.SIZE;

  private final Clitics clitics;
  private final Map<Object, Long> bits = new IdentityHashMap<>();
  /** For each trigger word, the bits of the rules it triggers. */
  private final Map<String, Long> masks = new HashMap<>();

  /** Indexes the triggers of {@code rules} (those that declare some; past {@link #BITS} rules, the rest are looked for word by word). */
  Triggers(Clitics clitics, List<?> rules) {
    this.clitics = clitics;
    for (Object rule : rules) {
      if (rule instanceof Triggered r && !r.triggers().isEmpty() && bits.size() < BITS && !bits.containsKey(rule)) {
        long bit = 1L << bits.size();
        bits.put(rule, bit);
        r.triggers().forEach(w -> masks.merge(w, bit, (a, b) -> a | b));
      }
    }
  }

  /** Whether {@code rule} is to read words {@code t}: it declares no triggers, or a clitic reading of one of the words is one. */
  boolean on(Object rule, Tokens t) {
    if (!(rule instanceof Triggered r) || r.triggers().isEmpty()) {
      return true;
    }
    Long bit = bits.get(rule);
    return bit != null ? (t.triggers(this) & bit) != 0 : holds(r.triggers(), t, clitics);
  }

  /** The bits of the indexed rules that words {@code t} trigger: every clitic reading of every word looked up once. */
  long mask(Tokens t) {
    long out = 0;
    for (int k = 0; k < t.size(); k++) {
      for (Clitics.Stripped s : clitics.candidates(t.get(k).norm())) {
        Long m = masks.get(s.stem());
        if (m != null) {
          out |= m;
        }
      }
    }
    return out;
  }

  /** Whether a clitic reading of one of the words {@code t} is in {@code triggers}. */
  static boolean holds(Set<String> triggers, Tokens t, Clitics clitics) {
    for (int k = 0; k < t.size(); k++) {
      for (Clitics.Stripped s : clitics.candidates(t.get(k).norm())) {
        if (triggers.contains(s.stem())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The keys of {@code map} that {@code keep} accepts, as an unchanging set: a rule's triggers taken from a shared list. */
  static <V> Set<String> keys(Map<String, V> map, Predicate<Map.Entry<String, V>> keep) {
    Set<String> out = new HashSet<>();
    map.entrySet().stream().filter(keep).forEach(e -> out.add(e.getKey()));
    return Set.copyOf(out);
  }
}
