package org.sijill.facts;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable map sorted by its string keys that shares structure with the map it was made from:
 * {@link #with} costs O(log n) and leaves this map as it was. A run of merges makes a new fact base
 * after each article; with this map that does not copy every record of the base each time.
 * Unmodifiable through the {@link Map} interface.
 */
final class SharedSortedMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
  /** A node of a balanced (AVL) tree; never changed once made. */
  private record Node<V>(String key, V value, Node<V> left, Node<V> right, int height, int size) {
    static <V> Node<V> of(String key, V value, Node<V> left, Node<V> right) {
      return new Node<>(key, value, left, right, 1 + Math.max(SharedSortedMap.height(left), SharedSortedMap.height(right)), 1 + SharedSortedMap.size(left) + SharedSortedMap.size(right));
    }
  }

  private static final SharedSortedMap<?> EMPTY = new SharedSortedMap<>(null);

  private final Node<V> root;

  private SharedSortedMap(Node<V> root) {
    this.root = root;
  }

  @SuppressWarnings("unchecked")
  static <V> SharedSortedMap<V> empty() {
    return (SharedSortedMap<V>) EMPTY;
  }

  /** {@code map} itself if it is one, else a copy of it. */
  static <V> SharedSortedMap<V> of(Map<String, V> map) {
    if (map instanceof SharedSortedMap<V> shared) {
      return shared;
    }
    SharedSortedMap<V> out = empty();
    for (Map.Entry<String, V> e : new TreeMap<>(map).entrySet()) {
      out = out.with(e.getKey(), e.getValue());
    }
    return out;
  }

  /** This map with {@code key} mapped to {@code value}. */
  SharedSortedMap<V> with(String key, V value) {
    if (key == null || value == null) {
      throw new NullPointerException("null key or value");
    }
    return new SharedSortedMap<>(put(root, key, value));
  }

  private static <V> Node<V> put(Node<V> n, String key, V value) {
    if (n == null) {
      return Node.of(key, value, null, null);
    }
    int c = key.compareTo(n.key());
    if (c == 0) {
      return n.value() == value ? n : new Node<>(key, value, n.left(), n.right(), n.height(), n.size());
    }
    return c < 0
        ? balance(n.key(), n.value(), put(n.left(), key, value), n.right())
        : balance(n.key(), n.value(), n.left(), put(n.right(), key, value));
  }

  private static <V> Node<V> balance(String key, V value, Node<V> left, Node<V> right) {
    int lean = height(left) - height(right);
    if (lean > 1) {
      if (height(left.left()) < height(left.right())) {
        left = rotateLeft(left);
      }
      return rotateRight(Node.of(key, value, left, right));
    }
    if (lean < -1) {
      if (height(right.right()) < height(right.left())) {
        right = rotateRight(right);
      }
      return rotateLeft(Node.of(key, value, left, right));
    }
    return Node.of(key, value, left, right);
  }

  private static <V> Node<V> rotateRight(Node<V> n) {
    Node<V> l = n.left();
    return Node.of(l.key(), l.value(), l.left(), Node.of(n.key(), n.value(), l.right(), n.right()));
  }

  private static <V> Node<V> rotateLeft(Node<V> n) {
    Node<V> r = n.right();
    return Node.of(r.key(), r.value(), Node.of(n.key(), n.value(), n.left(), r.left()), r.right());
  }

  private static int height(Node<?> n) {
    return n == null ? 0 : n.height();
  }

  private static int size(Node<?> n) {
    return n == null ? 0 : n.size();
  }

  private Node<V> find(Object key) {
    if (!(key instanceof String k)) {
      return null;
    }
    Node<V> n = root;
    while (n != null) {
      int c = k.compareTo(n.key());
      if (c == 0) {
        return n;
      }
      n = c < 0 ? n.left() : n.right();
    }
    return null;
  }

  @Override
  public V get(Object key) {
    Node<V> n = find(key);
    return n == null ? null : n.value();
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) != null;
  }

  @Override
  public int size() {
    return size(root);
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new InOrder<>(root);
      }

      @Override
      public int size() {
        return SharedSortedMap.this.size();
      }
    };
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public String firstKey() {
    if (root == null) {
      throw new NoSuchElementException();
    }
    Node<V> n = root;
    while (n.left() != null) {
      n = n.left();
    }
    return n.key();
  }

  @Override
  public String lastKey() {
    if (root == null) {
      throw new NoSuchElementException();
    }
    Node<V> n = root;
    while (n.right() != null) {
      n = n.right();
    }
    return n.key();
  }

  @Override
  public SortedMap<String, V> subMap(String fromKey, String toKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
  }

  @Override
  public SortedMap<String, V> headMap(String toKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
  }

  @Override
  public SortedMap<String, V> tailMap(String fromKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
  }

  /** The entries in key order. */
  private static final class InOrder<V> implements Iterator<Map.Entry<String, V>> {
    private final ArrayDeque<Node<V>> path = new ArrayDeque<>();

    InOrder(Node<V> root) {
      descend(root);
    }

    private void descend(Node<V> n) {
      while (n != null) {
        path.push(n);
        n = n.left();
      }
    }

    @Override
    public boolean hasNext() {
      return !path.isEmpty();
    }

    @Override
    public Map.Entry<String, V> next() {
      if (path.isEmpty()) {
        throw new NoSuchElementException();
      }
      Node<V> n = path.pop();
      descend(n.right());
      return new AbstractMap.SimpleImmutableEntry<>(n.key(), n.value());
    }
  }
}
