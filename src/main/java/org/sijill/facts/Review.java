package org.sijill.facts;

/** {@code draft}: as extracted; {@code reviewed}: an editor has checked it. */
public enum Review {
  DRAFT, REVIEWED;

  public String yaml() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
