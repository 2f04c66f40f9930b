package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijill.facts.Move;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Source;

/**
 * Merges the moves found for one person: the same move told twice, or told in halves ("ترك
 * OpenAI" and "OpenAI > Meta") when the known ends agree; one source per sentence, the one that states more. Halves never make a move back to where it left.
 * An offer turned down is never the same move as one made: "رفض عرضًا من ميتا" and a later "انضم
 * إلى ميتا" are two moves ({@link Refusals} keeps the refusal only when it is told as earlier).
 */
final class Moves {
  private Moves() {}

  static List<Move> merge(String person, List<MoveFinder.Found> found, Map<String, String> ids) {
    List<Move> out = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    for (MoveFinder.Found f : found) {
      if (!f.person().equals(person)) {
        continue;
      }
      String from = f.from() == null ? null : ids.get(f.from());
      String to = f.to() == null ? null : ids.get(f.to());
      Move move =
          new Move(from, to, f.date() == null ? null : f.date().iso(), f.date() == null ? null : f.date().text(), f.status(), List.of(f.source()));
      int index = -1;
      for (int i = 0; i < out.size(); i++) {
        Move m = out.get(i);
        boolean same = java.util.Objects.equals(m.from(), from) && java.util.Objects.equals(m.to(), to);
        boolean halves =
            fits(m.from(), from) && fits(m.to(), to)
                && (sentences.get(i) == f.source().sentence() || (m.from() != null && m.from().equals(from)) || (m.to() != null && m.to().equals(to)));
        String joinedFrom = m.from() != null ? m.from() : from;
        halves &= joinedFrom == null || !joinedFrom.equals(m.to() != null ? m.to() : to);
        boolean refused = (m.status() == MoveStatus.DECLINED) != (f.status() == MoveStatus.DECLINED);
        if ((same || halves) && !refused) {
          index = i;
          break;
        }
      }
      if (index < 0) {
        out.add(move);
        sentences.add(f.source().sentence());
      } else {
        out.set(index, combine(out.get(index), move));
      }
    }
    return out;
  }

  /** Whether quote {@code q} of a sentence states more than {@code old}: it holds it, or the date. */
  private static boolean better(String q, String old, String dateText) {
    if (q.contains(old) || old.contains(q)) {
      return q.length() > old.length();
    }
    boolean dated = dateText != null && q.contains(dateText);
    boolean oldDated = dateText != null && old.contains(dateText);
    return dated != oldDated ? dated : q.length() > old.length();
  }

  private static boolean fits(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  private static Move combine(Move a, Move b) {
    boolean keepDate = a.date() != null || a.dateText() != null;
    String dateText = keepDate ? a.dateText() : b.dateText();
    List<Source> sources = new ArrayList<>(a.sources());
    for (Source s : b.sources()) {
      int same = -1;
      for (int i = 0; i < sources.size(); i++) {
        if (sources.get(i).sentence() == s.sentence()) {
          same = i;
        }
      }
      if (same < 0) {
        sources.add(s);
      } else if (better(s.quote(), sources.get(same).quote(), dateText)) {
        sources.set(same, s);
      }
    }
    return new Move(
        a.from() != null ? a.from() : b.from(),
        a.to() != null ? a.to() : b.to(),
        keepDate ? a.date() : b.date(),
        dateText,
        headlineOnly(a) && !headlineOnly(b) ? b.status() : a.status(),
        sources);
  }

  /**
   * Whether a move is told only by the headline (sentence 1), whose present tense serves what is
   * done and what is to come alike ("تنتقل إلى آبل"): the text's tense then gives the status.
   */
  private static boolean headlineOnly(Move m) {
    return m.sources().stream().allMatch(s -> s.sentence() == 1);
  }
}
