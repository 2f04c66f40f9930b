package org.sijill.facts;

import java.math.BigDecimal;
import java.util.List;

/** {@code content/deals/<id>.yaml}. */
public record Deal(
    String id,
    DealType type,
    Bilingual title,
    List<Party> parties,
    Money amount,
    BigDecimal stakePercent,
    String date,
    String dateText,
    DealStatus status,
    List<Source> sources,
    Review review) {
  public Deal {
    parties = List.copyOf(parties);
    sources = List.copyOf(sources);
  }
}
