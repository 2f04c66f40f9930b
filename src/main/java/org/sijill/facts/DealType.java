package org.sijill.facts;

/** The kinds of deal the site knows. */
public enum DealType {
  INVESTMENT, ACQUISITION, BID, PARTNERSHIP, CONTRACT, LICENSING, ACQUIHIRE, MERGER, OTHER;

  public String yaml() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
