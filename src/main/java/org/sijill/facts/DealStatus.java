package org.sijill.facts;

/** Where a deal stands as last reported. */
public enum DealStatus {
  ANNOUNCED, COMPLETED, IN_TALKS, PROPOSED, REJECTED, FAILED;

  /** The YAML spelling: {@code in-talks} for {@link #IN_TALKS}. */
  public String yaml() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
