package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.facts.MoveStatus;

/**
 * A founding told in a relative clause after the founder ("رينيه جيمس، التي أسست «أمبير» عام 2017
 * بعد ثلاثين عاماً قضتها في «إنتل»"). {@link #names} makes the two or three unknown words before
 * ", الذي/التي" and a founding verb a person, and a name between quotes right after such a verb an
 * organisation; {@link #apply} moves the founder to the organisation founded, from the one after
 * "بعد" and a word of the time spent there or of leaving ({@code moves.txt} [former], [trigger] leave).
 */
final class RelativeFounders implements Triggered {
  private static final int LONGEST = 3;
  private static final int REACH = 12;
  private static final String AFTER = "بعد";

  private final Lexicon lex;
  private final Set<String> founded;
  private final Set<String> relative;
  private final Set<String> former;

  RelativeFounders(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("moves.txt");
    this.founded = Lexicon.normSet(file.words("founded"));
    this.relative = Lexicon.normSet(file.words("relative"));
    this.former = Lexicon.normSet(file.words("former"));
  }

  @Override
  public Set<String> triggers() {
    return founded;
  }

  /** {@code names} with the founders and the quoted organisations of such clauses. */
  List<NameFinder.Name> names(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] taken = Taken.by(t.size(), known, names);
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (int r = 1; r + 1 < t.size(); r++) {
      if (!relative.contains(t.get(r).norm()) || !t.gapBefore(r).strip().equals("،") || lex.reading(founded, t.get(r + 1).norm()) == null) {
        continue;
      }
      int first = r - 1;
      while (first > 0 && r - first < LONGEST && t.gapBefore(first).equals(" ") && free(t, taken, first - 1)) {
        first--;
      }
      if (first < r - 1 && free(t, taken, first) && (first == 0 || !free(t, taken, first - 1))) {
        out.add(name(t, first, r - 1, NameFinder.Kind.PERSON));
      }
      int q = r + 2;
      if (q < t.size() && !taken[q] && t.gapBefore(q).strip().matches("[\"«“]")) {
        for (int k = q; k < t.size() && k < q + LONGEST; k++) {
          if (taken[k] || !t.get(k).arabic()) {
            break;
          }
          if (t.gapAfter(k).strip().startsWith("»") || t.gapAfter(k).strip().startsWith("\"") || t.gapAfter(k).strip().startsWith("”")) {
            out.add(name(t, q, k, NameFinder.Kind.ORGANISATION));
            break;
          }
        }
      }
    }
    return out;
  }

  private boolean free(Tokens t, boolean[] taken, int k) {
    String w = t.get(k).norm();
    return !taken[k] && t.get(k).arabic() && w.length() >= 3 && !t.raw(k).startsWith("ال") && !t.raw(k).startsWith("و")
        && !lex.isKnownWord(w, true) && !lex.isFunctionWord(w);
  }

  private static NameFinder.Name name(Tokens t, int first, int last, NameFinder.Kind kind) {
    int start = t.get(first).start();
    int end = t.get(last).end();
    return new NameFinder.Name(first, last, start, end, kind, kind == NameFinder.Kind.ORGANISATION ? org.sijill.facts.CompanyKind.COMPANY : null,
        t.normalized().original().substring(start, end));
  }

  /** {@code found} with the moves of such clauses: the founder from the organisation left or worked at after "بعد" to the one founded. */
  List<MoveFinder.Found> apply(SentenceView v, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (int r = 1; r + 2 < t.size(); r++) {
      Gazetteer.Match p = spans[r - 1];
      if (p == null || p.mention().kind() != EntityKind.PERSON || !relative.contains(t.get(r).norm()) || !t.gapBefore(r).strip().equals("،")
          || lex.reading(founded, t.get(r + 1).norm()) == null || spans[r + 2] == null || !v.organisation(spans[r + 2])) {
        continue;
      }
      String z = spans[r + 2].mention().id();
      Gazetteer.Match y = leftAfter(v, r + 2);
      String id = p.mention().id();
      if (y != null && !y.mention().id().equals(z) && out.stream().noneMatch(f -> f.person().equals(id) && z.equals(f.to()))) {
        out.add(new MoveFinder.Found(id, y.mention().id(), z, MoveFinder.date(v, r + 1), MoveStatus.COMPLETED,
            v.source(p.mention().start(), Math.max(y.mention().end(), spans[r + 2].mention().end()))));
      }
    }
    return out;
  }

  /** The organisation after "بعد" and, within the clause, a word of time spent or of leaving before it; null if none. */
  private Gazetteer.Match leftAfter(SentenceView v, int k) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    int after = -1;
    boolean past = false;
    for (int i = k + 1; i < t.size() && i <= k + REACH && !t.gapBefore(i).contains("،"); i++) {
      String w = t.get(i).norm();
      if (after < 0) {
        after = w.equals(AFTER) ? i : -1;
        continue;
      }
      if (spans[i] != null) {
        return past && v.organisation(spans[i]) ? spans[i] : null;
      }
      Clitics.Stripped leave = lex.reading(lex.moves().triggers(), w);
      past |= lex.reading(former, w) != null || leave != null && lex.moves().triggers().get(leave.stem()).kind() == MoveWords.Kind.LEAVE;
    }
    return null;
  }
}
