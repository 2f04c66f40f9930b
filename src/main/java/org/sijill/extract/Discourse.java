package org.sijill.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * What the article has been about so far: how often each organisation was named (for "الشركة",
 * the company, and for movers with no organisation in their sentence) and which organisation was
 * last reported hiring (for "المجندين الجدد", the new recruits).
 */
final class Discourse {
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Integer> firstSeen = new HashMap<>();
  private String hiring;

  /** Counts the organisations of a sentence. */
  void read(SentenceView v) {
    for (Gazetteer.Match m : v.organisations()) {
      counts.merge(m.mention().id(), 1, Integer::sum);
      firstSeen.putIfAbsent(m.mention().id(), firstSeen.size());
    }
  }

  /** The organisation named most often so far (the first named among equals), or null. */
  String topic() {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null
          || e.getValue() > counts.get(best)
          || (e.getValue().equals(counts.get(best)) && firstSeen.get(e.getKey()) < firstSeen.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }

  void hiring(String org) {
    hiring = org;
  }

  /** The organisation last reported hiring, else the {@link #topic()}. */
  String hiring() {
    return hiring != null ? hiring : topic();
  }
}
