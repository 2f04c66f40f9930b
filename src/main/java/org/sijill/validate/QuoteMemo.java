package org.sijill.validate;

import org.sijill.facts.Source;

/**
 * What an earlier check found about quotes: a source known to hold (its quote is in the sentence it
 * names, in the very article text checked then) is not checked against its article again, so that
 * an article none of whose sources changed need not be read.
 */
public interface QuoteMemo {
  /** Remembers nothing: every source is checked. */
  QuoteMemo NONE =
      new QuoteMemo() {
        @Override
        public boolean holds(Source source) {
          return false;
        }

        @Override
        public void held(Source source) {}
      };

  /** Whether {@code source} is known to hold for the article's text now. */
  boolean holds(Source source);

  /** Notes that {@code source} was checked (or known) and holds; called once per source. */
  void held(Source source);
}
