package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A return told with the joining it cut short ({@code moves.txt} [return], then "من" and a word of
 * [return-after] and "إلى" later in the sentence: "عاد أ وب إلى «أنثروبيك»، بعد نحو أسبوعين فقط من
 * انضمامهما إلى «أنيسفير»"): each move into X with no origin found in the sentence comes from Y, and
 * the mover had first left X for Y.
 */
final class Returns implements Triggered {
  private static final String FROM = "من";
  private static final String TO = Lexicon.norm("إلى");

  private final Lexicon lex;
  private final Set<String> verbs;
  private final Set<String> after;

  Returns(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.verbs = Lexicon.normSet(file.words("return"));
    this.after = Lexicon.normSet(file.words("return-after"));
  }

  /** The verbs of returning. */
  @Override
  public Set<String> triggers() {
    return verbs;
  }

  /** {@code found}, a sentence's moves, with the returns read as above. */
  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    int verb = -1;
    for (int k = 0; k < t.size() && verb < 0; k++) {
      verb = spans[k] == null && lex.reading(verbs, t.get(k).norm()) != null ? k : -1;
    }
    Gazetteer.Match left = null;
    for (int k = Math.max(verb, 1); verb >= 0 && k + 2 < t.size() && left == null; k++) {
      if (spans[k] == null && t.get(k - 1).norm().equals(FROM) && lex.reading(after, t.get(k).norm()) != null && t.get(k + 1).norm().equals(TO)
          && spans[k + 2] != null && spans[k + 2].first() == k + 2 && v.organisation(spans[k + 2])) {
        left = spans[k + 2];
      }
    }
    if (left == null) {
      return found;
    }
    String y = left.mention().id();
    List<MoveFinder.Found> out = new ArrayList<>();
    for (MoveFinder.Found f : found) {
      if (f.from() != null || f.to() == null || f.to().equals(y) || f.status() != MoveStatus.COMPLETED) {
        out.add(f);
        continue;
      }
      out.add(new MoveFinder.Found(f.person(), y, f.to(), f.date(), f.status(), f.source()));
      out.add(new MoveFinder.Found(f.person(), f.to(), y, null, MoveStatus.COMPLETED, v.source(start(v, f), left.mention().end())));
    }
    return out;
  }

  /** Where the quote of {@code f} starts in the sentence. */
  private static int start(SentenceView v, MoveFinder.Found f) {
    int at = v.text().indexOf(f.source().quote());
    return Math.max(at, 0);
  }
}
