package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * Taking the chair of a board ({@code moves.txt} [chair-verb], [chair]): "شون باركر، الذي أصبح
 * رئيساً تنفيذياً لمجلس الإدارة"، "الذي سيتولى رئاسة مجلس إدارة الشركة" is the person's joining the
 * company whose board it is: the organisation right after "مجلس إدارة", else (the board, the
 * company) the organisation the article is about. The person is the last one named before the
 * verb, no other between; done after a verb of the past, else expected. A person with a move
 * already found in the sentence is left as found.
 */
final class ChairsTaken implements Triggered {
  /** How many words after the verb the board may be, and before it the person. */
  private static final int BOARD = 4;
  private static final int PERSON = 16;
  private static final String BOARD_WORD = Lexicon.norm("مجلس");
  // one set, so that the lexicon remembers what each word finds in it
  private static final Set<String> BOARD_WORDS = Set.of(BOARD_WORD);

  private final Lexicon lex;
  private final Map<String, Boolean> verbs = new HashMap<>();
  private final Set<String> chair;

  ChairsTaken(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    file.rows("chair-verb").forEach(r -> verbs.put(Lexicon.norm(r.get(0)), r.get(1).equals("done")));
    this.chair = Lexicon.normSet(file.words("chair"));
  }

  /** The verbs of taking a post. */
  @Override
  public Set<String> triggers() {
    return verbs.keySet();
  }

  /** {@code found} with the chairs taken in sentence {@code v}. */
  List<MoveFinder.Found> apply(SentenceView v, Discourse d, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (int k = 1; k < t.size(); k++) {
      Clitics.Stripped verb = spans[k] == null ? lex.reading(verbs.keySet(), t.get(k).norm()) : null;
      int board = verb == null ? -1 : board(t, spans, k);
      Gazetteer.Match person = board < 0 ? null : personBefore(v, k);
      if (person == null || out.stream().anyMatch(f -> f.person().equals(person.mention().id()))) {
        continue;
      }
      String to = company(v, board, d);
      if (to != null) {
        MoveStatus status = verbs.get(verb.stem()) ? MoveStatus.COMPLETED : MoveStatus.EXPECTED;
        out.add(new MoveFinder.Found(person.mention().id(), null, to, MoveFinder.date(v, k), status,
            v.source(person.mention().start(), t.get(board).end())));
      }
    }
    return out;
  }

  /** The word "مجلس" after a word of chairing within {@link #BOARD} words after the verb at {@code k}, or -1. */
  private int board(Tokens t, Gazetteer.Match[] spans, int k) {
    boolean chaired = false;
    for (int j = k + 1; j < t.size() && j <= k + BOARD && spans[j] == null && !t.gapBefore(j).contains("،"); j++) {
      Clitics.Stripped w = lex.reading(BOARD_WORDS, t.get(j).norm());
      if (chaired && w != null) {
        return j;
      }
      chaired |= lex.reading(chair, t.get(j).norm()) != null;
    }
    return -1;
  }

  /** The last person before word {@code k} within {@link #PERSON} words, or null. */
  private static Gazetteer.Match personBefore(SentenceView v, int k) {
    Gazetteer.Match last = null;
    for (Gazetteer.Match p : v.people()) {
      if (p.last() < k && k - p.last() <= PERSON) {
        last = p;
      }
    }
    return last;
  }

  /** The organisation whose board word {@code b} is: named after "إدارة", else the article's. */
  private static String company(SentenceView v, int b, Discourse d) {
    Tokens t = v.tokens();
    int j = b + 1;
    if (j < t.size() && t.get(j).norm().equals(Lexicon.norm("إدارة")) && j + 1 < t.size()) {
      Gazetteer.Match m = v.spans()[j + 1];
      if (m != null && v.organisation(m)) {
        return m.mention().id();
      }
      if (m != null || !t.raw(j + 1).startsWith("ال")) {
        return null;
      }
    }
    return d.topic();
  }
}
