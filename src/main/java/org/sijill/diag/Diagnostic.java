package org.sijill.diag;

import java.util.Comparator;

/**
 * A problem in a file, at a 1-based line and column, printed as {@code path:line:col: error: msg}.
 * {@code path} is relative to the project root, with forward slashes.
 */
public record Diagnostic(String path, int line, int column, Severity severity, String message)
    implements Comparable<Diagnostic> {
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public static Diagnostic error(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.ERROR, message);
  }

  public static Diagnostic warning(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.WARNING, message);
  }

  /** {@code path:line:col: error: message}. */
  public String format() {
    return path + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
