package org.sijill.facts;

import java.util.function.Supplier;

/**
 * A value worked out once, by the first thread that asks for it; later calls wait for it and
 * share it. A merge leaves the text, parsed document, record and schema check of a file it makes
 * as such values, so that another core can work them out while the next article is extracted.
 */
final class Later<T> implements Supplier<T> {
  private Supplier<T> work;
  private T value;

  Later(Supplier<T> work) {
    this.work = work;
  }

  /** A value already known. */
  static <T> Later<T> now(T value) {
    Later<T> later = new Later<>(null);
    later.value = value;
    return later;
  }

  @Override
  public synchronized T get() {
    if (work != null) {
      value = work.get();
      work = null;
    }
    return value;
  }
}
