package org.sijill.site;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * A read-only view of a map of the fact base (or of the articles) that notes what a page reads:
 * looking up one id notes {@code <folder>/<id>}; asking which ids there are (the key set, the
 * size) notes {@code <folder>/#}; anything else (the values, the entries) notes {@code
 * <folder>/*}, every record.
 */
final class RecordedMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
  private final SortedMap<String, V> map;
  private final String folder;
  private final Reads reads;

  RecordedMap(SortedMap<String, V> map, String folder, Reads reads) {
    this.map = map;
    this.folder = folder;
    this.reads = reads;
  }

  /** The map itself, whose reads are not noted. */
  SortedMap<String, V> unrecorded() {
    return map;
  }

  @Override
  public V get(Object key) {
    reads.note(folder + "/" + key);
    return map.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    reads.note(folder + "/" + key);
    return map.containsKey(key);
  }

  @Override
  public V getOrDefault(Object key, V fallback) {
    reads.note(folder + "/" + key);
    return map.getOrDefault(key, fallback);
  }

  @Override
  public int size() {
    reads.note(folder + "/#");
    return map.size();
  }

  @Override
  public boolean isEmpty() {
    reads.note(folder + "/#");
    return map.isEmpty();
  }

  @Override
  public Set<String> keySet() {
    reads.note(folder + "/#");
    return java.util.Collections.unmodifiableSet(map.keySet());
  }

  @Override
  public String firstKey() {
    reads.note(folder + "/#");
    return map.firstKey();
  }

  @Override
  public String lastKey() {
    reads.note(folder + "/#");
    return map.lastKey();
  }

  @Override
  public Collection<V> values() {
    reads.note(folder + "/*");
    return java.util.Collections.unmodifiableCollection(map.values());
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    reads.note(folder + "/*");
    return java.util.Collections.unmodifiableMap(map).entrySet();
  }

  @Override
  public SortedMap<String, V> subMap(String from, String to) {
    reads.note(folder + "/*");
    return java.util.Collections.unmodifiableSortedMap(map.subMap(from, to));
  }

  @Override
  public SortedMap<String, V> headMap(String to) {
    reads.note(folder + "/*");
    return java.util.Collections.unmodifiableSortedMap(map.headMap(to));
  }

  @Override
  public SortedMap<String, V> tailMap(String from) {
    reads.note(folder + "/*");
    return java.util.Collections.unmodifiableSortedMap(map.tailMap(from));
  }

  @Override
  public Comparator<? super String> comparator() {
    return map.comparator();
  }
}
