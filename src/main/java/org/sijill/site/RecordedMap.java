package org.sijill.site;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read-only view of a map of the fact base (or of the articles) that notes what a page reads:
 * looking up one id notes {@code <folder>/<id>}; asking which ids there are (the key set, the
 * size) notes {@code <folder>/#}; anything else (the values, the entries) notes {@code
 * <folder>/*}, every record. The map must not change once viewed: single records are looked up
 * in a hash index of it, and the key noted for each id is made once.
 */
final class RecordedMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
  private final SortedMap<String, V> map;
  private final String folder;
  private final Reads reads;
  private final Map<String, V> index;
  private final Map<Object, String> noted = new ConcurrentHashMap<>();

  RecordedMap(SortedMap<String, V> map, String folder, Reads reads) {
    this.map = map;
    this.folder = folder;
    this.reads = reads;
    this.index = new HashMap<>(map);
  }

  /** Notes that the record {@code key} was looked up. */
  private void note(Object key) {
    if (key == null) {
      reads.note(folder + "/null");
      return;
    }
    String name = noted.get(key);
    if (name == null) {
      name = noted.computeIfAbsent(key, k -> folder + "/" + k);
    }
    reads.note(name);
  }

  /** The map itself, whose reads are not noted. */
  SortedMap<String, V> unrecorded() {
    return map;
  }

  @Override
  public V get(Object key) {
    note(key);
    return key == null ? map.get(key) : index.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    note(key);
    return key == null ? map.containsKey(key) : index.containsKey(key);
  }

  @Override
  public V getOrDefault(Object key, V fallback) {
    note(key);
    return key == null ? map.getOrDefault(key, fallback) : index.getOrDefault(key, fallback);
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
