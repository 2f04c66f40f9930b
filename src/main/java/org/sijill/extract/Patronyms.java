package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic names built on "بن" (son of) and "بنت" after a title of rulers and their families
 * ({@code name-cues.txt} [honorific]: "الشيخ طحنون بن زايد"، "الأمير تركي بن فيصل آل سعود"): the
 * given name, the father's and a family after "آل" are one person, whatever list holds them.
 */
final class Patronyms implements Triggered {
  private static final Set<String> SON = Set.of("بن", "بنت");
  private static final String FAMILY = "ال";

  private final Lexicon lex;
  private final Set<String> titles;

  Patronyms(Lexicon lex) {
    this.lex = lex;
    this.titles = Lexicon.normSet(DataFile.load("name-cues.txt").words("honorific"));
  }

  /** The honorific titles. */
  @Override
  public Set<String> triggers() {
    return titles;
  }

  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] taken = Taken.by(t.size(), known, List.of());
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int k = 0; k + 3 < t.size(); k++) {
      Clitics.Stripped title = lex.reading(titles, t.get(k).norm());
      int first = k + 1;
      if (title == null || !SON.contains(t.get(first + 1).norm()) || !word(t, taken, first) || !word(t, taken, first + 2)) {
        continue;
      }
      int last = first + 2;
      if (last + 2 < t.size() && t.get(last + 1).norm().equals(FAMILY) && t.raw(last + 1).equals("آل") && word(t, taken, last + 2)) {
        last += 2;
      }
      int from = first;
      int to = last;
      int start = t.get(first).start();
      int end = t.get(last).end();
      out.removeIf(n -> n.last() >= from && n.first() <= to);
      out.add(new NameFinder.Name(first, last, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end)));
    }
    return out;
  }

  /** Whether word {@code k} is an Arabic word no known name covers, no function word, joined by a space. */
  private boolean word(Tokens t, boolean[] taken, int k) {
    return k < t.size() && !taken[k] && t.get(k).arabic() && t.gapBefore(k).equals(" ") && !lex.isFunctionWord(t.get(k).norm());
  }
}
