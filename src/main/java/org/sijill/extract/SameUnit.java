package org.sijill.extract;

import java.util.Set;

/**
 * "الوحدة ذاتها"، "المختبر نفسه" (the same unit, the same lab): a unit already named, which after a
 * joining word stands, like "الشركة", for the company the article is about.
 */
final class SameUnit {
  private static final Set<String> UNITS = Set.of("الوحده", "المختبر", "الفريق", "القسم", "المختبرات");
  private static final Set<String> SAME = Set.of("ذاتها", "ذاته", "نفسها", "نفسه");

  private SameUnit() {}

  /** Whether word {@code i} of {@code t} is a unit word followed by a word of sameness. */
  static boolean named(Tokens t, int i) {
    return i + 1 < t.size() && UNITS.contains(t.get(i).norm()) && SAME.contains(t.get(i + 1).norm()) && t.gapBefore(i + 1).isBlank();
  }
}
