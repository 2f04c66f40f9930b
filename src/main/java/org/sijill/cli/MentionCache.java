package org.sijill.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijill.articles.Article;
import org.sijill.articles.Sentence;
import org.sijill.extract.Mention;
import org.sijill.extract.MentionFinder;

/**
 * The mentions of every sentence of the articles, found once, on every core, before the pages are
 * built: each article page, in both languages, then asks for the mentions of its sentences. A text
 * not seen before is looked up then.
 */
final class MentionCache implements MentionFinder {
  private final MentionFinder finder;
  private final Map<String, List<Mention>> found = new ConcurrentHashMap<>();

  private MentionCache(MentionFinder finder) {
    this.finder = finder;
  }

  /** {@code finder} must be safe to call from several threads (the gazetteer is immutable). */
  static MentionCache of(MentionFinder finder, Iterable<Article> articles) {
    MentionCache cache = new MentionCache(finder);
    java.util.List<Sentence> sentences = new java.util.ArrayList<>();
    articles.forEach(a -> sentences.addAll(a.sentences()));
    sentences.parallelStream().forEach(s -> cache.find(s.text()));
    return cache;
  }

  @Override
  public List<Mention> find(String text) {
    List<Mention> mentions = found.get(text);
    if (mentions == null) {
      mentions = List.copyOf(finder.find(text));
      found.putIfAbsent(text, mentions);
    }
    return mentions;
  }
}
