package org.sijill.facts;

import java.util.List;

/**
 * A person leaving one organisation for another. {@code from} or {@code to} is null where the text
 * does not say; {@code date} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} and
 * {@code dateText} keeps the words as written.
 */
public record Move(String from, String to, String date, String dateText, MoveStatus status, List<Source> sources) {
  public Move {
    sources = List.copyOf(sources);
  }
}
