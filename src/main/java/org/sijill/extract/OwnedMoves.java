package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * No move between an organisation and its owner named with it ("الرئيس التنفيذي لمنصة «غيت هب»
 * المملوكة لمايكروسوفت"): the owner is the employer's parent, not a second employer left or joined.
 */
final class OwnedMoves {
  private OwnedMoves() {}

  static List<MoveFinder.Found> without(SentenceView v, List<MoveFinder.Found> found) {
    List<MoveFinder.Found> out = new ArrayList<>(found.size());
    for (MoveFinder.Found f : found) {
      if (f.from() == null || f.to() == null || !owned(v, f.from(), f.to()) && !owned(v, f.to(), f.from())) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether the sentence names organisation {@code thing} followed by "المملوك(ة) لـ" {@code owner}. */
  private static boolean owned(SentenceView v, String thing, String owner) {
    for (Gazetteer.Match m : v.matches()) {
      if (m.mention().id() != null && m.mention().id().equals(thing)) {
        Gazetteer.Match o = Owners.owner(v.tokens(), v.spans(), m.last());
        if (o != null && owner.equals(o.mention().id())) {
          return true;
        }
      }
    }
    return false;
  }
}
