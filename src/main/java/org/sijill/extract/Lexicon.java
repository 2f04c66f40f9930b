package org.sijill.extract;

import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijill.facts.CompanyKind;

/**
 * The word lists extraction relies on, loaded from the data files next to this class. Every word
 * is kept normalised ({@link ArabicText#normalize}); lookups try a word's clitic readings. What is
 * worked out once for a word is remembered ({@link Memo}).
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
    Set<String> shortenedAfter,
    Map<String, CompanyKind> orgCues,
    Set<String> platformCues,
    Set<String> units,
    Set<String> namedAs,
    Set<String> namedAsSkip,
    Set<String> cueSkips,
    Set<String> pluralCues,
    Map<String, List<List<String>>> titleHeads,
    Map<String, String> titlePhrases,
    Set<String> appositionWords,
    Set<String> titleLinks,
    Set<String> beforeTitle,
    Set<String> kin,
    Set<String> latinJobWords,
    MoveWords moves,
    DealWords deals,
    Romaniser romaniser,
    Memo memo) {
  private static final Pattern SPACES = Pattern.compile("\\s+");


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
orgs.rows("").stream().map(KnownOrg::of).toList();
    DataFile cues = DataFile.load("cues.txt");
    Map<String, CompanyKind> orgCues = new HashMap<>();
    cues.words("company").forEach(w -> orgCues.put(norm(w), CompanyKind.COMPANY));
    cues.words("platform").forEach(w -> orgCues.put(norm(w), CompanyKind.COMPANY));
    cues.words("lab").forEach(w -> orgCues.put(norm(w), CompanyKind.LAB));
    cues.words("outlet").forEach(w -> orgCues.put(norm(w), CompanyKind.OUTLET));
    cues.words("product").forEach(w -> orgCues.put(norm(w), CompanyKind.PRODUCT));
    cues.words("other").forEach(w -> orgCues.put(norm(w), CompanyKind.OTHER));
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
        normSet(orgs.words("short-after")),
        Map.copyOf(orgCues),
        normSet(cues.words("platform")),
        normSet(cues.words("unit")),
        normSet(cues.words("named-as")),
        normSet(cues.words("named-as-skip")),
        normSet(cues.words("skip")),
        normSet(cues.words("plural")),
        phrases(java.util.stream.Stream.concat(titles.words("head").stream(), titles.words("phrase").stream()).toList()),
        glossMap(titles.rows("phrase")),
        normSet(titles.words("apposition")),
        normSet(titles.words("link")),
        normSet(titles.words("before-title")),
        normSet(titles.words("kin")),
        normSet(titles.words("latin-job")),
        MoveWords.from(DataFile.load("moves.txt")),
        DealWords.from(DataFile.load("deals.txt")),
        Romaniser.from(DataFile.load("romanisation.txt"), DataFile.load("arab-names.txt").rows("common-given")),
        new Memo());
  }

  static String norm(String word) {
    return SPACES.matcher(ArabicText.normalizeString(word).strip()).replaceAll(" ");
  }

  static Set<String> normSet(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(norm(w)));
    return Set.copyOf(out);
  }

  /** Phrases keyed by their first word; each value lists the words that must follow. */
  private static Map<String, List<List<String>>> phrases(List<String> rows) {
    Map<String, List<List<String>>> out = new HashMap<>();
    for (String row : rows) {
      List<String> words = List.of(norm(row).split(" "));
      out.computeIfAbsent(words.get(0), k -> new java.util.ArrayList<>()).add(words.subList(1, words.size()));
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> glossMap(List<List<String>> rows) {
    Map<String, String> out = new HashMap<>();
    rows.forEach(r -> out.putIfAbsent(norm(r.get(0)), r.size() > 1 ? r.get(1) : null));
    return Map.copyOf(out);
  }

  /** The first clitic reading of {@code word} that is a key of {@code map}, or null. */
  public Clitics.Stripped reading(Map<String, ?> map, String word) {
    Clitics.Recent r = clitics.recent(word);
    List<Clitics.Stripped> rs = r.readings();
    int list = memo.list(map);
    int f = list < 0 ? 0 : r.found(list);
    if (f != 0) {
      return f == 1 ? null : rs.get(f - 2);
    }
    int found = -1;
    for (int i = 0; i < rs.size(); i++) {
      if (map.containsKey(rs.get(i).stem())) {
        found = i;
        break;
      }
    }
    if (list >= 0) {
      r.remember(list, found);
    }
    return found < 0 ? null : rs.get(found);
  }

  /** The first clitic reading of {@code word} in {@code set}, or null. */
  public Clitics.Stripped reading(Set<String> set, String word) {
    Clitics.Recent r = clitics.recent(word);
    List<Clitics.Stripped> rs = r.readings();
    int list = memo.list(set);
    int f = list < 0 ? 0 : r.found(list);
    if (f != 0) {
      return f == 1 ? null : rs.get(f - 2);
    }
    int found = -1;
    for (int i = 0; i < rs.size(); i++) {
      if (set.contains(rs.get(i).stem())) {
        found = i;
        break;
      }
    }
    if (list >= 0) {
      r.remember(list, found);
    }
    return found < 0 ? null : rs.get(found);
  }

  public boolean isFunctionWord(String word) {
    return reading(functionWords, word) != null;
  }

  /**
   * Whether {@code word} is a word of any list, and so never part of a name: as written, without a
   * conjunction (و ف), or without longer clitics when at least three letters remain ("لاو" is no
   * "ل" + "أو").
   */
  public boolean isKnownWord(String word) {
    return isKnownWord(word, false);
  }

  /** {@link #isKnownWord}; {@code strict}: only readings of at least three letters ("فان" is no "ف" + "أن"). */
  public boolean isKnownWord(String word, boolean strict) {
    return memo.known(strict, word, k -> knownWordUncached(word, strict));
  }

  private boolean knownWordUncached(String word, boolean strict) {
    for (Clitics.Stripped s : clitics.candidates(word)) {
      String w = s.stem();
      if ((s.prefix().isEmpty() || w.length() >= 3 || (!strict && clitics.isConjunctionOnly(s.prefix()))) && listed(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} itself, with no clitic taken off, is a listed word. */
  public boolean isListed(String w) {
    return listed(w);
  }

  private boolean listed(String w) {
    return functionWords.contains(w)
        || commonNouns.contains(w)
        || orgCues.containsKey(w)
        || titleHeads.containsKey(w)
        || appositionWords.contains(w)
        || titleLinks.contains(w)
        || moves.triggers().containsKey(w)
        || deals.triggers().containsKey(w);
  }

  /** The Latin spelling of Arabic or Latin given name {@code word} (normalised), or null. */
  public String givenName(String word) {
    if (latinGivenNames.contains(word)) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    return givenNames.get(word);
  }

  /**
   * Whether two Arabic words are given names of the list with different Latin spellings ("محمود",
   * "محمد"): each stands for itself, however alike their letters once long vowels are dropped.
   */
  public boolean otherGivenName(String a, String b) {
    String la = givenNames.get(a);
    String lb = givenNames.get(b);
    return la != null && lb != null && !la.equals(lb);
  }
}
