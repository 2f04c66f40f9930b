package org.sijill.eval;

/** What is scored. */
public enum Category {
  PEOPLE("people", "person"),
  ORGANISATIONS("organisations", "organisation"),
  MOVES("moves", "move"),
  DEALS("deals", "deal");

  private final String plural;
  private final String singular;

  Category(String plural, String singular) {
    this.plural = plural;
    this.singular = singular;
  }

  public String plural() {
    return plural;
  }

  public String singular() {
    return singular;
  }
}
