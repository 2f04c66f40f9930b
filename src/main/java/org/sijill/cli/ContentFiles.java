package org.sijill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.sijill.facts.TextStamp;

/** Writes merged fact files: each through a temporary file and an atomic rename, never half-written. */
final class ContentFiles {
  private ContentFiles() {}

  /**
   * Writes {@code text} to {@code path} (relative to {@code root}) only if the file still has the
   * {@link TextStamp} {@code expected} (null: does not exist), so that an edit made while the build
   * ran is never overwritten; false if the file changed.
   */
  static boolean replace(Path root, String path, String expected, String text) throws IOException {
    Path file = root.resolve(path);
    byte[] now = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    if (!java.util.Objects.equals(now == null ? null : TextStamp.of(now), expected)) {
      return false;
    }
    if (now == null || !java.util.Arrays.equals(now, text.getBytes(StandardCharsets.UTF_8))) {
      write(root, Map.of(path, text));
    }
    return true;
  }

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
