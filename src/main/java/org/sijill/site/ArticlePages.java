package org.sijill.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sijill.articles.Article;
import org.sijill.articles.Sentence;
import org.sijill.extract.EntityKind;
import org.sijill.extract.Mention;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;

/**
 * Article pages: the original text, an anchor per sentence, mentions linked, citing facts listed.
 */
final class ArticlePages {
  private final SiteData data;
  private final Lang lang;
  private final Citations citations;
  private final JsonLd jsonLd;

  ArticlePages(SiteData data, Lang lang) {
    this.data = data;
    this.lang = lang;
    this.citations = data.citations(lang);
    this.jsonLd = new JsonLd(data);
  }

  ArticlePage page(ArticleRecord record, Article article) {
    On on = new On(data, lang, On.entityPath(lang, "articles", record.id()));
    Lang textLang = Lang.of(record.language());
    Txt title = translatedTitle(record.title(), textLang);
    String headText = title != null ? title.plain() : article.title();
    List<Parts.Paragraph> paragraphs = new ArrayList<>();
    List<Parts.SentenceView> current = new ArrayList<>();
    int paragraph = -1;
    for (Sentence sentence :
        article
            .sentences()
            .subList(Math.min(1, article.sentences().size()), article.sentences().size())) {
      if (sentence.paragraph() != paragraph && !current.isEmpty()) {
        paragraphs.add(new Parts.Paragraph(current));
        current = new ArrayList<>();
      }
      paragraph = sentence.paragraph();
      current.add(sentence(on, record.id(), sentence, textLang));
    }
    if (!current.isEmpty()) {
      paragraphs.add(new Parts.Paragraph(current));
    }
    Parts.SentenceView headline =
        article.sentences().isEmpty()
            ? new Parts.SentenceView(1, List.of(), List.of())
            : sentence(on, record.id(), article.sentence(1), textLang);
    Txt otherTitle = lang == textLang ? translatedTitle(record.title(), lang.other(), textLang) : null;
    Parts.Link outlet = record.outlet() == null ? null : on.company(record.outlet());
    Parts.When published = record.published() == null ? null : on.when(record.published(), null);
    List<String> parts = new ArrayList<>();
    if (outlet != null) {
      parts.add(outlet.label().plain());
    }
    if (published != null) {
      parts.add(published.text().plain());
    }
    Set<String> about = new TreeSet<>();
    for (Sentence s : article.sentences()) {
      data.mentions.in(record.id(), s.number()).forEach(m -> about.add(m.kind().folder() + "/" + m.id()));
    }
    about.removeIf(key -> key.startsWith("deals/"));
    Parts.Head head = on.head("articles", headText);
    head =
        head.with(
            head.meta()
                .with(
                    headText
                        + (parts.isEmpty() ? "" : " — " + String.join(on.messages().get("detail.sep"), parts)),
                    "article",
                    jsonLd.article(record, lang, about)));
    return new ArticlePage(
        head,
        title,
        otherTitle,
        textLang.code(),
        textLang.dir(),
        headline,
        paragraphs,
        outlet,
        published,
        isWebLink(record.url()) ? record.url() : null,
        record.mentions() == null
            ? List.of()
            : record.mentions().people().stream().map(on::person).toList(),
        record.mentions() == null
            ? List.of()
            : record.mentions().companies().stream().map(on::company).toList(),
        record.mentions() == null
            ? List.of()
            : record.mentions().deals().stream().map(on::deal).toList());
  }

  private static boolean isWebLink(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://"));
  }

  /** The headline in the page's language when the page is not in the article's language. */
  private Txt translatedTitle(Bilingual title, Lang textLang) {
    return lang == textLang ? null : translatedTitle(title, lang, textLang);
  }

  /** The headline in {@code in}, when it is given and {@code in} is not the article's language. */
  private static Txt translatedTitle(Bilingual title, Lang in, Lang textLang) {
    if (in == textLang || title == null) {
      return null;
    }
    String text = in == Lang.AR ? title.ar() : title.en();
    return text == null || text.isBlank() ? null : Scripts.in(in, text);
  }

  private Parts.SentenceView sentence(On on, String articleId, Sentence sentence, Lang textLang) {
    String text = sentence.text();
    List<Parts.Segment> segments = new ArrayList<>();
    int at = 0;
    List<Mention> mentions = data.mentions.in(articleId, sentence.number());
    for (Mention mention : mentions) {
      if (mention.start() < at
          || mention.end() > text.length()
          || mention.end() <= mention.start()) {
        continue;
      }
      String href = href(on, mention);
      if (href == null) {
        continue;
      }
      if (mention.start() > at) {
        segments.add(
            new Parts.Segment(null, Scripts.runs(textLang, text.substring(at, mention.start()))));
      }
      segments.add(
          new Parts.Segment(
              href, Scripts.runs(textLang, text.substring(mention.start(), mention.end()))));
      at = mention.end();
    }
    if (at < text.length() || segments.isEmpty()) {
      segments.add(new Parts.Segment(null, Scripts.runs(textLang, text.substring(at))));
    }
    return new Parts.SentenceView(
        sentence.number(), segments, citations.citing(articleId, sentence.number()));
  }

  /** The link of a mention, or null when its entity has no page. */
  private String href(On on, Mention mention) {
    EntityKind kind = mention.kind();
    boolean known =
        switch (kind) {
          case PERSON -> data.facts.people().containsKey(mention.id());
          case COMPANY -> data.facts.companies().containsKey(mention.id());
          case DEAL -> data.facts.deals().containsKey(mention.id());
        };
    return known ? on.rel(On.entityPath(lang, kind.folder(), mention.id())) : null;
  }
}
