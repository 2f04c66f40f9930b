package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** {@code <lang>/deals/<id>.html}. {@code type} and {@code status} are YAML spellings. */
@JsonTypeName("deal")
public record DealPage(
    Parts.Head head,
    Txt title,
    String type,
    String status,
    List<Parts.PartyRow> parties,
    Txt amount,
    Txt stake,
    Txt when,
    boolean draft,
    List<Parts.Cite> sources)
    implements Page {
  public DealPage {
    parties = List.copyOf(parties);
    sources = List.copyOf(sources);
  }
}
