package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The first half of a compound never ends a person's name when its second half follows
 * ({@code arab-names.txt}): "عبد" before one of [servant] ("محمد عبد" before "الله" is "محمد عبد
 * الله", "أحمد عبد" before "الرحمن" is "أحمد عبد الرحمن"), and a word of [theophoric] before "الله"
 * ("أحمد فرج" before "الله" is "أحمد فرج الله").
 */
final class CompoundEnds {
  private static final String SERVANT = Lexicon.norm("عبد");
  private static final String GOD = Lexicon.norm("الله");

  private final Set<String> servant;
  private final Set<String> theophoric;

  CompoundEnds() {
    DataFile names = DataFile.load("arab-names.txt");
    this.servant = Lexicon.normSet(names.words("servant"));
    this.theophoric = Lexicon.normSet(names.words("theophoric"));
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t) {
    List<NameFinder.Name> out = null;
    for (int i = 0; i < names.size(); i++) {
      NameFinder.Name n = names.get(i);
      int k = n.last();
      if (n.kind() == NameFinder.Kind.PERSON && k > n.first() && k + 1 < t.size() && t.gapBefore(k + 1).equals(" ")
          && secondHalf(t.get(k).norm(), t.get(k + 1).norm())) {
        out = out == null ? new ArrayList<>(names) : out;
        int end = t.get(k + 1).end();
        out.set(i, new NameFinder.Name(n.first(), k + 1, n.start(), end, n.kind(), n.orgKind(),
            t.normalized().original().substring(n.start(), end), n.sameAs()));
      }
    }
    return out == null ? names : out;
  }

  /** Whether {@code next} completes the compound that {@code last} begins. */
  private boolean secondHalf(String last, String next) {
    return last.equals(SERVANT) ? servant.contains(next) : next.equals(GOD) && theophoric.contains(last);
  }
}
