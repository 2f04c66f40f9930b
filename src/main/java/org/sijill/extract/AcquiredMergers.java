package org.sijill.extract;

import java.util.List;
import java.util.Set;
import org.sijill.facts.DealType;

/**
 * A merger of two organisations one of which the article says acquired the other is that
 * acquisition, told again as the bought company's joining the buyer ("أتمّت سينوبسيس استحواذها
 * على أنسيس …" then "إن دمج أنسيس في سينوبسيس يجمع …"): no deal of its own.
 */
final class AcquiredMergers {
  private AcquiredMergers() {}

  /** {@code found}, an article's deals, without the mergers of an acquirer and its target. */
  static List<DealFinder.Found> without(List<DealFinder.Found> found) {
    return found.stream().filter(f -> f.type() != DealType.MERGER || !acquired(f, found)).toList();
  }

  private static boolean acquired(DealFinder.Found merger, List<DealFinder.Found> found) {
    Set<String> pair = Set.of(merger.subject(), merger.object());
    return pair.size() == 2 && found.stream().anyMatch(f -> f.type() == DealType.ACQUISITION && pair.equals(Set.of(f.subject(), f.object())));
  }
}
