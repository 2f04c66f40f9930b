package org.sijill.extract;

/** A quantity or date found in a text, with its {@code [start, end)} offsets and words as written. */
public sealed interface Value permits MoneyValue, PercentValue, CountValue, DateValue {
  int start();

  int end();

  String text();
}
