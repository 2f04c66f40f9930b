package org.sijill.extract;

import java.util.List;
import org.sijill.facts.CompanyKind;

/**
 * Organisations introduced by name: a unit, team, lab or company "known as" a name ("وحدة البنية
 * التحتية الداخلية، المعروفة باسم فريق التوسع"). The noun it names is the nearest one before the
 * phrase in {@code cues.txt}; a product's name ("نموذج … المعروف باسم o1") is no organisation. The
 * name runs to the next punctuation, at most {@link #MAX_WORDS} words.
 */
final class NamedAs {
  private static final int MAX_WORDS = 4;
  /** How many words before the phrase its noun may be. */
  private static final int REACH = 6;
  private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\"“”«»]");

  private final Lexicon lex;

  NamedAs(Lexicon lex) {
    this.lex = lex;
  }

  /** Adds the organisation named after word {@code i} if it opens "known as". */
  void find(List<NameFinder.Name> out, Tokens t, int i, Gazetteer.Match[] spans) {
    if (lex.reading(lex.namedAs(), t.get(i).norm()) == null) {
      return;
    }
    int k = i + 1;
    while (k < t.size() && t.gapBefore(k).isBlank() && lex.reading(lex.namedAsSkip(), t.get(k).norm()) != null) {
      k++;
    }
    if (k >= t.size() || !t.gapBefore(k).isBlank() || !(t.get(k).norm().equals("باسم") || t.get(k).norm().equals("ب"))) {
      return;
    }
    CompanyKind kind = noun(t, i);
    int first = k + 1;
    if (kind == null || kind == CompanyKind.PRODUCT || first >= t.size() || spans[first] != null) {
      return;
    }
    int last = first;
    while (last + 1 < t.size() && last + 1 - first < MAX_WORDS && spans[last + 1] == null
        && QUOTES.matcher(t.gapBefore(last + 1)).replaceAll("").isBlank() && !lex.isFunctionWord(t.get(last + 1).norm())) {
      last++;
    }
    int start = t.get(first).start();
    int end = t.get(last).end();
    out.add(new NameFinder.Name(first, last, start, end, NameFinder.Kind.ORGANISATION, kind, t.normalized().original().substring(start, end)));
  }

  /** The kind of the noun the phrase names, or null: the nearest cue or unit word before word {@code i}. */
  private CompanyKind noun(Tokens t, int i) {
    for (int j = i - 1; j >= 0 && i - j <= REACH; j--) {
      Token tok = t.get(j);
      if (!tok.arabic()) {
        return null;
      }
      Clitics.Stripped unit = lex.reading(lex.units(), tok.norm());
      if (unit != null) {
        return CompanyKind.LAB;
      }
      Clitics.Stripped cue = lex.reading(lex.orgCues(), tok.norm());
      if (cue != null) {
        return lex.orgCues().get(cue.stem());
      }
    }
    return null;
  }
}
