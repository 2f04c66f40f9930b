package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A thing owned by an organisation ("متصفح "كروم" المملوك لغوغل"): what is bought or invested in
 * is then the owner's, the party of the deal, and the thing itself is no organisation.
 */
final class Owners {
  private static final Set<String> OWNED = Set.of("المملوك", "المملوكه", "التابع", "التابعه");

  private Owners() {}

  /** The owner's match after word {@code last} ("… المملوك لغوغل"), or null. */
  static Gazetteer.Match owner(Tokens t, Gazetteer.Match[] spans, int last) {
    int j = last + 1;
    if (j + 1 >= t.size() || t.gapBefore(j).contains("،") || !OWNED.contains(t.get(j).norm())) {
      return null;
    }
    Gazetteer.Match m = spans[j + 1];
    return m != null && m.first() == j + 1 && m.mention().kind() == EntityKind.COMPANY && t.raw(j + 1).startsWith("ل") ? m : null;
  }

  /**
   * The owner of what follows {@code preposition} in words {@code [from, to)} when that is no
   * organisation ("للاستحواذ على متصفح "كروم" المملوك لغوغل"), or null.
   */
  static Gazetteer.Match after(Tokens t, Gazetteer.Match[] spans, int from, int to, String preposition) {
    for (int j = from; j < t.size() && j < to; j++) {
      if (spans[j] == null && t.get(j).norm().equals(preposition)) {
        for (int k = j + 1; k < t.size() && k <= j + 4 && !t.gapBefore(k).contains("،") && spans[k] == null; k++) {
          Gazetteer.Match owner = owner(t, spans, k);
          if (owner != null) {
            return owner;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** The parties {@code objects}, each owned one replaced by its owner. */
  static List<Gazetteer.Match> of(Tokens t, Gazetteer.Match[] spans, List<Gazetteer.Match> objects) {
    List<Gazetteer.Match> out = new ArrayList<>();
    for (Gazetteer.Match m : objects) {
      Gazetteer.Match owner = owner(t, spans, m.last());
      out.add(owner == null ? m : owner);
    }
    return out;
  }
}
