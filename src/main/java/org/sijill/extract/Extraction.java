package org.sijill.extract;

import java.util.List;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.Person;

/**
 * What extraction proposes from one article: its record (metadata, mentions, ledger) and draft
 * people, companies and deals. An entity already in the fact base appears here with the same id and
 * only what this article says of it; {@code Merge} adds what is new and never rewrites a value.
 */
public record Extraction(ArticleRecord article, List<Person> people, List<Company> companies, List<Deal> deals) {
  public Extraction {
    people = List.copyOf(people);
    companies = List.copyOf(companies);
    deals = List.copyOf(deals);
  }
}
