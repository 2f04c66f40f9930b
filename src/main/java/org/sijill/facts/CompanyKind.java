package org.sijill.facts;

/** What sort of organisation a company file describes. */
public enum CompanyKind {
  COMPANY, LAB, OUTLET, GOVERNMENT, PRODUCT, OTHER;

  public String yaml() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
