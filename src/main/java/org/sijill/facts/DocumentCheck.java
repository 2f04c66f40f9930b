package org.sijill.facts;

import java.util.List;
import org.sijill.diag.Diagnostic;

/** Checks the shape of one fact file; a file with an error is not bound to a record. */
@FunctionalInterface
public interface DocumentCheck {
  List<Diagnostic> check(FileKind kind, YamlDocument document);
}
