package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A programme's name is no organisation: a name in quotes right after a word of programmes
 * ({@code cues.txt} [programme]: "برنامج «OpenAI للدول»"، "مبادرة «أمازون للتعليم»") names what an
 * organisation runs, and a known organisation that starts it stays that organisation alone.
 */
final class ProgrammeNames implements Triggered {
  private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile("[\"«“]\\s*$");

  private final Lexicon lex;
  private final Set<String> words;

  ProgrammeNames(Lexicon lex) {
    this.lex = lex;
    this.words = Lexicon.normSet(DataFile.load("cues.txt").words("programme"));
  }

  /** The words of programmes. */
  @Override
  public Set<String> triggers() {
    return words;
  }

  /** {@code names} without the organisations named in quotes after a word of programmes. */
  List<NameFinder.Name> without(List<NameFinder.Name> names, Tokens t) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      int k = n.first() - 1;
      boolean programme = n.kind() == NameFinder.Kind.ORGANISATION && k >= 0 && OPENING.matcher(t.gapBefore(n.first())).find()
          && lex.reading(words, t.get(k).norm()) != null;
      if (!programme) {
        out.add(n);
      }
    }
    return out;
  }
}
