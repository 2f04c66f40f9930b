package org.sijill.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic proclitics: an optional conjunction (و ف), then an optional preposition (ب ل ك), then the
 * optional article (ال), with the spelling fusions of {@code clitics.txt} (ل + ال is written لل).
 * A word yields its readings one at a time: as written, then with ever longer prefixes removed;
 * never one that leaves fewer than two letters. Readings are remembered per word.
 */
public final class Clitics {
  /** A reading of a word: the {@code prefix} taken off and the {@code stem} left. */
  public record Stripped(String prefix, String stem) {}

  /** Readings are cached per word; past this many words the cache starts again. */
  private static final int CACHE_LIMIT = 200_000;

  private final List<String> prefixes;
  private final Set<String> conjunctions;
  private final java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();
  private final java.util.Map<String, List<Stripped>> cache = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * The readings of recent words in slots by hash, looked at before {@link #cache}: each word is
   * looked up many times while it is read, and a small table stays in the processor's cache.
   * An entry's readings never change and its word only gives way to an equal one, so threads may
   * overwrite each other's slots.
   */
  private final Recent[] recent = new Recent[RECENT_SLOTS];

  /** Enough slots for the words of a few long articles: with 4,096 the seeds' words pushed each other out and were read again. */
  private static final int RECENT_SLOTS = 32768;

  /**
   * A word, its readings, and which reading each word list looked up with it found ({@link
   * Lexicon#reading}), by the list's index ({@link Memo#list}). Each entry is one byte written
   * whole, and any thread writes the same value, so threads may overwrite each other's.
   */
  static final class Recent {
    /** The word; an equal string looked up later takes its place, so that the next lookups of that one find it by identity. */
    private String word;
    private final List<Stripped> readings;
    /** Per list index: 0 not looked up yet, 1 nothing found, 2 + k reading k found. */
    private final byte[] found = new byte[Memo.LISTS];

    private Recent(String word, List<Stripped> readings) {
      this.word = word;
      this.readings = readings;
    }

    List<Stripped> readings() {
      return readings;
    }

    /** What looking up this word in list {@code list} found: 0 not remembered, 1 nothing, 2 + k reading k. */
    int found(int list) {
      return found[list];
    }

    void remember(int list, int reading) {
      found[list] = (byte) (reading < 0 ? 1 : reading + 2);
    }
  }

  Clitics(List<String> prefixes, Set<String> conjunctions) {
    this.prefixes = List.copyOf(prefixes);
    this.conjunctions = Set.copyOf(conjunctions);
    for (String p : this.prefixes) {
      byFirst.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p);
    }
  }

  static Clitics from(DataFile file) {
    List<String> conj = withEmpty(file.words("conjunction"));
    List<String> prep = withEmpty(file.words("preposition"));
    List<String> art = withEmpty(file.words("article"));
    Set<String> all = new LinkedHashSet<>();
    for (String c : conj) {
      for (String p : prep) {
        for (String a : art) {
          String joined = ArabicText.normalizeString(c + p + a);
          if (joined.isEmpty()) {
            continue;
          }
          for (List<String> fusion : file.rows("fusion")) {
            joined = joined.replace(ArabicText.normalizeString(fusion.get(0)), ArabicText.normalizeString(fusion.get(1)));
          }
          all.add(joined);
        }
      }
    }
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(String::length));
    Set<String> conjunctions = new LinkedHashSet<>();
    file.words("conjunction").forEach(c -> conjunctions.add(ArabicText.normalizeString(c)));
    return new Clitics(sorted, conjunctions);
  }

  private static List<String> withEmpty(List<String> words) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.addAll(words);
    return out;
  }

  /** The readings of normalised {@code word}: itself first, then each clitic stripped. */
  public List<Stripped> candidates(String word) {
    return recent(word).readings;
  }

  /** {@code word} with its readings, from the table of recent words. */
  Recent recent(String word) {
    int h = word.hashCode();
    int slot = (h ^ (h >>> 16)) & (RECENT_SLOTS - 1);
    Recent r = recent[slot];
    if (r != null) {
      String w = r.word;
      if (w == word) {
        return r;
      }
      if (w.equals(word)) {
        r.word = word;
        return r;
      }
    }
    r = new Recent(word, readings(word));
    recent[slot] = r;
    return r;
  }

  private List<Stripped> readings(String word) {
    List<Stripped> known = cache.get(word);
    if (known != null) {
      return known;
    }
    List<Stripped> out = new ArrayList<>();
    out.add(new Stripped("", word));
    for (String p : word.isEmpty() ? List.<String>of() : byFirst.getOrDefault(word.charAt(0), List.of())) {
      if (word.startsWith(p) && ArabicText.letters(word.substring(p.length())) >= 2) {
        out.add(new Stripped(p, word.substring(p.length())));
      }
    }
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    List<Stripped> readings = List.copyOf(out);
    cache.put(word, readings);
    return readings;
  }

  /** Whether {@code prefix} is nothing or a conjunction alone (و ف). */
  public boolean isConjunctionOnly(String prefix) {
    return prefix.isEmpty() || conjunctions.contains(prefix);
  }

  /** Every prefix this language knows, shortest first. */
  public List<String> prefixes() {
    return prefixes;
  }
}
