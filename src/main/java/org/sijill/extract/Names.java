package org.sijill.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One layer of a {@link Gazetteer}: spellings indexed by their first word (as written and folded by
 * {@link Variants}), with counts of every word, first word and last word, so that spellings can be
 * added and removed one at a time. A build keeps the fact base's names in one layer that follows
 * the merges, and lays each article's own names over it, instead of indexing the whole fact base
 * again for every article.
 */
final class Names {
  /**
   * Candidates for one first word are tried in this order: longest first, then by kind, id and
   * words (the order of sorting a whole gazetteer's spellings once).
   */
  static final Comparator<Gazetteer.Entry> ORDER =
      Comparator.<Gazetteer.Entry>comparingInt(e -> -e.words().size())
          .thenComparing(Gazetteer.Entry::kind)
          .thenComparing(Gazetteer.Entry::id)
          .thenComparing(e -> String.join(" ", e.words()));

  private final Lexicon lexicon;
  private final Map<String, Gazetteer.Entry> entries = new HashMap<>();
  private final Map<String, List<Gazetteer.Entry>> byFirst = new HashMap<>();
  private final Map<String, List<Gazetteer.Entry>> byFirstFolded = new HashMap<>();
  private final Map<String, Integer> words = new HashMap<>();
  private final Map<String, Integer> firsts = new HashMap<>();
  private final Map<String, Integer> lasts = new HashMap<>();

  Names(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The entry for one spelling of an entity, or null for a spelling without words. */
  static Gazetteer.Entry entry(Lexicon lexicon, EntityKind kind, String id, String spelling) {
    if (spelling == null || spelling.isBlank()) {
      return null;
    }
    List<String> ws = lexicon.memo().words(spelling, s -> Tokens.of(s).list().stream().map(Token::norm).toList());
    if (ws.isEmpty()) {
      return null;
    }
    boolean latin = ws.get(0).codePoints().anyMatch(ArabicText::isLatinLetter);
    // a Latin name of one or two letters is guarded when capitalised ("AI", "X"), not in lower case ("io")
    boolean lower = spelling.strip().equals(spelling.strip().toLowerCase(java.util.Locale.ROOT));
    boolean guarded = ws.size() == 1 && (lexicon.falseFriends().contains(ws.get(0)) || (latin && ws.get(0).length() <= 2 && !lower));
    return new Gazetteer.Entry(kind, id, ws, guarded);
  }

  /** The identity of an entry: two spellings of one entity with the same words are one entry. */
  static String key(Gazetteer.Entry e) {
    return e.kind() + "\u0000" + e.id() + "\u0000" + String.join(" ", e.words());
  }

  /** Whether {@code other} holds the same spellings. */
  boolean sameEntries(Names other) {
    return entries.keySet().equals(other.entries.keySet());
  }

  /** Calls {@code out} with every entry that one of this layer and {@code other} holds and the other does not. */
  void difference(Names other, java.util.function.Consumer<Gazetteer.Entry> out) {
    entries.forEach((k, e) -> {
      if (!other.entries.containsKey(k)) {
        out.accept(e);
      }
    });
    other.entries.forEach((k, e) -> {
      if (!entries.containsKey(k)) {
        out.accept(e);
      }
    });
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }

  /** Adds {@code e} unless this layer has it; true if added. */
  boolean add(Gazetteer.Entry e) {
    if (entries.putIfAbsent(key(e), e) != null) {
      return false;
    }
    String first = e.words().get(0);
    insert(byFirst, first, e);
    if (lexicon.variants().foldable(first)) {
      insert(byFirstFolded, lexicon.variants().fold(first), e);
    }
    count(firsts, lexicon.variants().fold(first), 1);
    count(lasts, lexicon.variants().fold(e.words().get(e.words().size() - 1)), 1);
    for (String w : e.words()) {
      count(words, w, 1);
      count(words, lexicon.variants().fold(w), 1);
    }
    return true;
  }

  /** Removes {@code e} if this layer has it; true if removed. */
  boolean remove(Gazetteer.Entry e) {
    Gazetteer.Entry had = entries.remove(key(e));
    if (had == null) {
      return false;
    }
    String first = had.words().get(0);
    delete(byFirst, first, had);
    if (lexicon.variants().foldable(first)) {
      delete(byFirstFolded, lexicon.variants().fold(first), had);
    }
    count(firsts, lexicon.variants().fold(first), -1);
    count(lasts, lexicon.variants().fold(had.words().get(had.words().size() - 1)), -1);
    for (String w : had.words()) {
      count(words, w, -1);
      count(words, lexicon.variants().fold(w), -1);
    }
    return true;
  }

  /** Every entry, in no particular order. */
  List<Gazetteer.Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  /** Entries whose first word is {@code word}, in {@link #ORDER}. */
  List<Gazetteer.Entry> startingWith(String word) {
    return byFirst.getOrDefault(word, List.of());
  }

  /** Entries whose folded first word is {@code folded}, in {@link #ORDER}. */
  List<Gazetteer.Entry> startingWithFolded(String folded) {
    return byFirstFolded.getOrDefault(folded, List.of());
  }

  /** Whether a word of some entry is {@code word} (as written or folded). */
  boolean hasWord(String word) {
    return words.containsKey(word);
  }

  /** Whether the folded first word of some entry is {@code folded}. */
  boolean hasFirst(String folded) {
    return firsts.containsKey(folded);
  }

  /** Whether the folded last word of some entry is {@code folded}. */
  boolean hasLast(String folded) {
    return lasts.containsKey(folded);
  }

  /** The folded first and last words of every entry. */
  java.util.Set<String> ends() {
    java.util.Set<String> all = new java.util.HashSet<>(firsts.keySet());
    all.addAll(lasts.keySet());
    return all;
  }

  private static void insert(Map<String, List<Gazetteer.Entry>> index, String word, Gazetteer.Entry e) {
    List<Gazetteer.Entry> list = index.computeIfAbsent(word, k -> new ArrayList<>(2));
    int at = Collections.binarySearch(list, e, ORDER);
    list.add(at < 0 ? -at - 1 : at, e);
  }

  private static void delete(Map<String, List<Gazetteer.Entry>> index, String word, Gazetteer.Entry e) {
    List<Gazetteer.Entry> list = index.get(word);
    list.remove(e);
    if (list.isEmpty()) {
      index.remove(word);
    }
  }

  private static void count(Map<String, Integer> counts, String word, int delta) {
    counts.merge(word, delta, (a, b) -> a + b == 0 ? null : a + b);
  }
}
