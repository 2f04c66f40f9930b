package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** {@code <lang>/index.html}: what the site holds, and the latest moves and deals. */
@JsonTypeName("home")
public record HomePage(
    Parts.Head head,
    Txt description,
    List<Parts.Count> counts,
    List<Parts.MoveItem> recentMoves,
    List<Parts.DealRow> recentDeals)
    implements Page {
  public HomePage {
    counts = List.copyOf(counts);
    recentMoves = List.copyOf(recentMoves);
    recentDeals = List.copyOf(recentDeals);
  }
}
