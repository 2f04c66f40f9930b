package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.CompanyKind;

/**
 * A known organisation in Latin script followed, one space on, by a Latin organisation's name of
 * its own ("Goldman Sachs Asset Management"): one longer name, the arm's, not the known one
 * followed by a second organisation ("Asset Management").
 */
final class LatinLongerNames {
  private LatinLongerNames() {}

  /** {@code names} with each such pair made one organisation. */
  static List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    List<NameFinder.Name> out = null;
    for (Gazetteer.Match m : known) {
      int j = m.last() + 1;
      if (m.mention().kind() != EntityKind.COMPANY || j >= t.size() || !t.get(m.last()).latin() || !t.gapBefore(j).equals(" ")) {
        continue;
      }
      for (NameFinder.Name n : out == null ? names : out) {
        if (n.first() == j && n.kind() == NameFinder.Kind.ORGANISATION && n.orgKind() != CompanyKind.PRODUCT && t.get(j).latin()) {
          out = out == null ? new ArrayList<>(names) : out;
          out.remove(n);
          int start = m.mention().start();
          out.add(new NameFinder.Name(m.first(), n.last(), start, n.end(), NameFinder.Kind.ORGANISATION, n.orgKind(),
              t.normalized().original().substring(start, n.end())));
          break;
        }
      }
    }
    return out == null ? names : out;
  }
}
