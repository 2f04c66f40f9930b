package org.sijill.site;

import java.util.SortedMap;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;
import org.sijill.facts.SiteConfig;

/**
 * The fact base as pages read it: the same accessors as {@link FactBase}, each noting what the
 * page being built reads ({@link Reads}).
 */
final class Facts {
  private final FactBase base;
  private final Reads reads;
  private final RecordedMap<Person> people;
  private final RecordedMap<Company> companies;
  private final RecordedMap<Deal> deals;
  private final RecordedMap<ArticleRecord> articles;

  Facts(FactBase base, Reads reads) {
    this.base = base;
    this.reads = reads;
    this.people = new RecordedMap<>(base.people(), "people", reads);
    this.companies = new RecordedMap<>(base.companies(), "companies", reads);
    this.deals = new RecordedMap<>(base.deals(), "deals", reads);
    this.articles = new RecordedMap<>(base.articles(), "articles", reads);
  }

  /** The fact base itself, whose reads are not noted. */
  FactBase base() {
    return base;
  }

  SiteConfig site() {
    reads.note("site");
    return base.site();
  }

  SortedMap<String, Person> people() {
    return people;
  }

  SortedMap<String, Company> companies() {
    return companies;
  }

  SortedMap<String, Deal> deals() {
    return deals;
  }

  SortedMap<String, ArticleRecord> articles() {
    return articles;
  }
}
