package org.sijill.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What a proposal adds to one list of an entity (roles, moves, company facts, deal parties): new
 * items, and new sources for items already there. A proposed item whose fact key the article's
 * ledger holds was proposed before and is left out, even if an editor has since deleted it.
 */
record ListAdditions<T>(List<T> added, SortedMap<Integer, List<Source>> sources) {

  /** Whether nothing is added. */
  boolean isEmpty() {
    return added.isEmpty() && sources.isEmpty();
  }

  /** How items of one list are keyed, matched and cited. */
  record Rule<T>(
      Function<T, String> key,
      BiPredicate<T, T> matches,
      Function<T, List<Source>> sources,
      BiFunction<T, List<Source>, T> withSources) {}

  static <T> ListAdditions<T> of(
      List<T> existing, List<T> proposed, Rule<T> rule, Set<String> ledger, Set<String> keys) {
    List<T> added = new ArrayList<>();
    SortedMap<Integer, List<Source>> sources = new TreeMap<>();
    for (T item : proposed) {
      String key = rule.key().apply(item);
      keys.add(key);
      if (ledger.contains(key)) {
        continue;
      }
      int at = indexOf(existing, item, rule);
      if (at >= 0) {
        List<Source> known = new ArrayList<>(rule.sources().apply(existing.get(at)));
        known.addAll(sources.getOrDefault(at, List.of()));
        List<Source> fresh = newSources(known, rule.sources().apply(item));
        if (!fresh.isEmpty()) {
          sources.computeIfAbsent(at, i -> new ArrayList<>()).addAll(fresh);
        }
        continue;
      }
      int pending = indexOf(added, item, rule);
      if (pending < 0) {
        added.add(
            rule.withSources().apply(item, newSources(List.of(), rule.sources().apply(item))));
      } else {
        T first = added.get(pending);
        List<Source> all = new ArrayList<>(rule.sources().apply(first));
        all.addAll(newSources(all, rule.sources().apply(item)));
        added.set(pending, rule.withSources().apply(first, all));
      }
    }
    return new ListAdditions<>(added, sources);
  }

  /**
   * The sources in {@code proposed} not yet in {@code known}: a source of the same article that
   * cites the same sentence, or whose quote contains or is contained in a known quote, is known.
   */
  static List<Source> newSources(List<Source> known, List<Source> proposed) {
    List<Source> fresh = new ArrayList<>();
    for (Source source : proposed) {
      if (!citedIn(known, source) && !citedIn(fresh, source)) {
        fresh.add(source);
      }
    }
    return fresh;
  }

  /** Whether {@code sources} already cite what {@code source} cites. */
  static boolean citedIn(List<Source> sources, Source source) {
    for (Source other : sources) {
      if (other.article().equals(source.article())
          && (other.sentence() == source.sentence()
              || other.quote().contains(source.quote())
              || source.quote().contains(other.quote()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two lists of sources share a cited sentence. */
  static boolean shareSentence(List<Source> a, List<Source> b) {
    return b.stream().anyMatch(source -> citedIn(a, source));
  }

  private static <T> int indexOf(List<T> items, T item, Rule<T> rule) {
    for (int i = 0; i < items.size(); i++) {
      if (rule.matches().test(items.get(i), item)) {
        return i;
      }
    }
    return -1;
  }
}
