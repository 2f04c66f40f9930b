package org.sijill.cli;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sijill.articles.Article;

/**
 * The articles of {@code seeds/} by id, read-only. An article read from its file is held as read;
 * one taken from the seed cache is held as the cache's bytes and decoded each time it is asked for
 * (the last few decoded are remembered), so that the texts and sentences of the articles a build
 * does not look at are neither decoded nor kept: they would be most of the live heap, copied and
 * compacted by every collection. What identifies each article's file (its name, SHA-256 and number
 * of sentences) is known without decoding it.
 */
final class HeldArticles extends AbstractMap<String, Article> implements SortedMap<String, Article> {
  /** How many decoded articles are remembered (a page asks for one article many times running). */
  private static final int RECENT = 64;

  /** One article: what identifies its file, and the article itself. */
  interface Held {
    String file();

    String sha256();

    /** How many sentences the article has. */
    int sentences();

    /** The article (decoded again on each call when it is held as bytes). */
    Article article();

    /** Whether {@link #article()} decodes. */
    default boolean decodes() {
      return false;
    }
  }

  /** An article held as read. */
  record Read(Article article) implements Held {
    @Override
    public String file() {
      return article.file();
    }

    @Override
    public String sha256() {
      return article.sha256();
    }

    @Override
    public int sentences() {
      return article.sentences().size();
    }
  }

  private final NavigableMap<String, Held> held;
  private final Map<String, Article> recent =
      new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Article> eldest) {
          return size() > RECENT;
        }
      };

  HeldArticles(NavigableMap<String, Held> held) {
    this.held = held;
  }

  /** The articles as read, by id. */
  static HeldArticles of(Iterable<Article> articles) {
    TreeMap<String, Held> held = new TreeMap<>();
    articles.forEach(a -> held.put(a.id(), new Read(a)));
    return new HeldArticles(held);
  }

  /** What identifies each article's file, by id, without decoding the articles. */
  NavigableMap<String, Held> held() {
    return java.util.Collections.unmodifiableNavigableMap(held);
  }

  @Override
  public Article get(Object key) {
    Held h = key instanceof String id ? held.get(id) : null;
    if (h == null) {
      return null;
    }
    if (!h.decodes()) {
      return h.article();
    }
    String id = (String) key;
    synchronized (recent) {
      Article known = recent.get(id);
      if (known != null) {
        return known;
      }
    }
    Article article = h.article();
    synchronized (recent) {
      recent.put(id, article);
    }
    return article;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String id && held.containsKey(id);
  }

  @Override
  public int size() {
    return held.size();
  }

  @Override
  public Set<String> keySet() {
    return java.util.Collections.unmodifiableSet(held.navigableKeySet());
  }

  @Override
  public Collection<Article> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Article> iterator() {
        Iterator<Map.Entry<String, Held>> it = held.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Article next() {
            return it.next().getValue().article();
          }
        };
      }

      @Override
      public int size() {
        return held.size();
      }
    };
  }

  @Override
  public Set<Map.Entry<String, Article>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Article>> iterator() {
        Iterator<Map.Entry<String, Held>> it = held.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Map.Entry<String, Article> next() {
            Map.Entry<String, Held> e = it.next();
            return new SimpleImmutableEntry<>(e.getKey(), e.getValue().article());
          }
        };
      }

      @Override
      public int size() {
        return held.size();
      }
    };
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public SortedMap<String, Article> subMap(String from, String to) {
    return new HeldArticles(held.subMap(from, true, to, false));
  }

  @Override
  public SortedMap<String, Article> headMap(String to) {
    return new HeldArticles(held.headMap(to, false));
  }

  @Override
  public SortedMap<String, Article> tailMap(String from) {
    return new HeldArticles(held.tailMap(from, true));
  }

  @Override
  public String firstKey() {
    return held.firstKey();
  }

  @Override
  public String lastKey() {
    return held.lastKey();
  }
}
