package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * {@code <lang>/index.html}: what the site holds, the talent flow between companies (an SVG drawn
 * at build time and the same figures as a table), the latest moves, the biggest deals, and a
 * timeline of moves and deals by month.
 */
@JsonTypeName("home")
public record HomePage(
    Parts.Head head,
    Txt description,
    List<Parts.Count> counts,
    String flowSvg,
    List<FlowRow> flows,
    List<Parts.MoveItem> latestMoves,
    List<Parts.DealRow> biggestDeals,
    List<Period> timeline)
    implements Page {
  public HomePage {
    counts = List.copyOf(counts);
    flows = List.copyOf(flows);
    latestMoves = List.copyOf(latestMoves);
    biggestDeals = List.copyOf(biggestDeals);
    timeline = List.copyOf(timeline);
  }

  /** People who moved from one organisation to another, as a row of the flow table. */
  public record FlowRow(Parts.Link from, Parts.Link to, int count, List<Parts.MoveItem> moves) {
    public FlowRow {
      moves = List.copyOf(moves);
    }
  }

  /** A month (or a year, or no date at all when {@code when} is null) of the timeline. */
  public record Period(String id, Parts.When when, List<Event> events) {
    public Period {
      events = List.copyOf(events);
    }
  }

  /** A move or a deal on the timeline: exactly one of {@code move} and {@code deal} is set. */
  public record Event(Parts.MoveItem move, Parts.DealRow deal) {}
}
