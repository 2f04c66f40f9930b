package org.sijill.diag;

/** An error stops the build; a warning is printed and the build goes on. */
public enum Severity {
  ERROR, WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
