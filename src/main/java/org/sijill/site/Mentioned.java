package org.sijill.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    List<Parts.Quote> quotes = new ArrayList<>();
    for (MentionIndex.SentenceRef ref : on.data.mentions.of(kind.folder() + "/" + id)) {
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

  /** The sentences mentioning the entity, as links grouped by article. */
  static List<Parts.ArticleMentions> byArticle(On on, EntityKind kind, String id) {
    Map<String, List<Parts.SentenceLink>> grouped = new LinkedHashMap<>();
    for (MentionIndex.SentenceRef ref : on.data.mentions.of(kind.folder() + "/" + id)) {
      grouped
          .computeIfAbsent(ref.article(), k -> new ArrayList<>())
          .add(new Parts.SentenceLink(ref.sentence(), href(on, ref)));
    }
    List<Parts.ArticleMentions> list = new ArrayList<>();
    grouped.forEach(
        (article, sentences) ->
            list.add(new Parts.ArticleMentions(on.note(article), on.article(article), sentences)));
    return list;
  }

  private static String href(On on, MentionIndex.SentenceRef ref) {
    return on.rel(On.entityPath(on.lang, "articles", ref.article())) + "#s" + ref.sentence();
  }
}
