package org.sijill.extract;

/** How much of a date is known. {@link #NONE}: a relative date with no publication date to resolve it. */
public enum Precision {
  DAY, MONTH, YEAR, NONE
}
