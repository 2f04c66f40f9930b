package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.Deal;
import org.sijill.facts.Party;

/** The deals extraction proposes, one line each, for tests that compare them whole. */
final class DealLines {
  private DealLines() {}

  /** Every deal as "type: party (role), …; amount", in the order proposed. */
  static List<String> of(List<Deal> deals) {
    return deals.stream().map(DealLines::line).toList();
  }

  /** Every deal as "type: party (role), …; amount; status", in the order proposed. */
  static List<String> withStatus(List<Deal> deals) {
    return deals.stream().map(d -> line(d) + "; " + d.status().yaml()).toList();
  }

  private static String line(Deal d) {
    List<String> parties = new ArrayList<>();
    for (Party p : d.parties()) {
      parties.add(p.entity() + " (" + p.role() + ")");
    }
    String amount = d.amount() == null ? "-" : d.amount().value().toPlainString() + " " + d.amount().currency();
    return d.type().yaml() + ": " + String.join(", ", parties) + "; " + amount;
  }
}
