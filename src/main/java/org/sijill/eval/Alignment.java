package org.sijill.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.extract.ArabicText;

/**
 * Pairs proposed entities with gold entities, one to one, by the spellings they share: each shared
 * spelling counts two, an equal id one (ids agree when the fact base or the list of well-known
 * organisations names an entity). The best-scoring pairs are taken first; ties go by ids, so the
 * result does not depend on input order.
 */
final class Alignment {
  /** A proposed entity: its id and every spelling it has. */
  record Proposed(String id, List<String> spellings) {}

  private Alignment() {}

  /** Proposed id to gold id, for the pairs found. */
  static Map<String, String> align(List<Proposed> proposed, List<GoldEntity> gold) {
    record Pair(String proposed, String gold, int score) {}
    List<Pair> pairs = new ArrayList<>();
    for (Proposed p : proposed) {
      Set<String> keys = keys(p.spellings());
      for (GoldEntity g : gold) {
        Set<String> shared = new HashSet<>(keys);
        shared.retainAll(keys(g.names()));
        int score = 2 * shared.size() + (p.id().equals(g.id()) ? 1 : 0);
        if (score > 0) {
          pairs.add(new Pair(p.id(), g.id(), score));
        }
      }
    }
    pairs.sort(Comparator.comparingInt((Pair x) -> -x.score()).thenComparing(Pair::proposed).thenComparing(Pair::gold));
    Map<String, String> out = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Pair x : pairs) {
      if (!out.containsKey(x.proposed()) && !taken.contains(x.gold())) {
        out.put(x.proposed(), x.gold());
        taken.add(x.gold());
      }
    }
    return out;
  }

  /** Spellings compared without marks, punctuation, letter forms or case. */
  static Set<String> keys(List<String> spellings) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : spellings) {
      if (s != null) {
        String k = key(s);
        if (!k.isEmpty()) {
          out.add(k);
        }
      }
    }
    return out;
  }

  static String key(String spelling) {
    StringBuilder b = new StringBuilder();
    for (String w : ArabicText.normalizeString(spelling).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(w);
      }
    }
    return b.toString();
  }
}
