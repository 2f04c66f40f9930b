package org.sijill.facts;

import java.math.BigDecimal;
import java.util.List;

/** A statement about a company, such as a head count or a spending plan, with an optional number. */
public record CompanyFact(Bilingual text, BigDecimal value, String date, List<Source> sources) {
  public CompanyFact {
    sources = List.copyOf(sources);
  }
}
