package org.sijill.facts;

import java.util.List;

/**
 * {@code content/companies/<id>.yaml}: companies, labs, outlets, governments. {@code parent} is the
 * id of the company a lab belongs to, or null.
 */
public record Company(
    String id,
    Bilingual name,
    List<String> aliases,
    CompanyKind kind,
    String parent,
    Bilingual summary,
    List<CompanyFact> facts,
    Review review) {
  public Company {
    aliases = List.copyOf(aliases);
    facts = List.copyOf(facts);
  }
}
