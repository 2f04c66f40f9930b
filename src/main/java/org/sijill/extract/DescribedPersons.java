package org.sijill.extract;

import java.util.List;

/**
 * Words after a person's description between commas are not the title's holder: in "Peter Sarlin،
 * الرئيس التنفيذي والمؤسس المشارك لـSilo AI، سيواصل قيادة الفريق" the title describes the person
 * before it, so "سيواصل قيادة" is no name. A name found right after such a description, whose
 * first word is no listed given name, is dropped; one with a listed given name ("…، جنسن هوانغ")
 * or joined by "و" (the next of a list: "…، وسني مدرا، رئيس الشركة") stays.
 */
final class DescribedPersons {
  /** How many words the description may take. */
  private static final int LONGEST = 12;

  private final Lexicon lex;

  DescribedPersons(Lexicon lex) {
    this.lex = lex;
  }

  /** {@code names} without the names that follow a person's description. */
  List<NameFinder.Name> without(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    Gazetteer.Match[] spans = Taken.spans(t.size(), known);
    return names.stream().filter(n -> !described(n, names, t, known, spans)).toList();
  }

  private boolean described(NameFinder.Name n, List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known, Gazetteer.Match[] spans) {
    int g = n.first();
    if (n.kind() != NameFinder.Kind.PERSON || g < 3 || !comma(t, g) || !t.get(g).arabic() || t.raw(g).startsWith("و") || lex.reading(lex.givenNames(), t.get(g).norm()) != null) {
      return false;
    }
    int c = g - 1;
    while (c > 0 && g - c <= LONGEST && !comma(t, c)) {
      c--;
    }
    if (c < 1 || !comma(t, c) || TitlePhrase.at(t, c, lex, spans) == null) {
      return false;
    }
    int before = c - 1;
    return known.stream().anyMatch(m -> m.mention().kind() == EntityKind.PERSON && m.last() == before)
        || names.stream().anyMatch(p -> p.kind() == NameFinder.Kind.PERSON && p.last() == before);
  }

  private static boolean comma(Tokens t, int k) {
    return t.gapBefore(k).contains("،") || t.gapBefore(k).contains(",");
  }
}
