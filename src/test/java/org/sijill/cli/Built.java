package org.sijill.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What one site-gen run in this JVM gave: its exit code and what it printed. */
record Built(ExitCode code, String out, String err) {

  /** Runs site-gen over {@code root} (its own templates) in this JVM. */
  static Built run(Path root) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code =
        new Pipeline(
                root,
                root.resolve("templates"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run();
    return new Built(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
