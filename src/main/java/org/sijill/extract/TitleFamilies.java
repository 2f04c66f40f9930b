package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A title that is also a family name ({@code arab-names.txt} [title-family]: "السيد"، "الشيخ"، "الحاج")
 * ends a name right after a listed given name or a compound with "عبد", one listed father's name
 * between allowed ("وقال محمد السيد إن …"، "أحمد علي الحاج"), when no given name follows it: then it
 * is no title before the next name ("محمد السيد أحمد" stays as the other rules read it).
 */
final class TitleFamilies implements Triggered {
  private static final String SERVANT = "عبد";
  // one set, so that the lexicon remembers what each word finds in it
  private static final Set<String> SERVANT_WORD = Set.of(SERVANT);

  private final Lexicon lex;
  private final Set<String> families;
  private final Set<String> servant;

  TitleFamilies(Lexicon lex) {
    this.lex = lex;
    DataFile file = DataFile.load("arab-names.txt");
    this.families = Lexicon.normSet(file.words("title-family"));
    this.servant = Lexicon.normSet(file.words("servant"));
  }

  /** The titles that are family names. */
  @Override
  public Set<String> triggers() {
    return families;
  }

  /** Where a given name starts: its first word and the clitic before it. */
  private record Start(int first, String prefix) {}

  /** {@code names} with the names ending in a title that is a family name, the persons inside them left out. */
  List<NameFinder.Name> with(List<NameFinder.Name> names, Tokens t, List<Gazetteer.Match> known) {
    boolean[] taken = Taken.by(t.size(), known, List.of());
    List<NameFinder.Name> out = null;
    for (int f = 1; f < t.size(); f++) {
      if (taken[f] || !families.contains(t.get(f).norm()) || !t.raw(f).startsWith("ال") || !t.gapBefore(f).equals(" ")
          || f + 1 < t.size() && t.gapBefore(f + 1).equals(" ") && given(t.get(f + 1).norm())) {
        continue;
      }
      Start s = start(t, f - 1, taken);
      if (s == null && f >= 2 && t.gapBefore(f - 1).equals(" ") && !taken[f - 1] && lex.givenNames().containsKey(t.get(f - 1).norm())) {
        s = start(t, f - 2, taken); // one father's name: "أحمد علي الحاج"
      }
      out = out == null ? new ArrayList<>(names) : out;
      if (s == null || !ArabNameShapes.replaces(out, s.first(), f)) {
        continue;
      }
      int start = t.normalized().originalStart(t.get(s.first()).normStart() + s.prefix().length());
      int end = t.get(f).end();
      out.add(new NameFinder.Name(s.first(), f, start, end, NameFinder.Kind.PERSON, null, t.normalized().original().substring(start, end)));
    }
    return out == null ? names : out;
  }

  /** A given name ending at word {@code k}: a listed one, "عبد" and its word, or the two glued ("عبدالعزيز"); else null. */
  private Start start(Tokens t, int k, boolean[] taken) {
    if (k < 0 || taken[k] || !t.get(k).arabic() || k > 0 && t.gapBefore(k).isEmpty()) {
      return null;
    }
    String w = t.get(k).norm();
    if (k >= 1 && servant.contains(w) && !taken[k - 1] && t.gapBefore(k).equals(" ")) {
      Clitics.Stripped s = lex.reading(SERVANT_WORD, t.get(k - 1).norm());
      return s != null && !s.prefix().endsWith("ال") ? new Start(k - 1, s.prefix()) : null;
    }
    if (w.startsWith(SERVANT) && servant.contains(w.substring(SERVANT.length()))) {
      return new Start(k, "");
    }
    Clitics.Stripped given = lex.reading(lex.givenNames(), w);
    if (given == null || given.prefix().endsWith("ال")
        || !given.prefix().isEmpty() && !lex.clitics().isConjunctionOnly(given.prefix()) && lex.falseFriends().contains(given.stem())) {
      return null;
    }
    return new Start(k, given.prefix());
  }

  /** Whether {@code w} is a listed given name or starts a compound with "عبد". */
  private boolean given(String w) {
    return lex.givenNames().containsKey(w) || w.startsWith(SERVANT);
  }
}
