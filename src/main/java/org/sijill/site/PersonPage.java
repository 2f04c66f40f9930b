package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** {@code <lang>/people/<id>.html}. {@code summary} is rendered Markdown, or null. */
@JsonTypeName("person")
public record PersonPage(
    Parts.Head head,
    Parts.Name name,
    List<Txt> aliases,
    Parts.Html summary,
    boolean draft,
    List<Parts.RoleItem> roles,
    List<Parts.MoveItem> moves,
    List<Parts.DealRow> deals,
    List<Parts.Link> articles)
    implements Page {
  public PersonPage {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    moves = List.copyOf(moves);
    deals = List.copyOf(deals);
    articles = List.copyOf(articles);
  }
}
