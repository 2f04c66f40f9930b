package org.sijill.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of {@code moves.txt}: move triggers and the markers around them. */
public record MoveWords(
    Map<String, Trigger> triggers,
    Set<String> from,
    Set<String> to,
    Set<String> toVerbs,
    Set<String> expected,
    Set<String> offer,
    Set<String> speech,
    List<List<String>> list,
    Set<String> relative,
    Set<String> relativePlural,
    Set<String> current,
    Set<String> former,
    Set<String> before,
    Set<String> partitive,
    Set<String> leader,
    Set<String> clause,
    Set<String> listOpeners,
    Map<String, Integer> collective,
    Set<String> all,
    Set<String> aside,
    Set<String> alongside,
    Set<String> intent,
    Set<String> inTurn,
    Set<String> ranks,
    Set<String> study,
    Set<String> sequence,
    Set<String> postAdjectives,
    Set<String> belong,
    Set<String> loser,
    Set<String> degree,
    Set<String> announcement,
    Set<String> hiredGroup,
    Set<String> via,
    Set<String> writings,
    Set<String> places,
    Set<String> groups,
    Set<String> preceded,
    Set<String> precededNot,
    Set<String> joinBy,
    Set<String> interim,
    Set<String> workedBefore,
    Set<String> founded,
    Set<String> had,
    Set<String> ownCompany,
    Set<String> fresh,
    Set<String> renamed,
    Set<String> coming) {

  /**
   * What a trigger word says: a {@link Kind} of move, reported by a verb or by a noun for the movers;
   * {@code own}: a verbal noun with a possessive ("استقالته", his resignation), whose mover is the
   * person named before it, even one who speaks.
   */
  public record Trigger(Kind kind, boolean noun, boolean plural, boolean purpose, boolean own) {
    public Trigger(Kind kind, boolean noun) {
      this(kind, noun, false, false, false);
    }

    /** The same word as a verbal noun of purpose ("للانضمام إلى", to join): its mover is the one named before. */
    Trigger asPurpose() {
      return new Trigger(kind, noun, plural, true, own);
    }
  }

  /**
   * The direction of a move relative to the words of the sentence; WORKED: an employer named in the
   * past; MEMBER: people named as among those who moved just before ("ومن بينهم").
   */
  public enum Kind {
    JOIN, LEAVE, MOVE, HIRE, DECLINE, WORKED, MEMBER
  }

  static MoveWords from(DataFile file) {
    Map<String, Trigger> triggers = new HashMap<>();
    for (List<String> row : file.rows("trigger")) {
      triggers.put(
          Lexicon.norm(row.get(0)),
          new Trigger(
              Kind.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT)), row.size() > 2 && row.get(2).equals("noun"),
              row.size() > 3 && row.get(3).equals("plural"), false, row.size() > 2 && row.get(2).equals("own")));
    }
    Map<String, Integer> collective = new HashMap<>();
    file.rows("collective").forEach(r -> collective.put(Lexicon.norm(r.get(0)), Integer.parseInt(r.get(1))));
    return new MoveWords(
        Map.copyOf(triggers),
        Lexicon.normSet(file.words("from")),
        Lexicon.normSet(file.words("to")),
        Lexicon.normSet(file.words("to-verb")),
        Lexicon.normSet(file.words("expected")),
        Lexicon.normSet(file.words("offer")),
        Lexicon.normSet(file.words("speech")),
        file.words("list").stream().map(w -> List.of(Lexicon.norm(w).split(" "))).toList(),
        Lexicon.normSet(file.words("relative")),
        Lexicon.normSet(file.words("relative-plural")),
        Lexicon.normSet(file.words("current")),
        Lexicon.normSet(file.words("former")),
        Lexicon.normSet(file.words("before")),
        Lexicon.normSet(file.words("partitive")),
        Lexicon.normSet(file.words("leader")),
        Lexicon.normSet(file.words("clause")),
        Lexicon.normSet(file.words("list-opener")),
        Map.copyOf(collective),
        Lexicon.normSet(file.words("all")),
        Lexicon.normSet(file.words("aside")),
        Lexicon.normSet(file.words("alongside")),
        Lexicon.normSet(file.words("intent")),
        Lexicon.normSet(file.words("in-turn")),
        Lexicon.normSet(file.words("ranks")),
        Lexicon.normSet(file.words("study")),
        Lexicon.normSet(file.words("sequence")),
        Lexicon.normSet(file.words("post-adjective")),
        Lexicon.normSet(file.words("belong")),
        Lexicon.normSet(file.words("loser")),
        Lexicon.normSet(file.words("degree")),
        Lexicon.normSet(file.words("announcement")),
        Lexicon.normSet(file.words("hired-group")),
        Lexicon.normSet(file.words("via")),
        Lexicon.normSet(file.words("writing")),
        Lexicon.normSet(file.words("place")),
        Lexicon.normSet(file.words("group")),
        Lexicon.normSet(file.words("preceded")),
        Lexicon.normSet(file.words("preceded-not")),
        Lexicon.normSet(file.words("join-by")),
        Lexicon.normSet(file.words("interim")),
        Lexicon.normSet(file.words("worked-before")),
        Lexicon.normSet(file.words("founded")),
        Lexicon.normSet(file.words("had")),
        Lexicon.normSet(file.words("own-company")),
        Lexicon.normSet(file.words("new")),
        Lexicon.normSet(file.words("renamed")),
        Lexicon.normSet(file.words("coming")));
  }
}
