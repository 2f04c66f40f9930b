package org.sijill.facts;

import java.util.List;

/** Every entity recognised in an article's text, by id. */
public record Mentions(List<String> people, List<String> companies, List<String> deals) {
  public Mentions {
    people = List.copyOf(people);
    companies = List.copyOf(companies);
    deals = List.copyOf(deals);
  }

  public static Mentions none() {
    return new Mentions(List.of(), List.of(), List.of());
  }
}
