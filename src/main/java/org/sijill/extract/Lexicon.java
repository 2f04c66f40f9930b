package org.sijill.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijill.facts.CompanyKind;

/**
 * The word lists extraction relies on, loaded from the data files next to this class. Every word
 * is kept normalised ({@link ArabicText#normalize}); lookups try a word's clitic readings.
 */
public record Lexicon(
    Clitics clitics,
    Variants variants,
    Set<String> functionWords,
    Set<String> commonNouns,
    Set<String> falseFriends,
    Map<String, String> givenNames,
    Set<String> latinGivenNames,
    List<KnownOrg> organisations,
    Set<String> orgWords,
    Map<String, CompanyKind> orgCues,
    Set<String> cueSkips,
    Map<String, String> titleHeads,
    Map<String, String> titlePhrases,
    Set<String> appositionWords,
    MoveWords moves,
    DealWords deals,
    Romaniser romaniser) {

  /** The lists shipped with Sijill. */
  public static Lexicon standard() {
    DataFile given = DataFile.load("given-names.txt");
    Map<String, String> givenNames = new HashMap<>();
    Set<String> latinGiven = new HashSet<>();
    for (List<String> row : given.rows("")) {
      latinGiven.add(row.get(0).toLowerCase(Locale.ROOT));
      for (String ar : row.subList(1, row.size())) {
        givenNames.putIfAbsent(norm(ar), row.get(0));
      }
    }
    DataFile orgs = DataFile.load("organisations.txt");
    List<KnownOrg> known =
        orgs.rows("").stream()
            .map(r -> new KnownOrg(r.get(0), CompanyKind.valueOf(r.get(1).toUpperCase(Locale.ROOT)), r.get(2), r.subList(3, r.size())))
            .toList();
    DataFile cues = DataFile.load("cues.txt");
    Map<String, CompanyKind> orgCues = new HashMap<>();
    cues.words("company").forEach(w -> orgCues.put(norm(w), CompanyKind.COMPANY));
    cues.words("lab").forEach(w -> orgCues.put(norm(w), CompanyKind.LAB));
    cues.words("outlet").forEach(w -> orgCues.put(norm(w), CompanyKind.OUTLET));
    cues.words("product").forEach(w -> orgCues.put(norm(w), CompanyKind.PRODUCT));
    DataFile titles = DataFile.load("titles.txt");
    return new Lexicon(
        Clitics.from(DataFile.load("clitics.txt")),
        Variants.from(DataFile.load("variants.txt")),
        normSet(DataFile.load("function-words.txt").words("")),
        normSet(DataFile.load("function-words.txt").words("nouns")),
        normSet(DataFile.load("false-friends.txt").words("")),
        Map.copyOf(givenNames),
        Set.copyOf(latinGiven),
        known,
        normSet(orgs.words("org-words")),
        Map.copyOf(orgCues),
        normSet(cues.words("skip")),
        glossMap(titles.rows("head")),
        glossMap(titles.rows("phrase")),
        normSet(titles.words("apposition")),
        MoveWords.from(DataFile.load("moves.txt")),
        DealWords.from(DataFile.load("deals.txt")),
        Romaniser.from(DataFile.load("romanisation.txt")));
  }

  static String norm(String word) {
    return ArabicText.normalizeString(word).strip().replaceAll("\\s+", " ");
  }

  static Set<String> normSet(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(norm(w)));
    return Set.copyOf(out);
  }

  private static Map<String, String> glossMap(List<List<String>> rows) {
    Map<String, String> out = new HashMap<>();
    rows.forEach(r -> out.putIfAbsent(norm(r.get(0)), r.size() > 1 ? r.get(1) : null));
    return Map.copyOf(out);
  }

  /** The first clitic reading of {@code word} that is a key of {@code map}, or null. */
  public Clitics.Stripped reading(Map<String, ?> map, String word) {
    for (Clitics.Stripped s : clitics.candidates(word)) {
      if (map.containsKey(s.stem())) {
        return s;
      }
    }
    return null;
  }

  /** The first clitic reading of {@code word} in {@code set}, or null. */
  public Clitics.Stripped reading(Set<String> set, String word) {
    for (Clitics.Stripped s : clitics.candidates(word)) {
      if (set.contains(s.stem())) {
        return s;
      }
    }
    return null;
  }

  public boolean isFunctionWord(String word) {
    return reading(functionWords, word) != null;
  }

  /** Whether {@code word}, in some clitic reading, is a word of any list: never part of a name. */
  public boolean isKnownWord(String word) {
    for (Clitics.Stripped s : clitics.candidates(word)) {
      String w = s.stem();
      if (functionWords.contains(w)
          || commonNouns.contains(w)
          || orgCues.containsKey(w)
          || titleHeads.containsKey(w)
          || appositionWords.contains(w)
          || moves.triggers().containsKey(w)
          || deals.triggers().containsKey(w)) {
        return true;
      }
    }
    return false;
  }

  /** The Latin spelling of Arabic or Latin given name {@code word} (normalised), or null. */
  public String givenName(String word) {
    if (latinGivenNames.contains(word)) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    return givenNames.get(word);
  }
}
