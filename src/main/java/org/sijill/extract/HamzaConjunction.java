package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A name never starts with "و" written before a hamza on alef ("وإكين"، "وأحمد"): that "و" is the
 * conjunction of a list of people ("أ، …، وإكين كوبوك، الباحث …"), so a person's name found with it
 * starts after it.
 */
final class HamzaConjunction {
  private HamzaConjunction() {}

  static List<NameFinder.Name> without(List<NameFinder.Name> names, Tokens t) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      String raw = t.normalized().original().substring(n.start(), Math.min(n.end(), n.start() + 2));
      boolean conjunction = n.kind() == NameFinder.Kind.PERSON && n.last() > n.first() && raw.length() == 2 && raw.charAt(0) == 'و'
          && "إأآ".indexOf(raw.charAt(1)) >= 0;
      out.add(conjunction
          ? new NameFinder.Name(n.first(), n.last(), n.start() + 1, n.end(), n.kind(), n.orgKind(), n.text().substring(1), n.sameAs())
          : n);
    }
    return out;
  }
}
