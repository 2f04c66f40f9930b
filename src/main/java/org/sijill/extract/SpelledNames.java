package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name between quotes that spells a Latin one ({@code organisations.txt} [letter-names]): its
 * words are letters' names, numbers or words neither definite nor function words, the first a
 * letter's name ("«إم جي إكس»"، "«جي 42»"، "«آي روبوت»") or two of them letters or numbers ("«ويتا إف
 * إكس»"). Such a run is one name whatever its words are alone, a known short name among them
 * ("إكس", X) included; where it is an organisation is decided as for any quoted name, and a
 * spelled name holding a known one is an organisation wherever it stands.
 */
final class SpelledNames {
  /** The most words a spelled name may have. */
  private static final int LONGEST = 4;
  private static final Pattern OPENING = Pattern.compile("[\"«“„]$");
  private static final Pattern CLOSING = Pattern.compile("^[\"»”]");

  private final Lexicon lex;
  private final Set<String> letters;

  SpelledNames(Lexicon lex) {
    this.lex = lex;
    this.letters = Lexicon.normSet(DataFile.load("organisations.txt").words("letter-names"));
  }

  /** {@code phrases}, the quoted runs found, with the spelled names that overlap none of them. */
  List<int[]> with(List<int[]> phrases, Tokens t, Gazetteer.Match[] spans) {
    if (!t.quoted()) {
      return phrases;
    }
    List<int[]> out = new ArrayList<>(phrases);
    for (int j = 0; j < t.size(); j++) {
      int last = OPENING.matcher(t.gapBefore(j)).find() ? last(t, spans, j) : -1;
      int first = j;
      if (last >= 0 && out.stream().noneMatch(p -> p[0] <= last && first <= p[1])) {
        out.add(new int[] {first, last});
      }
    }
    out.sort(java.util.Comparator.comparingInt(p -> p[0]));
    return out;
  }

  /** Whether quoted run {@code phrase} holds a known organisation's name, as only a spelled name can: it names another ("«إم جي إكس»"). */
  boolean holdsKnown(int[] phrase, Gazetteer.Match[] spans) {
    for (int k = phrase[0]; k <= phrase[1]; k++) {
      if (spans[k] != null && spans[k].mention().kind() == EntityKind.COMPANY) {
        return true;
      }
    }
    return false;
  }

  /** The last word of a spelled name starting at word {@code j}, or -1. */
  private int last(Tokens t, Gazetteer.Match[] spans, int j) {
    if (!fits(t, j) || spans[j] != null && spans[j].first() < j) {
      return -1;
    }
    int letters = spelled(t.get(j)) ? 1 : 0;
    boolean known = spans[j] != null;
    for (int m = j + 1; m < t.size() && m - j < LONGEST; m++) {
      if (!t.gapBefore(m).equals(" ") || !fits(t, m) || spans[m] != null && spans[m].last() > m) {
        return -1; // not one run of words, or a known name that goes on past the quotes
      }
      letters += spelled(t.get(m)) ? 1 : 0;
      known &= spans[m] != null;
      if (CLOSING.matcher(t.gapAfter(m)).find()) {
        return !known && (spelled(t.get(j)) && t.get(j).script() != Token.Script.NUMBER || letters >= 2) ? m : -1;
      }
    }
    return -1;
  }

  /** A letter's name or a number. */
  private boolean spelled(Token w) {
    return w.script() == Token.Script.NUMBER || w.arabic() && letters.contains(w.norm());
  }

  /** A letter's name, a number, or an Arabic word neither definite nor a function word. */
  private boolean fits(Tokens t, int m) {
    Token w = t.get(m);
    return spelled(w) || w.arabic() && !w.norm().startsWith("ال") && !lex.isFunctionWord(w.norm());
  }
}
