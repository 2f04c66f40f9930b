package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A move to a rival with no origin ("أبرزهم يان لايكه الذي انتقل إلى منافستها «أنثروبيك»",
 * {@code moves.txt} [rival] right before the destination, an organisation's word between or
 * not): the move leaves the organisation the article is about, named most often so far other than
 * the destination, when one is.
 */
final class RivalDestinations implements Triggered {
  private final Lexicon lex;
  private final Set<String> rivals;

  RivalDestinations(Lexicon lex) {
    this.lex = lex;
    this.rivals = Lexicon.normSet(DataFile.load("moves.txt").words("rival"));
  }

  @Override
  public Set<String> triggers() {
    return rivals;
  }

  /** {@code found} with the origins of moves to a rival. */
  List<MoveFinder.Found> apply(SentenceView v, Discourse d, List<MoveFinder.Found> found) {
    List<MoveFinder.Found> out = null;
    for (int i = 0; i < found.size(); i++) {
      MoveFinder.Found f = found.get(i);
      if (f.from() != null || f.to() == null || !rival(v, f.to())) {
        continue;
      }
      String from = d.topicOtherThan(f.to(), id -> false);
      if (from != null) {
        out = out == null ? new ArrayList<>(found) : out;
        out.set(i, new MoveFinder.Found(f.person(), from, f.to(), f.date(), f.status(), f.source()));
      }
    }
    return out == null ? found : out;
  }

  /** Whether a rival's word stands right before organisation {@code id} in {@code v}, its word between or not. */
  private boolean rival(SentenceView v, String id) {
    Tokens t = v.tokens();
    for (Gazetteer.Match o : v.organisations()) {
      if (!o.mention().id().equals(id)) {
        continue;
      }
      for (int k = o.first() - 1; k >= 0 && o.first() - k <= 2; k--) {
        String w = t.get(k).norm();
        if (lex.reading(rivals, w) != null) {
          return true;
        }
        if (lex.reading(lex.orgCues(), w) == null) {
          break;
        }
      }
    }
    return false;
  }
}
