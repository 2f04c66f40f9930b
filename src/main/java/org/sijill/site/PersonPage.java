package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * {@code <lang>/people/<id>.html}: the infobox ({@code current} organisation, {@code previous}
 * ones, roles), the moves in time order, deals, people who made the same move, every sentence that
 * mentions the person, and the numbered sources. {@code summary} is rendered Markdown, or null.
 */
@JsonTypeName("person")
public record PersonPage(
    Parts.Head head,
    Parts.Name name,
    List<Txt> aliases,
    Parts.Html summary,
    boolean draft,
    Parts.Link current,
    List<Parts.Link> previous,
    List<Parts.RoleItem> roles,
    List<Parts.MoveItem> moves,
    List<Parts.DealRow> deals,
    List<Parts.MoveItem> movedWith,
    List<Parts.Quote> mentions,
    Txt mentionCount,
    List<Parts.Note> notes)
    implements Page {
  public PersonPage {
    aliases = List.copyOf(aliases);
    previous = List.copyOf(previous);
    roles = List.copyOf(roles);
    moves = List.copyOf(moves);
    deals = List.copyOf(deals);
    movedWith = List.copyOf(movedWith);
    mentions = List.copyOf(mentions);
    notes = List.copyOf(notes);
  }
}
