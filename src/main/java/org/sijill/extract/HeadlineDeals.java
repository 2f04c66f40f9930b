package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A headline's deal told again in the text: the headline names some of the parties ("X تجمع 6
 * مليارات دولار … بمشاركة إنفيديا"), the text all of them. A deal of the headline (sentence 1)
 * with the same type, the same other party and the same amount as a deal of the text whose
 * parties include all of its own is that deal, and is dropped.
 */
final class HeadlineDeals {
  private HeadlineDeals() {}

  static List<DealFinder.Found> absorbed(List<DealFinder.Found> found) {
    List<DealFinder.Found> out = new ArrayList<>();
    for (DealFinder.Found f : found) {
      boolean told = f.source().sentence() == 1 && f.amount() != null
          && found.stream().anyMatch(g -> g.source().sentence() > 1 && covers(g, f));
      if (!told) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean covers(DealFinder.Found body, DealFinder.Found head) {
    return body.type() == head.type() && body.object().equals(head.object()) && body.amount() != null
        && body.amount().amount().compareTo(head.amount().amount()) == 0 && body.amount().currency().equals(head.amount().currency())
        && parties(body).containsAll(parties(head)) && parties(body).size() > parties(head).size();
  }

  private static Set<String> parties(DealFinder.Found f) {
    Set<String> out = new HashSet<>(f.others());
    out.add(f.subject());
    out.addAll(f.partners());
    out.addAll(f.sellers());
    return out;
  }
}
