package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The person appointed or chosen ({@code moves.txt} [appointing]), described after a comma: "تعيين
 * رقيب حسين، رئيس قطاع المنتجات …"، "اختارت الشركة ليب بو تان، الرئيس التنفيذي الأسبق …" name a person
 * of two or three words, whatever the given name, when each is an Arabic word that no list knows
 * but as a given name, none definite, and a title follows the comma ({@code titles.txt} [head]).
 * The company, its word or a definite noun for it ("الشركة") may stand between the verb and the
 * name; a shorter name found inside is replaced ("بو تان").
 */
final class AppointedNames implements Triggered {
  private static final int LONGEST = 3;
  /** How many words may stand between the verb and the name. */
  private static final int REACH = 3;

  private final Lexicon lex;
  private final Set<String> verbs;

  AppointedNames(Lexicon lex) {
    this(lex, "appointing");
  }

  /** The same rule after the verbs of another section of {@code moves.txt} ([announcing]: "أعلنت أ، نائبة الرئيس …"). */
  AppointedNames(Lexicon lex, String section) {
    this.lex = lex;
    this.verbs = Lexicon.normSet(DataFile.load("moves.txt").words(section));
  }

  /** The verbs of appointing. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] knownAt = Taken.by(t.size(), known, List.of());
    boolean[] org = Taken.by(t.size(), known.stream().filter(m -> m.mention().kind() == EntityKind.COMPANY).toList(),
        names.stream().filter(n -> n.kind() == NameFinder.Kind.ORGANISATION).toList());
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int j = 0; j + 2 < t.size(); j++) {
      if (knownAt[j] || lex.reading(verbs, t.get(j).norm()) == null) {
        continue;
      }
      int k = j + 1;
      while (k < t.size() && k - j <= REACH && (org[k] || lex.reading(lex.orgCues(), t.get(k).norm()) != null) && !t.gapBefore(k).contains("،")) {
        k++;
      }
      int last = k;
      while (last < t.size() && last < k + LONGEST && word(t, knownAt, org, last) && t.gapBefore(last).equals(last == k ? t.gapBefore(k) : " ")
          && !t.gapAfter(last).contains("،")) {
        last++;
      }
      if (last >= t.size() || last == k || !word(t, knownAt, org, last) || !t.gapAfter(last).strip().equals("،") || !titled(t, last + 1)) {
        continue;
      }
      int first = k;
      int end = last;
      if (out.stream().anyMatch(n -> n.first() <= end && n.last() >= first && (n.first() < first || n.last() > end || n.kind() != NameFinder.Kind.PERSON))) {
        continue;
      }
      out.removeIf(n -> n.first() >= first && n.last() <= end);
      int start = t.get(first).start();
      int stop = t.get(end).end();
      out.add(new NameFinder.Name(first, end, start, stop, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, stop)));
      j = end;
    }
    return out;
  }

  /** Whether word {@code k} may be part of a name: Arabic, not definite, no organisation's, and known to no list but as a given name. */
  private boolean word(Tokens t, boolean[] known, boolean[] org, int k) {
    String w = t.get(k).norm();
    return !known[k] && !org[k] && t.get(k).arabic() && w.length() >= 2 && !t.raw(k).startsWith("ال") && !lex.isFunctionWord(w)
        && (lex.givenName(w) != null || !lex.isKnownWord(w, true));
  }

  /** Whether a title starts at word {@code k}. */
  private boolean titled(Tokens t, int k) {
    if (k >= t.size()) {
      return false;
    }
    Clitics.Stripped r = lex.reading(lex.titleHeads(), t.get(k).norm());
    return r != null && r.prefix().isEmpty() || lex.titleHeads().containsKey(t.get(k).norm());
  }
}
