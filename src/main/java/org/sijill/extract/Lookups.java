package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a word finds in layers of names that do not change (the fact base's, the listed
 * organisations'), remembered per word: the same words recur in every article, and a build reads
 * all of them against the same names until a merge adds one (then the names get new lookups).
 * Safe to use from several threads.
 */
final class Lookups {
  /** A reading of a word and the spellings starting with it, as written and folded, in {@link Names#ORDER}. */
  record Reading(String prefix, String stem, String folded, List<Gazetteer.Entry> exact, List<Gazetteer.Entry> foldedEntries) {}

  /**
   * How a word would be split against these layers alone: whether it is a name's word, whether it
   * is a known word, where it splits (-1: nowhere), the folded parts a split looks up (another
   * layer holding one of them as a first or last word may change the split), and the stems of its
   * clitic readings as written and folded (another layer holding one of them as a name's word keeps
   * it whole).
   */
  record Glue(boolean nameWord, boolean known, int split, Set<String> probes, List<String> stems) {}

  /** What one {@code Lookups} found for each word of one text, by word index ({@link Tokens#found}). */
  record Found(Lookups by, Reading[][] readings, Glue[] glues) {}

  /** Past this many words a table starts again. */
  private static final int LIMIT = 200_000;

  private final Lexicon lexicon;
  private final List<Names> layers;
  private final Map<String, Reading[]> readings = new ConcurrentHashMap<>();
  private final Map<String, Glue> glue = new ConcurrentHashMap<>();

  Lookups(Lexicon lexicon, List<Names> layers) {
    this.lexicon = lexicon;
    this.layers = List.copyOf(layers);
  }

  List<Names> layers() {
    return layers;
  }

  /** The readings of token {@code t} (clitics stripped if Arabic) with what each finds. */
  Reading[] readings(Token t) {
    Reading[] known = readings.get(t.norm());
    if (known == null) {
      List<Clitics.Stripped> rs =
          t.arabic() ? lexicon.clitics().candidates(t.norm()) : List.of(new Clitics.Stripped("", t.norm()));
      known = new Reading[rs.size()];
      for (int i = 0; i < known.length; i++) {
        String stem = rs.get(i).stem();
        String folded = lexicon.variants().foldable(stem) ? lexicon.variants().fold(stem) : null;
        known[i] = new Reading(rs.get(i).prefix(), stem, folded, merged(stem, false), folded == null ? List.of() : merged(folded, true));
      }
      remember(readings, t.norm(), known);
    }
    return known;
  }

  /** {@link #readings(Token)} of word {@code i} of {@code words}, kept with the words too. */
  Reading[] readings(Tokens words, int i) {
    Reading[][] found = words.found(this).readings();
    Reading[] r = found[i];
    if (r == null) {
      r = readings(words.get(i));
      found[i] = r;
    }
    return r;
  }

  /** {@link #glue(String, Supplier)} of word {@code i} of {@code words} as written, kept with the words too. */
  Glue glue(Tokens words, int i, Supplier<Glue> compute) {
    Glue[] found = words.found(this).glues();
    Glue g = found[i];
    if (g == null) {
      g = glue(words.raw(i), compute);
      found[i] = g;
    }
    return g;
  }

  /** The glue decision for a word as written, worked out by {@code compute} the first time. */
  Glue glue(String raw, Supplier<Glue> compute) {
    Glue known = glue.get(raw);
    if (known == null) {
      known = compute.get();
      remember(glue, raw, known);
    }
    return known;
  }

  boolean hasWord(String word) {
    for (Names n : layers) {
      if (n.hasWord(word)) {
        return true;
      }
    }
    return false;
  }

  boolean hasFirst(String folded) {
    for (Names n : layers) {
      if (n.hasFirst(folded)) {
        return true;
      }
    }
    return false;
  }

  boolean hasLast(String folded) {
    for (Names n : layers) {
      if (n.hasLast(folded)) {
        return true;
      }
    }
    return false;
  }

  private List<Gazetteer.Entry> merged(String word, boolean folded) {
    List<Gazetteer.Entry> out = null;
    for (Names n : layers) {
      List<Gazetteer.Entry> found = folded ? n.startingWithFolded(word) : n.startingWith(word);
      if (found.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = found;
      } else {
        Set<Gazetteer.Entry> seen = new HashSet<>(out);
        List<Gazetteer.Entry> all = new ArrayList<>(out);
        found.stream().filter(seen::add).forEach(all::add);
        all.sort(Names.ORDER);
        out = all;
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  private static <V> void remember(Map<String, V> map, String key, V value) {
    if (map.size() > LIMIT) {
      map.clear();
    }
    map.put(key, value);
  }
}
