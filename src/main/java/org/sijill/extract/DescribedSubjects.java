package org.sijill.extract;

/**
 * A subject whose description between commas is long ("أعلن تيم بروكس، أحد قائدي فريق تطوير نموذج
 * توليد الفيديو «سورا» في شركة «أوبن إيه آي»، انتقاله إلى …"): the verb or noun of the move right
 * after the closing comma is the person's however many words the description takes, up to
 * {@link #LONGEST}.
 */
final class DescribedSubjects {
  private static final int LONGEST = 24;

  private DescribedSubjects() {}

  /** Whether words {@code last} (a person's last) and {@code k} are joined by one description between commas and nothing else. */
  static boolean between(Tokens t, int last, int k) {
    if (k - last > LONGEST || k <= last + 1 || !comma(t.gapAfter(last)) || !comma(t.gapBefore(k))) {
      return false;
    }
    for (int j = last + 2; j < k; j++) {
      if (comma(t.gapBefore(j)) || t.gapBefore(j).contains(".")) {
        return false;
      }
    }
    return true;
  }

  private static boolean comma(String gap) {
    return gap.contains("،") || gap.contains(",");
  }
}
