package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's name does not end in a noun: a third word with a possessive pronoun is the verb's
 * object ("وشكرت الشركة خالد يوسف جهوده": "خالد يوسف"), and a word in ة right before a definite
 * word is a noun in construct ("ووو رئاسة المنتج": no "وو رئاسة"). Such a word is left out of the
 * name, and a name left with one word is none. Listed given names ("أسامة الباز") stay.
 */
final class NounEnds {
  private NounEnds() {}

  static List<NameFinder.Name> without(Lexicon lex, List<NameFinder.Name> names, Tokens t) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      int k = n.last();
      boolean noun = n.kind() == NameFinder.Kind.PERSON && k > n.first() && t.get(k).arabic()
          && lex.givenNames().get(t.get(k).norm()) == null && (possessive(t, k) && k - n.first() >= 2 || construct(t, k));
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

  /** Whether word {@code k} ends in a possessive pronoun ("جهوده"، "زملاءها"، "عملهم"), not in the "يه" of a name ("أندريه"). */
  private static boolean possessive(Tokens t, int k) {
    String w = ArabNameShapes.bare(t.raw(k));
    return w.length() >= 4 && !w.startsWith("عبد") && (w.endsWith("ه") && !w.endsWith("يه") && !w.endsWith("اه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما"));
  }

  /** Whether word {@code k} ends in ة and a definite word follows it after a space ("رئاسة المنتج"). */
  private static boolean construct(Tokens t, int k) {
    return ArabNameShapes.bare(t.raw(k)).endsWith("ة") && k + 1 < t.size() && t.gapBefore(k + 1).equals(" ") && t.raw(k + 1).startsWith("ال");
  }
}
