package org.sijill.facts;

import org.sijill.diag.Diagnostic;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns SnakeYAML's exceptions into one-line diagnostics at the problem's position. */
final class SyntaxErrors {
  private SyntaxErrors() {}

  static Diagnostic diagnostic(String path, YAMLException e) {
    if (!(e instanceof MarkedYAMLException marked) || marked.getProblem() == null) {
      return Diagnostic.error(path, 1, 1, clean(firstLine(e.getMessage())));
    }
    Mark at = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
    String message = clean(marked.getProblem());
    String context = marked.getContext();
    Mark contextMark = marked.getContextMark();
    if (context != null && !context.startsWith("while")) {
      message = clean(context) + ", " + message;
    } else if (context != null && contextMark != null) {
      boolean elsewhere = !where(contextMark).equals(where(at));
      message +=
          " (" + clean(context) + (elsewhere ? " that starts at " + where(contextMark) : "") + ")";
    }
    return at == null
        ? Diagnostic.error(path, 1, 1, message)
        : Diagnostic.error(path, at.getLine() + 1, at.getColumn() + 1, message);
  }

  private static String where(Mark mark) {
    return (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "not valid YAML";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** SnakeYAML's wording, made to read as one clause. */
  static String clean(String problem) {
    String text =
        problem
            .strip()
            .replace("'\\t(TAB)'", "tab")
            .replace("\\t(TAB)", "tabs")
            .replace(". (Do not", " (do not")
            .replace("<block end>", "the end of the block")
            .replace("'<stream end>'", "the end of the file")
            .replaceAll("\\s+", " ");
    text = text.replaceAll("but got ([^'<\\s]\\S*)$", "but got '$1'");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
