package org.sijill.validate;

import java.util.ArrayList;
import java.util.List;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;
import org.sijill.facts.FactReader;
import org.sijill.facts.FileKind;
import org.sijill.facts.Position;
import org.sijill.facts.YamlDocument;

/** Collects diagnostics about values in the fact files, placed at the value's line and column. */
final class Reporter {
  private final FactReader.Result content;
  private final List<Diagnostic> found = new ArrayList<>();

  Reporter(FactReader.Result content) {
    this.content = content;
  }

  void error(FileKind kind, String id, String pointer, String message) {
    add(kind, id, pointer, Severity.ERROR, message);
  }

  void warning(FileKind kind, String id, String pointer, String message) {
    add(kind, id, pointer, Severity.WARNING, message);
  }

  void error(YamlDocument doc, String pointer, String message) {
    Position at = doc.locate(pointer);
    found.add(new Diagnostic(doc.path(), at.line(), at.column(), Severity.ERROR, message));
  }

  void error(String path, String message) {
    found.add(Diagnostic.error(path, 1, 1, message));
  }

  private void add(FileKind kind, String id, String pointer, Severity severity, String message) {
    String path = content.document(kind, id).map(YamlDocument::path).orElse(kind.path(id));
    Position at = content.document(kind, id).map(d -> d.locate(pointer)).orElse(Position.START);
    found.add(new Diagnostic(path, at.line(), at.column(), severity, message));
  }

  List<Diagnostic> found() {
    return found;
  }
}
