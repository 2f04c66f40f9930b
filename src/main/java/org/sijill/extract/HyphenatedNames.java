package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A name hyphenated in Arabic script ("ليب-بو تان"): two Arabic words joined by a
 * hyphen, and the word after them, none definite, a function word or a word the lists know but as
 * a given name, are one person when a title stands just before ("رئيسها التنفيذي ليب-بو تان"); a
 * shorter name found inside is replaced. A first word that is a
 * listed given name is left to the other name rules ("جاك-بول سارتر" is still read as "بول سارتر").
 */
final class HyphenatedNames {
  private static final List<String> PRONOUNS = List.of("هم", "ها", "ه");
  /** How many words before the name the title may start. */
  private static final int TITLE = 3;

  private final Lexicon lex;

  HyphenatedNames(Lexicon lex) {
    this.lex = lex;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] knownAt = Taken.by(t.size(), known, List.of());
    List<NameFinder.Name> out = null;
    for (int j = 0; j + 2 < t.size(); j++) {
      if (!t.gapAfter(j).equals("-") || lex.givenName(t.get(j).norm()) != null || !word(t, knownAt, j) || !word(t, knownAt, j + 1) || !t.gapAfter(j + 1).equals(" ") || !word(t, knownAt, j + 2)) {
        continue;
      }
      int first = j;
      int last = j + 2;
      boolean titled = titleBefore(t, j);
      List<NameFinder.Name> now = out == null ? names : out;
      if (!titled || now.stream().anyMatch(n -> n.first() <= last && n.last() >= first && (n.first() < first || n.last() > last || n.kind() != NameFinder.Kind.PERSON))) {
        continue;
      }
      out = new ArrayList<>(now);
      out.removeIf(n -> n.first() >= first && n.last() <= last);
      int start = t.get(first).start();
      int end = t.get(last).end();
      out.add(new NameFinder.Name(first, last, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end)));
      j = last;
    }
    return out == null ? names : out;
  }

  private boolean word(Tokens t, boolean[] known, int k) {
    String w = t.get(k).norm();
    return !known[k] && t.get(k).arabic() && w.length() >= 2 && !t.raw(k).startsWith("ال") && !lex.isFunctionWord(w)
        && (lex.givenName(w) != null || !lex.isKnownWord(w, true));
  }

  /** Whether a title's word, a possessive pronoun on it allowed ("رئيسها"), is among the {@link #TITLE} words before word {@code j}, no comma between. */
  private boolean titleBefore(Tokens t, int j) {
    for (int k = j - 1; k >= 0 && j - k <= TITLE && !t.gapAfter(k).contains("،"); k--) {
      String w = t.get(k).norm();
      if (title(w) || PRONOUNS.stream().anyMatch(p -> w.endsWith(p) && w.length() > p.length() + 2 && title(w.substring(0, w.length() - p.length())))) {
        return true;
      }
    }
    return false;
  }

  private boolean title(String w) {
    Clitics.Stripped r = lex.reading(lex.titleHeads(), w);
    return r != null || lex.titleHeads().containsKey("ال" + w);
  }
}
