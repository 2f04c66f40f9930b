package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A seat on a board is no move: "سينضم أ إلى مجلس إدارة X"، "عُيّن أ عضواً في مجلس إدارة X" keep the
 * person where he works. A move whose destination is named only as the company of a board
 * ("مجلس" and "إدارة" or "أمناء" before it, a company's word between allowed) after "إلى" or
 * "في", and not after a word of chairing ([chair]: "رئاسة مجلس إدارة X" is taking the chair), is
 * left out.
 */
final class BoardSeats implements Triggered {
  private static final Set<String> BOARD = Set.of(Lexicon.norm("مجلس"));
  private static final Set<String> RUN = Set.of(Lexicon.norm("إدارة"), Lexicon.norm("أمناء"));
  private static final Set<String> SEAT = Set.of(Lexicon.norm("إلى"), Lexicon.norm("في"));

  private final Lexicon lex;
  private final Set<String> chair;

  BoardSeats(Lexicon lex) {
    this.lex = lex;
    this.chair = Lexicon.normSet(DataFile.load("moves.txt").words("chair"));
  }

  /** "مجلس". */
  @Override
  public Set<String> triggers() {
    return BOARD;
  }

  /** {@code found}, the moves of sentence {@code v}, without those to an organisation named only as a board's. */
  List<MoveFinder.Found> without(SentenceView v, List<MoveFinder.Found> found) {
    List<MoveFinder.Found> out = new ArrayList<>(found.size());
    for (MoveFinder.Found f : found) {
      if (f.to() == null || !onlyBoard(v, f.to())) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether every mention of organisation {@code id} in the sentence is a board's company, and one is. */
  private boolean onlyBoard(SentenceView v, String id) {
    boolean board = false;
    for (Gazetteer.Match m : v.matches()) {
      if (id.equals(m.mention().id())) {
        if (!boardOf(v.tokens(), m.first())) {
          return false;
        }
        board = true;
      }
    }
    return board;
  }

  /** Whether "[إلى|في] مجلس إدارة [شركة]" ends right before word {@code k}, no word of chairing before it. */
  private boolean boardOf(Tokens t, int k) {
    int j = k - 1;
    if (j >= 0 && lex.reading(lex.orgCues(), t.get(j).norm()) != null) {
      j--;
    }
    if (j < 1 || !RUN.contains(t.get(j).norm()) || lex.reading(BOARD, t.get(j - 1).norm()) == null) {
      return false;
    }
    int b = j - 1;
    Clitics.Stripped w = lex.reading(BOARD, t.get(b).norm());
    boolean seat = !w.prefix().isEmpty() && !lex.clitics().isConjunctionOnly(w.prefix()) // "لمجلس"
        || b > 0 && SEAT.contains(t.get(b - 1).norm());
    return seat && (b == 0 || lex.reading(chair, t.get(b - 1).norm()) == null);
  }
}
