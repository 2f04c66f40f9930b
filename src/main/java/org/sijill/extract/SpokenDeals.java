package org.sijill.extract;

import java.util.List;
import java.util.Set;

/**
 * A speaker is no party to the deal he speaks of: in "وقالت ليزا سو، الرئيسة التنفيذية لـAMD، إن
 * التعاون مع سانمينا سيتيح …" the person right after a verb of saying ({@code moves.txt} [speech])
 * and before a bare "إن" or "أن" only reports what follows, so a deal of the sentence with that
 * person as a party is dropped. "إنه" (the speaker himself) keeps the speaker as the subject.
 */
final class SpokenDeals implements Triggered {
  /** How many words after the speaker the "إن" may be (past his description). */
  private static final int REACH = 16;
  private static final Set<String> THAT = Lexicon.normSet(List.of("إن", "أن"));

  private final Lexicon lex;

  SpokenDeals(Lexicon lex) {
    this.lex = lex;
  }

  /** The verbs of saying. */
  @Override
  public Set<String> triggers() {
    return lex.moves().speech();
  }

  /** {@code found}, the article's deals so far, without the deals of sentence {@code v} whose party only speaks of them. */
  void apply(List<DealFinder.Found> found, SentenceView v) {
    Tokens t = v.tokens();
    for (Gazetteer.Match p : v.people()) {
      int k = p.first() - 1;
      if (k < 0 || v.spans()[k] != null || lex.reading(lex.moves().speech(), t.get(k).norm()) == null || !reports(v, p.last() + 1)) {
        continue;
      }
      String id = p.mention().id();
      found.removeIf(f -> f.source().sentence() == v.sentence().number() && (id.equals(f.subject()) || id.equals(f.object())));
    }
  }

  /** Whether a bare "إن" or "أن" follows from word {@code j} within {@link #REACH} words, no other person before it. */
  private static boolean reports(SentenceView v, int j) {
    for (int k = j; k < v.tokens().size() && k < j + REACH; k++) {
      Gazetteer.Match m = v.spans()[k];
      if (m != null && m.mention().kind() == EntityKind.PERSON) {
        return false;
      }
      if (m == null && THAT.contains(v.tokens().get(k).norm())) {
        return true;
      }
    }
    return false;
  }
}
