package org.sijill.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the lexicon remembers between words and articles: whether a word is a known word, the
 * normalised words of a name's spelling, a word's consonant skeleton, a name's key and compact
 * form. Each table starts again past {@link #LIMIT} entries.
 */
final class Memo {
  static final int LIMIT = 200_000;

  private final Map<String, Boolean> known = new ConcurrentHashMap<>();
  private final Map<String, Boolean> knownStrict = new ConcurrentHashMap<>();
  private final Map<String, List<String>> words = new ConcurrentHashMap<>();
  private final Map<String, String> skeletons = new ConcurrentHashMap<>();
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final Map<String, String> compacts = new ConcurrentHashMap<>();
  /** The index of each word list seen by {@link #list}, replaced whole when one is added. */
  private volatile Map<Object, Integer> lists = new IdentityHashMap<>();

  /** How many word lists {@link #list} numbers; lists seen later are not remembered. */
  static final int LISTS = 192;
  /** The classes of the collections that never change ({@link Set#of}, {@link Map#copyOf} …). */
  private static final Set<Class<?>> IMMUTABLE = Set.copyOf(List.of(
      Set.of().getClass(), Set.of("").getClass(), Set.of("", " ").getClass(), Set.of("", " ", "  ").getClass(),
      Map.of().getClass(), Map.of("", "").getClass(), Map.of("", "", " ", " ").getClass()));

  /** How many word lists have an index now. */
  int lists() {
    return lists.size();
  }

  /**
   * A small index for a word list that never changes (the lexicon's lists, constants), under which
   * what a word finds in it is remembered with the word ({@link Clitics.Recent}); -1 for a list
   * that may change, or once {@link #LISTS} lists have an index (nothing more is kept then).
   */
  int list(Object list) {
    Map<Object, Integer> now = lists;
    Integer known = now.get(list);
    if (known != null) {
      return known;
    }
    if (now.size() >= LISTS || !IMMUTABLE.contains(list.getClass())) {
      return -1;
    }
    synchronized (this) {
      Map<Object, Integer> next = new IdentityHashMap<>(lists);
      known = next.get(list);
      if (known == null) {
        if (next.size() >= LISTS) {
          return -1;
        }
        known = next.size();
        next.put(list, known);
        lists = next;
      }
      return known;
    }
  }

  boolean known(boolean strict, String word, Function<String, Boolean> compute) {
    return remember(strict ? knownStrict : known, word, compute);
  }

  List<String> words(String spelling, Function<String, List<String>> compute) {
    return remember(words, spelling, compute);
  }

  /** The consonant skeleton of a word ({@link Skeleton}), which romanises Arabic: slow, and words recur. */
  String skeleton(String word, Function<String, String> compute) {
    return remember(skeletons, word, compute);
  }

  /** The key of a name ({@link EntityTable#key}): its words normalised and folded. */
  String key(String name, Function<String, String> compute) {
    return remember(keys, name, compute);
  }

  /** An organisation's name run together ({@link EntityTable#compact}). */
  String compact(String name, Function<String, String> compute) {
    return remember(compacts, name, compute);
  }

  private static <V> V remember(Map<String, V> map, String key, Function<String, V> compute) {
    V v = map.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (map.size() > LIMIT) {
        map.clear();
      }
      map.put(key, v);
    }
    return v;
  }
}
