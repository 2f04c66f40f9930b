package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "عبد" never ends a person's name: it is the first half of a compound whose second half follows
 * ({@code arab-names.txt} [servant]), so a name found as "محمد عبد" before "الله" is "محمد عبد الله",
 * and "أحمد عبد" before "الرحمن" is "أحمد عبد الرحمن".
 */
final class ServantEnds {
  private static final String SERVANT = Lexicon.norm("عبد");

  private final Set<String> servant;

  ServantEnds() {
    this.servant = Lexicon.normSet(DataFile.load("arab-names.txt").words("servant"));
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t) {
    List<NameFinder.Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      NameFinder.Name n = names.get(i);
      int k = n.last();
      if (n.kind() == NameFinder.Kind.PERSON && k > n.first() && k + 1 < t.size() && t.get(k).norm().equals(SERVANT)
          && t.gapBefore(k + 1).equals(" ") && servant.contains(t.get(k + 1).norm())) {
        out = out == null ? new ArrayList<>(names) : out;
        int end = t.get(k + 1).end();
        out.set(i, new NameFinder.Name(n.first(), k + 1, n.start(), end, n.kind(), n.orgKind(),
            t.normalized().original().substring(n.start(), end), n.sameAs()));
      }
    }
    return out == null ? names : out;
  }
}
