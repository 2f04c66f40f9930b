package org.sijill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Writes merged fact files: each through a temporary file and an atomic rename, never half-written. */
final class ContentFiles {
  private ContentFiles() {}

  /** {@code changes}: path relative to {@code root} -> the file's new full text. */
  static void write(Path root, Map<String, String> changes) throws IOException {
    for (Map.Entry<String, String> change : changes.entrySet()) {
      Path file = root.resolve(change.getKey());
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.writeString(temporary, change.getValue(), StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
