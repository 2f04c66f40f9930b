package org.sijill.validate;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sijill.diag.Diagnostic;

/**
 * Prints diagnostics as {@code path:line:col: error: message}, followed by the source line and a
 * caret under the column when the file's text is known.
 */
public final class DiagnosticPrinter {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

  private final Map<String, String> texts;

  /** {@code texts}: the text of each file by its path relative to the project root. */
  public DiagnosticPrinter(Map<String, String> texts) {
    this.texts = Map.copyOf(texts);
  }

  /** All of {@code diagnostics}, in the order given, each ending with a line break. */
  public String print(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append(print(d)));
    return out.toString();
  }

  /** One diagnostic: its line, then the source line and a caret if the text is known. */
  public String print(Diagnostic diagnostic) {
    StringBuilder out = new StringBuilder(diagnostic.format()).append('\n');
    String text = texts.get(diagnostic.path());
    if (text == null) {
      return out.toString();
    }
    String[] lines = LINE_BREAK.split(text, -1);
    if (diagnostic.line() < 1 || diagnostic.line() > lines.length) {
      return out.toString();
    }
    String line = lines[diagnostic.line() - 1];
    out.append(line).append('\n');
    int[] codePoints = line.codePoints().toArray();
    for (int i = 0; i < diagnostic.column() - 1; i++) {
      out.append(i < codePoints.length && codePoints[i] == '\t' ? '\t' : ' ');
    }
    return out.append("^\n").toString();
  }
}
