package org.sijill.extract;

/**
 * The person set apart by "أما" before a verb after "ف" ("أما أ، المدير التقني السابق لـX، فقد
 * عُيّن نائباً لرئيس …"، "أما أ فانضم إلى …"): the one the verb is about, whichever side of it the
 * verb's other persons stand.
 */
final class TopicSubject {
  private static final String AMMA = Lexicon.norm("أما");
  private static final String FA_QAD = Lexicon.norm("فقد");
  /** How many words the topic and its description may take before the verb. */
  private static final int REACH = 16;

  private TopicSubject() {}

  /** The person named right after "أما" before trigger word {@code k}, its verb after "ف", or null. */
  static Gazetteer.Match of(SentenceView v, int k) {
    Tokens t = v.tokens();
    boolean fa = k > 0 && t.get(k - 1).norm().equals(FA_QAD) || t.raw(k).startsWith("ف");
    if (!fa) {
      return null;
    }
    for (int a = k - 2; a >= 0 && a >= k - REACH; a--) {
      if (t.get(a).norm().equals(AMMA)) {
        Gazetteer.Match p = v.spans()[a + 1];
        return p != null && p.first() == a + 1 && p.mention().kind() == EntityKind.PERSON && p.last() < k ? p : null;
      }
    }
    return null;
  }
}
