package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whoever welcomes or praises a move ({@code moves.txt} [welcome]) is not the one who moves:
 * "ورحّب ديميس هاسابيس، الرئيس التنفيذي لـ«غوغل ديب مايند»، بانضمام الباحث"، "وهنّأ أ زميله
 * بتعيينه". The welcomer is the person named right after the verb; when a word of moving with "ب"
 * ("بانضمام"، "بتعيينه") follows him, the sentence's moves of his are left out.
 */
final class Welcomers implements Triggered {
  /** How many words may stand between the verb and the welcomer's name. */
  private static final int SUBJECT = 2;

  private final Lexicon lex;
  private final Set<String> verbs;

  Welcomers(Lexicon lex) {
    this.lex = lex;
    this.verbs = Lexicon.normSet(DataFile.load("moves.txt").words("welcome"));
  }

  /** The verbs of welcoming. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  /** {@code found}, the moves of sentence {@code v}, without the welcomer's. */
  List<MoveFinder.Found> without(SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    List<MoveFinder.Found> out = found;
    for (int k = 0; k < t.size(); k++) {
      Clitics.Stripped verb = v.spans()[k] == null ? lex.reading(verbs, t.get(k).norm()) : null;
      Gazetteer.Match welcomer = verb == null ? null : subject(v, k);
      if (welcomer != null && movedWith(t, welcomer.last() + 1, t.size())) {
        String id = welcomer.mention().id();
        out = new ArrayList<>(out);
        out.removeIf(f -> id.equals(f.person()));
      }
    }
    return out;
  }

  /** The person named within {@link #SUBJECT} words after the verb at {@code k}, no word of moving between, or null. */
  private Gazetteer.Match subject(SentenceView v, int k) {
    for (Gazetteer.Match p : v.people()) {
      if (p.first() > k && p.first() - k <= SUBJECT + 1) {
        return movedWith(v.tokens(), k + 1, p.first()) ? null : p; // "رحّبت إنتل بانضمام أ": أ joins
      }
    }
    return null;
  }

  /** Whether a word of moving with the preposition "ب" comes from word {@code from} up to {@code to} (excluded). */
  private boolean movedWith(Tokens t, int from, int to) {
    for (int j = from; j < to; j++) {
      Clitics.Stripped s = lex.reading(lex.moves().triggers(), t.get(j).norm());
      if (s != null && s.prefix().endsWith("ب")) {
        return true;
      }
    }
    return false;
  }
}
