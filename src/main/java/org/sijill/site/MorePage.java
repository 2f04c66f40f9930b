package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * {@code <lang>/<people|companies>/<id>/<list>[-<n>].html}: one page of a list too long for its
 * entity's page ({@link LongLists}): the entity, the list's heading ({@code heading}, a label key)
 * and size, which page of how many, a link to each page ({@code href} null for this one), the
 * items of the list on this page (only the field of the list's kind is filled: moves, people with
 * their roles, deals, sentences grouped by article, quoted sentences, or the sources of one fact,
 * which {@code fact} then states and {@code entity} links to), and the numbered sources.
 */
@JsonTypeName("more")
public record MorePage(
    Parts.Head head,
    Parts.Link entity,
    Txt fact,
    String list,
    String heading,
    Txt count,
    Txt position,
    List<Parts.Link> pages,
    List<Parts.MoveItem> moves,
    List<Parts.PersonRole> people,
    List<Parts.DealRow> deals,
    List<Parts.ArticleMentions> articles,
    List<Parts.Quote> quotes,
    List<Parts.Cite> cites,
    List<Parts.Note> notes)
    implements Page {
  public MorePage {
    pages = List.copyOf(pages);
    moves = List.copyOf(moves);
    people = List.copyOf(people);
    deals = List.copyOf(deals);
    articles = List.copyOf(articles);
    quotes = List.copyOf(quotes);
    cites = List.copyOf(cites);
    notes = List.copyOf(notes);
  }
}
