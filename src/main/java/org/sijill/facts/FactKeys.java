package org.sijill.facts;

/**
 * The stable key of each proposable fact, as kept in an article's ledger ({@code proposed}): a fact
 * whose key the ledger holds is never proposed again from that article, so an editor's deletion
 * sticks.
 */
public final class FactKeys {
  private static final String NONE = "-";

  private FactKeys() {}

  public static String person(String id) {
    return "people/" + id;
  }

  public static String company(String id) {
    return "companies/" + id;
  }

  public static String deal(String id) {
    return "deals/" + id;
  }

  /** {@code entityKey} is {@link #person} or {@link #company} of the entity. */
  public static String alias(String entityKey, String alias) {
    return entityKey + "#alias=" + alias;
  }

  public static String role(String personId, Role role) {
    return person(personId) + "#role=" + orNone(role.org()) + ":" + text(role.title());
  }

  public static String move(String personId, Move move) {
    return person(personId) + "#move=" + orNone(move.from()) + ">" + orNone(move.to());
  }

  public static String fact(String companyId, CompanyFact fact) {
    return company(companyId) + "#fact=" + text(fact.text());
  }

  public static String party(String dealId, Party party) {
    return deal(dealId) + "#party=" + party.entity();
  }

  private static String text(Bilingual text) {
    if (text == null) {
      return NONE;
    }
    return text.en() != null ? text.en() : orNone(text.ar());
  }

  private static String orNone(String value) {
    return value == null ? NONE : value;
  }
}
