package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijill.articles.Article;
import org.sijill.articles.Sentence;
import org.sijill.extract.EntityKind;
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

  private final Map<String, List<List<Mention>>> byArticle = new HashMap<>();
  private final Map<String, List<SentenceRef>> byEntity = new HashMap<>();
  private final Reads reads;
  /** The key of each entity mentioned ({@code people/<id>}, ...), made once. */
  private final Map<EntityKind, Map<String, String>> keys = new java.util.EnumMap<>(EntityKind.class);
  private static final Comparator<Mention> BY_POSITION =
      Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

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
      List<List<Mention>> sentences = new ArrayList<>(article.sentences().size());
      for (int i = 0; i < article.sentences().size(); i++) {
        Sentence sentence = article.sentences().get(i);
        List<Mention> given = known != null ? known.get(i) : finder.find(sentence.text());
        List<Mention> found = inside(given, sentence.text().length());
        sentences.add(found);
        SentenceRef ref = null;
        for (int k = 0; k < found.size(); k++) {
          Mention m = found.get(k);
          if (earlier(found, k)) {
            continue;
          }
          if (ref == null) {
            ref = new SentenceRef(record.id(), sentence.number());
          }
          String key = keys.computeIfAbsent(m.kind(), kind -> new HashMap<>())
              .computeIfAbsent(m.id(), id -> m.kind().folder() + "/" + id);
          byEntity.computeIfAbsent(key, e -> new ArrayList<>()).add(ref);
        }
      }
      byArticle.put(record.id(), sentences);
    }
  }

  /**
   * The mentions of {@code given} that lie inside a sentence of {@code length} characters, in
   * order of start and end; {@code given} itself when it is already so (as found mentions are).
   */
  private static List<Mention> inside(List<Mention> given, int length) {
    boolean as = true;
    for (int k = 0; k < given.size() && as; k++) {
      Mention m = given.get(k);
      as = m.start() >= 0 && m.end() <= length && m.end() > m.start()
          && (k == 0 || BY_POSITION.compare(given.get(k - 1), m) <= 0);
    }
    if (as) {
      return List.copyOf(given);
    }
    List<Mention> found = new ArrayList<>();
    for (Mention m : given) {
      if (m.start() >= 0 && m.end() <= length && m.end() > m.start()) {
        found.add(m);
      }
    }
    found.sort(BY_POSITION);
    return List.copyOf(found);
  }

  /** Whether an entity of {@code found} before position {@code k} is the one mentioned at k. */
  private static boolean earlier(List<Mention> found, int k) {
    Mention m = found.get(k);
    for (int j = 0; j < k; j++) {
      if (found.get(j).kind() == m.kind() && found.get(j).id().equals(m.id())) {
        return true;
      }
    }
    return false;
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
