package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * {@code <lang>/deals/<id>.html}. {@code type} and {@code status} are YAML spellings; {@code
 * amountExact} is the amount in whole units and its currency ({@code 14300000000 USD}); {@code
 * precision} names how much of the date is known ({@code precision.month}); {@code dateText} is
 * the date in the article's words; {@code brought} are the moves between the parties.
 */
@JsonTypeName("deal")
public record DealPage(
    Parts.Head head,
    Txt title,
    Txt otherTitle,
    String type,
    String status,
    List<Parts.PartyRow> parties,
    Txt amount,
    String amountValue,
    String amountCurrency,
    Txt stake,
    Parts.When when,
    String precision,
    Txt dateText,
    boolean draft,
    List<Parts.MoveItem> brought,
    List<Parts.Cite> sources,
    List<Parts.Note> notes)
    implements Page {
  public DealPage {
    parties = List.copyOf(parties);
    brought = List.copyOf(brought);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
  }
}
