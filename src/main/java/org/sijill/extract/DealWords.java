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
    Set<String> negation,
    Set<String> completion,
    Set<String> pending) {

  private static final int PENDING_REACH = 3;

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
        Lexicon.normSet(file.words("negation")), Lexicon.normSet(file.words("completion")),
        Lexicon.normSet(file.words("pending")));
  }

  /**
   * The status that word {@code j} of {@code t} gives a deal ([status]), or null. A noun of
   * completion ("إتمام") with the "ل" of purpose or shortly after a word of expectation ("تتوقع إتمام
   * الصفقة", "تسعى لإتمام") tells a deal not yet completed: announced.
   */
  DealStatus statusAt(Lexicon lex, Tokens t, int j) {
    Clitics.Stripped r = lex.reading(statusWords, t.get(j).norm());
    if (r == null) {
      return null;
    }
    boolean awaited = completion.contains(r.stem()) && (r.prefix().endsWith("ل") || expected(lex, t, j));
    return awaited ? DealStatus.ANNOUNCED : statusWords.get(r.stem());
  }

  /** Whether a word of [pending] is among the {@link #PENDING_REACH} words before word {@code j} (the subject may stand between). */
  private boolean expected(Lexicon lex, Tokens t, int j) {
    for (int i = j - 1; i >= Math.max(0, j - PENDING_REACH); i--) {
      if (lex.reading(pending, t.get(i).norm()) != null) {
        return true;
      }
    }
    return false;
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
