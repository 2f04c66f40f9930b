package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.articles.Article;
import org.sijill.articles.Sentence;
import org.sijill.extract.Mention;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.FactBase;

/**
 * The entities the gazetteer recognises in every sentence of every article that has a page, found
 * once per build: article pages link them, entity pages list the sentences that mention them.
 */
final class MentionIndex {
  /** Sentence {@code sentence} of article {@code article}. */
  record SentenceRef(String article, int sentence) {}

  private final Map<String, List<List<Mention>>> byArticle = new TreeMap<>();
  private final Map<String, List<SentenceRef>> byEntity = new TreeMap<>();
  private final Reads reads;

  MentionIndex(FactBase facts, Map<String, Article> articles, MentionFinder finder) {
    this(facts, articles, finder, new Reads());
  }

  MentionIndex(FactBase facts, Map<String, Article> articles, MentionFinder finder, Reads reads) {
    this.reads = reads;
    for (ArticleRecord record : facts.articles().values()) {
      Article article = articles.get(record.id());
      if (article == null) {
        continue;
      }
      List<List<Mention>> known =
          finder instanceof ArticleMentions held ? held.sentences(article) : null;
      List<List<Mention>> sentences = new ArrayList<>();
      for (int i = 0; i < article.sentences().size(); i++) {
        Sentence sentence = article.sentences().get(i);
        List<Mention> found = new ArrayList<>();
        List<Mention> given = known != null ? known.get(i) : finder.find(sentence.text());
        for (Mention m : given) {
          if (m.start() >= 0 && m.end() <= sentence.text().length() && m.end() > m.start()) {
            found.add(m);
          }
        }
        found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        sentences.add(List.copyOf(found));
        found.stream()
            .map(m -> m.kind().folder() + "/" + m.id())
            .distinct()
            .forEach(
                key ->
                    byEntity
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new SentenceRef(record.id(), sentence.number())));
      }
      byArticle.put(record.id(), sentences);
    }
  }

  /** The mentions in every sentence of {@code article}, for fingerprints. */
  List<List<Mention>> in(String article) {
    return byArticle.getOrDefault(article, List.of());
  }

  /** The mentions in sentence {@code sentence} (1-based) of {@code article}, left to right. */
  List<Mention> in(String article, int sentence) {
    reads.note("mentions-in/" + article);
    List<List<Mention>> sentences = byArticle.get(article);
    return sentences == null || sentence < 1 || sentence > sentences.size()
        ? List.of()
        : sentences.get(sentence - 1);
  }

  /** The sentences mentioning {@code entityKey} ({@code people/<id>}, ...), in article order. */
  List<SentenceRef> of(String entityKey) {
    reads.note("mentions-of/" + entityKey);
    return byEntity.getOrDefault(entityKey, List.of());
  }
}
