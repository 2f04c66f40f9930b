package org.sijill.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijill.facts.DealStatus;
import org.sijill.facts.DealType;

/**
 * The words of {@code deals.txt}: deal triggers, the preposition of the other party, roles, status
 * words, words of a lost contract and of supply, partner prepositions, stake words, titles, words of
 * exchange (a price before the deal word) and of valuation (the company invested in), negations.
 */
public record DealWords(
    Map<String, Trigger> triggers,
    Map<DealType, String> object,
    Map<DealType, List<String>> roles,
    Map<String, DealStatus> statusWords,
    Set<String> lost,
    Set<String> supply,
    Set<String> partner,
    Set<String> stake,
    Map<DealType, List<String>> titles,
    Set<String> exchange,
    Set<String> valuation,
    Set<String> pronouns,
    Set<String> receive,
    Set<String> worth,
    Set<String> negation) {

  /** A trigger word: the type of deal and its status unless the sentence says otherwise. */
  public record Trigger(DealType type, DealStatus status) {}

  static DealWords from(DataFile file) {
    Map<String, Trigger> triggers = new HashMap<>();
    for (List<String> row : file.rows("trigger")) {
      triggers.put(Lexicon.norm(row.get(0)), new Trigger(type(row.get(1)), status(row.get(2))));
    }
    Map<DealType, String> object = new HashMap<>();
    file.rows("object").forEach(r -> object.put(type(r.get(0)), Lexicon.norm(r.get(1))));
    Map<DealType, List<String>> roles = new HashMap<>();
    file.rows("roles").forEach(r -> roles.put(type(r.get(0)), List.of(r.get(1), r.get(2))));
    Map<String, DealStatus> status = new HashMap<>();
    file.rows("status").forEach(r -> status.putIfAbsent(Lexicon.norm(r.get(0)), status(r.get(1))));
    return new DealWords(
        Map.copyOf(triggers), Map.copyOf(object), Map.copyOf(roles), Map.copyOf(status),
        Lexicon.normSet(file.words("lost")), Lexicon.normSet(file.words("supply")),
        Lexicon.normSet(file.words("partner")), Lexicon.normSet(file.words("stake")), titles(file),
        Lexicon.normSet(file.words("exchange")), Lexicon.normSet(file.words("valuation")), Lexicon.normSet(file.words("pronoun")),
        Lexicon.normSet(file.words("receive")), Lexicon.normSet(file.words("worth")),
        Lexicon.normSet(file.words("negation")));
  }

  private static Map<DealType, List<String>> titles(DataFile file) {
    Map<DealType, List<String>> out = new HashMap<>();
    file.rows("title").forEach(r -> out.put(type(r.get(0)), List.of(r.get(1), r.get(2))));
    return Map.copyOf(out);
  }

  private static DealType type(String s) {
    return DealType.valueOf(s.toUpperCase(Locale.ROOT));
  }

  private static DealStatus status(String s) {
    return DealStatus.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
