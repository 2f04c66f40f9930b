package org.sijill.extract;

import java.util.Set;

/**
 * A rule that can find something only in a sentence holding one of its trigger words (a verb, a
 * title, a deal word): the extractor asks it about a sentence only when some clitic reading of one
 * of the sentence's words ({@link Lexicon#reading}) is among {@link #triggers()}. A rule that does
 * not implement this, or declares no triggers, is asked about every sentence.
 */
interface Triggered {
  /**
   * The normalised words ({@link Lexicon#norm}) without which this rule finds nothing: a
   * sentence none of whose words has a reading among them is left as it is. Read from the rule's
   * word lists once, never per sentence; empty: every sentence.
   */
  Set<String> triggers();
}
