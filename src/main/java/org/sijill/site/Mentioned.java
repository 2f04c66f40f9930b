package org.sijill.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijill.articles.Article;
import org.sijill.extract.EntityKind;
import org.sijill.extract.Mention;
import org.sijill.facts.ArticleRecord;

/** The sentences that mention an entity, as listed on its page. */
final class Mentioned {
  private Mentioned() {}

  /** Every sentence mentioning the entity, quoted whole with the mention marked. */
  static List<Parts.Quote> quotes(On on, EntityKind kind, String id) {
    return quotes(on, kind, id, on.data.mentions.of(kind.folder() + "/" + id));
  }

  /** The sentences {@code refs}, which mention the entity, quoted whole with the mention marked. */
  static List<Parts.Quote> quotes(
      On on, EntityKind kind, String id, List<MentionIndex.SentenceRef> refs) {
    List<Parts.Quote> quotes = new ArrayList<>();
    for (MentionIndex.SentenceRef ref : refs) {
      Article article = on.data.articles.get(ref.article());
      ArticleRecord record = on.data.facts.articles().get(ref.article());
      Lang textLang = Lang.of(record.language());
      String text = article.sentence(ref.sentence()).text();
      List<Parts.Mark> marks = new ArrayList<>();
      int at = 0;
      for (Mention m : on.data.mentions.in(ref.article(), ref.sentence())) {
        if (m.kind() != kind || !m.id().equals(id) || m.start() < at) {
          continue;
        }
        if (m.start() > at) {
          marks.add(new Parts.Mark(Scripts.runs(textLang, text.substring(at, m.start())), false));
        }
        marks.add(new Parts.Mark(Scripts.runs(textLang, text.substring(m.start(), m.end())), true));
        at = m.end();
      }
      if (at < text.length()) {
        marks.add(new Parts.Mark(Scripts.runs(textLang, text.substring(at)), false));
      }
      quotes.add(
          new Parts.Quote(
              href(on, ref),
              ref.sentence(),
              on.note(ref.article()),
              textLang.code(),
              textLang.dir(),
              marks));
    }
    return quotes;
  }

  /** The sentences mentioning the entity, as links, grouped by article ({@link LongLists#byArticle}). */
  static List<Parts.ArticleMentions> byArticle(
      On on, List<Map.Entry<String, List<MentionIndex.SentenceRef>>> grouped) {
    List<Parts.ArticleMentions> list = new ArrayList<>();
    for (Map.Entry<String, List<MentionIndex.SentenceRef>> e : grouped) {
      List<Parts.SentenceLink> sentences = links(on, e.getValue());
      list.add(new Parts.ArticleMentions(on.note(e.getKey()), on.article(e.getKey()), sentences));
    }
    return list;
  }

  /**
   * The sentences mentioning the entity, as links grouped by article, each article with its
   * outlet and date instead of a number in a list of sources.
   */
  static List<Parts.ArticleMentions> lines(
      On on, List<Map.Entry<String, List<MentionIndex.SentenceRef>>> grouped) {
    List<Parts.ArticleMentions> list = new ArrayList<>();
    for (Map.Entry<String, List<MentionIndex.SentenceRef>> e : grouped) {
      List<Parts.SentenceLink> sentences = links(on, e.getValue());
      ArticleRecord record = on.data.facts.articles().get(e.getKey());
      list.add(
          new Parts.ArticleMentions(
              0,
              on.article(e.getKey()),
              sentences,
              record == null || record.outlet() == null ? null : on.company(record.outlet()).label(),
              record == null || record.published() == null ? null : on.when(record.published(), null)));
    }
    return list;
  }

  private static List<Parts.SentenceLink> links(On on, List<MentionIndex.SentenceRef> refs) {
    List<Parts.SentenceLink> links = new ArrayList<>();
    for (MentionIndex.SentenceRef ref : refs) {
      links.add(new Parts.SentenceLink(ref.sentence(), href(on, ref)));
    }
    return links;
  }

  private static String href(On on, MentionIndex.SentenceRef ref) {
    return on.rel(On.entityPath(on.lang, "articles", ref.article())) + "#s" + ref.sentence();
  }
}
