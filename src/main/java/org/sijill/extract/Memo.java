package org.sijill.extract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the lexicon remembers between words and articles: whether a word is a known word, and the
 * normalised words of a name's spelling. Each table starts again past {@link #LIMIT} entries.
 */
final class Memo {
  static final int LIMIT = 200_000;

  private final Map<String, Boolean> known = new ConcurrentHashMap<>();
  private final Map<String, List<String>> words = new ConcurrentHashMap<>();

  boolean known(String key, Function<String, Boolean> compute) {
    return remember(known, key, compute);
  }

  List<String> words(String spelling, Function<String, List<String>> compute) {
    return remember(words, spelling, compute);
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
