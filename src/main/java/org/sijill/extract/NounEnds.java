package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's name does not end in a noun: a third word with a possessive pronoun of the feminine
 * or the plural is the verb's object ("وكرّمت الجامعة خالد يوسف جهودهم": "خالد يوسف"). Such a word
 * is left out of the name. A final ه alone is no sign of a pronoun: Egyptian spelling writes family
 * names so ("محمد أحمد سلامه"، "شحاته"، "حماده"), as it writes a final ة; nor is a final ة before a
 * definite word a noun in construct, as family names end so before an apposition ("أحمد سلامة
 * المدير التنفيذي"). Listed given names stay.
 */
final class NounEnds {
  private NounEnds() {}

  static List<NameFinder.Name> without(Lexicon lex, List<NameFinder.Name> names, Tokens t) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      int k = n.last();
      boolean noun = n.kind() == NameFinder.Kind.PERSON && k > n.first() && t.get(k).arabic()
          && lex.givenNames().get(t.get(k).norm()) == null && possessive(t, k) && k - n.first() >= 2;
      if (!noun) {
        out.add(n);
      } else if (k - 1 > n.first()) {
        int end = t.get(k - 1).end();
        out.add(new NameFinder.Name(n.first(), k - 1, n.start(), end, n.kind(), n.orgKind(),
            t.normalized().original().substring(n.start(), end), n.sameAs()));
      }
    }
    return out;
  }

  /** Whether word {@code k} ends in a possessive pronoun of the feminine or the plural ("جهودها"، "عملهم"). */
  private static boolean possessive(Tokens t, int k) {
    String w = ArabNameShapes.bare(t.raw(k));
    return w.length() >= 4 && (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما"));
  }
}
