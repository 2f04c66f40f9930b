package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * {@code <lang>/articles/<id>.html}: the original text in {@code textLang}, sentence by sentence.
 * {@code title} is the headline translated into the page's language, or null when the page is in
 * the article's language (the headline sentence is the title then); {@code otherTitle} is then
 * the headline's translation into the other language, or null.
 */
@JsonTypeName("article")
public record ArticlePage(
    Parts.Head head,
    Txt title,
    Txt otherTitle,
    String textLang,
    String textDir,
    Parts.SentenceView headline,
    List<Parts.Paragraph> paragraphs,
    Parts.Link outlet,
    Parts.When published,
    String url,
    List<Parts.Link> people,
    List<Parts.Link> companies,
    List<Parts.Link> deals)
    implements Page {
  public ArticlePage {
    paragraphs = List.copyOf(paragraphs);
    people = List.copyOf(people);
    companies = List.copyOf(companies);
    deals = List.copyOf(deals);
  }
}
