package org.sijill.facts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a cache of files held when it was opened and what it holds now, each entry valid for one
 * size and time of change of its file: an entry looked up with another stamp is gone, one kept
 * for a file changed less than two seconds before it was read is not kept (a second change within
 * the same tick of the file system's clock would go unseen). Safe for several threads.
 */
public final class StampedEntries<E extends StampedEntries.Stamped> {
  private static final long RECENT_MILLIS = 2_000;

  /** An entry's stamp: its file's size and time of last change (ns). */
  public interface Stamped {
    long size();

    long modified();
  }

  private final Map<String, E> before;
  private final Map<String, E> now = new ConcurrentHashMap<>();
  private volatile boolean changed;

  public StampedEntries(Map<String, E> before) {
    this.before = before;
  }

  /** How many entries the cache held when it was opened. */
  public int size() {
    return before.size();
  }

  /** The entry of {@code name} if it has this size and time of change (kept from now on); else null. */
  public E get(String name, long size, long modified) {
    E entry = before.get(name);
    if (entry == null || entry.size() != size || entry.modified() != modified) {
      changed = true;
      return null;
    }
    now.put(name, entry);
    return entry;
  }

  /** Keeps {@code entry} for {@code name}, unless its file changed too recently to trust. */
  public void put(String name, E entry) {
    changed = true;
    if (entry.modified() / 1_000_000 < System.currentTimeMillis() - RECENT_MILLIS) {
      now.put(name, entry);
    }
  }

  /** Marks the entries as differing from what the cache held, without keeping one. */
  public void changed() {
    changed = true;
  }

  /** Whether the entries kept are exactly those the cache held. */
  public boolean unchanged() {
    return !changed && now.size() == before.size();
  }

  /** The entries kept since the cache was opened, by name. */
  public Map<String, E> now() {
    return now;
  }
}
