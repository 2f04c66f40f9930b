package org.sijill.articles;

import java.io.IOException;
import org.sijill.diag.Diagnostic;

/**
 * A file in {@code seeds/} that holds no story to read, such as a saved section page or a page
 * whose story a script loads; {@code line} and {@code column} (1-based) say where the story was
 * looked for.
 */
public final class UnreadableArticleException extends IOException {
  private final int line;
  private final int column;

  public UnreadableArticleException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The problem as an error in the file at {@code path}. */
  public Diagnostic diagnostic(String path) {
    return Diagnostic.error(path, line, column, getMessage());
  }
}
