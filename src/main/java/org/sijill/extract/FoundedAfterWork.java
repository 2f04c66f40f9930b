package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.MoveStatus;

/**
 * A founding told with where its founders worked before ("وأسس أ «X» بعد أن عمل في Y"، "وكان
 * الاثنان قد أسسا X بعد سنوات من العمل في Y": {@code moves.txt} [founded], [worked-before]) is a
 * move of the founders from Y to X. The founders are the people named between the founding word and
 * X, else those before the word in its clause, else the pair or group a word of [collective] before
 * it stands for, the last the article reported moving together.
 */
final class FoundedAfterWork {
  /** How many words after the founding word X may start, after X "بعد", after "بعد" the word of work, after it Y. */
  private static final int REACH = 4;
  private static final String AFTER = "بعد";

  private FoundedAfterWork() {}

  static List<MoveFinder.Found> with(Lexicon lex, SentenceView v, Discourse d, List<MoveFinder.Found> found) {
    Tokens t = v.tokens();
    Gazetteer.Match[] spans = v.spans();
    List<MoveFinder.Found> out = new ArrayList<>(found);
    for (int j = 0; j < t.size(); j++) {
      if (spans[j] != null || lex.reading(lex.moves().founded(), t.get(j).norm()) == null) {
        continue;
      }
      Gazetteer.Match x = next(v, j, REACH);
      int after = x == null ? -1 : at(t, x.last() + 1, REACH, AFTER);
      int work = after < 0 ? -1 : worked(lex, t, after + 1);
      Gazetteer.Match y = work < 0 ? null : next(v, work, REACH);
      if (y == null || y.mention().id().equals(x.mention().id())) {
        continue;
      }
      for (String p : founders(lex, v, d, j, x)) {
        if (out.stream().noneMatch(f -> f.person().equals(p) && x.mention().id().equals(f.to()) && f.from() != null)) {
          out.removeIf(f -> f.person().equals(p) && x.mention().id().equals(f.to()));
          out.add(new MoveFinder.Found(p, y.mention().id(), x.mention().id(), null, MoveStatus.COMPLETED,
              v.source(t.get(j).start(), y.mention().end())));
        }
      }
    }
    return out;
  }

  /** The first match within {@code reach} words after word {@code k}, before a comma, if an organisation; else null. */
  private static Gazetteer.Match next(SentenceView v, int k, int reach) {
    Tokens t = v.tokens();
    for (int i = k + 1; i < t.size() && i <= k + reach && !t.gapBefore(i).contains("،"); i++) {
      Gazetteer.Match m = v.spans()[i];
      if (m != null && m.mention().kind() != EntityKind.PERSON) {
        return v.organisation(m) ? m : null;
      }
    }
    return null;
  }

  /** The index of {@code word} within {@code reach} words from {@code k}, or -1. */
  private static int at(Tokens t, int k, int reach, String word) {
    for (int i = k; i < t.size() && i < k + reach && !t.gapBefore(i).contains("،"); i++) {
      if (t.get(i).norm().equals(word)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of a word of work within {@link #REACH} words from {@code k}, or -1. */
  private static int worked(Lexicon lex, Tokens t, int k) {
    for (int i = k; i < t.size() && i < k + REACH && !t.gapBefore(i).contains("،"); i++) {
      if (lex.reading(lex.moves().workedBefore(), t.get(i).norm()) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The founders of a founding at word {@code j} of organisation {@code x}, as person keys. */
  private static List<String> founders(Lexicon lex, SentenceView v, Discourse d, int j, Gazetteer.Match x) {
    Tokens t = v.tokens();
    List<String> between = new ArrayList<>();
    List<String> before = new ArrayList<>();
    for (Gazetteer.Match p : v.people()) {
      if (p.first() > j && p.last() < x.first()) {
        between.add(p.mention().id());
      } else if (p.last() < j && !commaBetween(t, p.last(), j)) {
        before.add(p.mention().id());
      }
    }
    if (!between.isEmpty() || !before.isEmpty()) {
      return between.isEmpty() ? before : between;
    }
    for (int k = Math.max(0, j - 3); k < j; k++) {
      Integer size = lex.moves().collective().get(t.get(k).norm());
      if (size != null) {
        return d.group(size);
      }
    }
    return List.of();
  }

  private static boolean commaBetween(Tokens t, int a, int b) {
    for (int i = a + 1; i <= b; i++) {
      if (t.gapBefore(i).contains("،")) {
        return true;
      }
    }
    return false;
  }
}
