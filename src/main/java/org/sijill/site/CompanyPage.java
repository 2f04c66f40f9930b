package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** {@code <lang>/companies/<id>.html}. {@code kind} is the YAML spelling of the company kind. */
@JsonTypeName("company")
public record CompanyPage(
    Parts.Head head,
    Parts.Name name,
    List<Txt> aliases,
    String kind,
    Parts.Link parent,
    List<Parts.Link> labs,
    Parts.Html summary,
    boolean draft,
    List<Parts.FactItem> facts,
    List<Parts.PersonRole> people,
    List<Parts.MoveItem> joined,
    List<Parts.MoveItem> left,
    List<Parts.DealRow> deals,
    List<Parts.Link> articles)
    implements Page {
  public CompanyPage {
    aliases = List.copyOf(aliases);
    labs = List.copyOf(labs);
    facts = List.copyOf(facts);
    people = List.copyOf(people);
    joined = List.copyOf(joined);
    left = List.copyOf(left);
    deals = List.copyOf(deals);
    articles = List.copyOf(articles);
  }
}
