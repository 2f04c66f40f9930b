package org.sijill.site;

import java.util.List;

/**
 * CSV as RFC 4180 writes it: a header row, CRLF line ends, a field quoted when it holds a comma, a
 * quote, a line break or a space at either end, quotes doubled. UTF-8, no byte order mark.
 */
final class Csv {
  private final StringBuilder out = new StringBuilder();
  private int rows;

  Csv(String... header) {
    row(List.of(header));
    rows = 0;
  }

  /** Adds a row; a null field is written empty. */
  Csv row(List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i) == null ? "" : fields.get(i).toString()));
    }
    out.append("\r\n");
    rows++;
    return this;
  }

  Csv row(Object... fields) {
    return row(java.util.Arrays.asList(fields));
  }

  /** How many rows were added after the header. */
  int rows() {
    return rows;
  }

  String text() {
    return out.toString();
  }

  static String field(String value) {
    boolean quote =
        value.contains(",")
            || value.contains("\"")
            || value.contains("\n")
            || value.contains("\r")
            || (!value.isEmpty()
                && (Character.isWhitespace(value.charAt(0))
                    || Character.isWhitespace(value.charAt(value.length() - 1))));
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
