package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A title in the dual before two names joined by "و" names two people ("الباحثان ميشا لاسكين
 * وإيوانيس أنتونوغلو"), whatever their given names: each name is two or three words no list knows,
 * the second after "و", and the pair ends at punctuation, a function word or the end of the sentence.
 */
final class DualNames implements Triggered {
  private static final int LONGEST = 3;
  private static final String AND = "و";

  private final Lexicon lex;

  /** The titles of {@code titles.txt} in the dual ({@link #dualTitle}). */
  private final Set<String> triggers;
  DualNames(Lexicon lex) {
    this.lex = lex;
    this.triggers = Set.copyOf(lex.titleHeads().keySet().stream().map(h -> h + "ان").toList());
  }

  @Override
  public Set<String> triggers() {
    return triggers;
  }

  /** {@code names} with the pairs that dual titles in {@code t} introduce, where no name is found yet. */
  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] taken = Taken.by(t.size(), known, names);
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int i = 0; i + 4 < t.size(); i++) {
      if (taken[i] || !dualTitle(lex, t.get(i).norm()) || !t.gapAfter(i).equals(" ")) {
        continue;
      }
      int second = -1;
      for (int k = i + 1; k <= i + LONGEST + 1 && k < t.size(); k++) {
        if (k > i + 2 && t.get(k).norm().startsWith(AND) && t.get(k).norm().length() > 3) {
          second = k;
          break;
        }
      }
      int last = second < 0 ? -1 : end(t, second);
      if (last < 0 || last - second < 1 || !words(t, taken, i + 1, second - 1, false) || !words(t, taken, second, last, true)) {
        continue;
      }
      out.add(name(t, i + 1, second - 1, 0));
      out.add(name(t, second, last, AND.length()));
      i = last;
    }
    return out;
  }

  /** Whether normalised word {@code w} is a title in the dual: a title of {@code titles.txt} with "ان" ("الباحثان"). */
  static boolean dualTitle(Lexicon lex, String w) {
    return w.length() > 5 && w.endsWith("ان") && lex.reading(lex.titleHeads().keySet(), w.substring(0, w.length() - 2)) != null;
  }

  /** The last word of the name that starts at {@code first}, closed by punctuation or a function word within {@link #LONGEST} words, or -1. */
  private int end(Tokens t, int first) {
    for (int k = first; k < t.size() && k < first + LONGEST; k++) {
      String gap = t.gapAfter(k);
      if (k + 1 == t.size() || !gap.isBlank()) {
        return gap.isBlank() || gap.strip().matches("[،,.:؛]") ? k : -1;
      }
      if (k > first && lex.isFunctionWord(t.get(k + 1).norm())) {
        return k;
      }
    }
    return -1;
  }

  /** Whether words {@code first} to {@code last} are 2 or 3 Arabic words that no list knows, one space apart. */
  private boolean words(Tokens t, boolean[] taken, int first, int last, boolean conjunction) {
    if (last - first < 1 || last - first >= LONGEST) {
      return false;
    }
    for (int k = first; k <= last; k++) {
      String w = conjunction && k == first ? t.get(k).norm().substring(AND.length()) : t.get(k).norm();
      if (taken[k] || !t.get(k).arabic() || w.length() < 3 || w.startsWith("ال") || lex.isKnownWord(w, true) || lex.isFunctionWord(w)
          || k > first && !t.gapBefore(k).equals(" ")) {
        return false;
      }
    }
    return true;
  }

  private static NameFinder.Name name(Tokens t, int first, int last, int skip) {
    int start = t.normalized().originalStart(t.get(first).normStart() + skip);
    int end = t.get(last).end();
    return new NameFinder.Name(first, last, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end));
  }
}
