package org.sijill.facts;

/** Whether a move happened, is expected, or was turned down. */
public enum MoveStatus {
  COMPLETED, EXPECTED, DECLINED;

  public String yaml() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
