package org.sijill.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of {@code moves.txt}: move triggers and the markers around them. */
public record MoveWords(
    Map<String, Trigger> triggers, Set<String> from, Set<String> to, Set<String> toVerbs, Set<String> expected, Set<String> offer, Set<String> speech, List<List<String>> list) {

  /** What a trigger word says: a {@link Kind} of move, reported by a verb or by a noun for the movers. */
  public record Trigger(Kind kind, boolean noun) {}

  /** The direction of a move relative to the words of the sentence. */
  public enum Kind {
    JOIN, LEAVE, MOVE, HIRE, DECLINE
  }

  static MoveWords from(DataFile file) {
    Map<String, Trigger> triggers = new HashMap<>();
    for (List<String> row : file.rows("trigger")) {
      triggers.put(
          Lexicon.norm(row.get(0)),
          new Trigger(Kind.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT)), row.size() > 2 && row.get(2).equals("noun")));
    }
    return new MoveWords(
        Map.copyOf(triggers),
        Lexicon.normSet(file.words("from")),
        Lexicon.normSet(file.words("to")),
        Lexicon.normSet(file.words("to-verb")),
        Lexicon.normSet(file.words("expected")),
        Lexicon.normSet(file.words("offer")),
        Lexicon.normSet(file.words("speech")),
        file.words("list").stream().map(w -> List.of(Lexicon.norm(w).split(" "))).toList());
  }
}
