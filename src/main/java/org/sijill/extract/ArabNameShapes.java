package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/** The shapes of words around Arab names, and how a name found by {@link ArabNames} takes its place among the others. */
final class ArabNameShapes {
  private ArabNameShapes() {}

  /**
   * Whether a word with the article has the shape of a common noun rather than a family's name: a
   * taa marbuta ("الجائزة"، "الحاجة") or a verbal noun with a plain alef ("الاستثمار"، "الاجتماع"; a
   * family name is written with hamza: "الأنصاري").
   */
  static boolean nounShape(String raw) {
    String w = bare(raw);
    return w.endsWith("ة") || w.startsWith("الا") && w.length() >= 8;
  }

  /** {@code raw} without its short vowels and other marks. */
  static String bare(String raw) {
    return raw.replaceAll("[\u064B-\u0652\u0670]", "");
  }

  /** Whether word {@code k} has tanween, a case ending no name takes ("شيئًا"). */
  static boolean tanween(Tokens t, int k) {
    String raw = t.raw(k);
    return raw.indexOf('\u064B') >= 0 || raw.indexOf('\u064C') >= 0 || raw.indexOf('\u064D') >= 0 || t.gapAfter(k).startsWith("\u064B");
  }

  /**
   * Whether a name over words {@code [first, last]} may be added: the persons found inside it, or
   * starting inside it, are taken out of {@code out}; any other name over its words keeps it out.
   */
  static boolean replaces(List<NameFinder.Name> out, int first, int last) {
    List<NameFinder.Name> inside = new ArrayList<>();
    for (NameFinder.Name n : out) {
      if (n.last() < first || n.first() > last) {
        continue;
      }
      // a person starting inside is the tail of this one read as a name of its own ("فؤاد جهوده")
      if (n.kind() != NameFinder.Kind.PERSON || n.first() < first || n.last() > last && n.first() == first) {
        return false;
      }
      inside.add(n);
    }
    out.removeAll(inside);
    return true;
  }

  /**
   * {@code names} without a name in Arabic script that is a whole line alone, as a masthead's staff
   * are ("رئيس التحرير" / "ياسر شورى"): it states nothing.
   */
  static List<NameFinder.Name> withoutMastheadLines(List<NameFinder.Name> names, Tokens t) {
    return names.stream()
        .filter(n -> n.kind() != NameFinder.Kind.PERSON || n.first() > 0 || n.last() < t.size() - 1 || !t.get(0).arabic() || !t.gapAfter(n.last()).isBlank())
        .toList();
  }
}
