package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;

class CacheFileTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("work/test.cache");
    CacheFile.write(
        file,
        "test-1",
        "print",
        out -> {
          CacheFile.string(out, text);
          CacheFile.strings(out, Arrays.asList("a", null, "ب"));
          Diagnostic d = new Diagnostic("content/x.yaml", 3, 4, Severity.WARNING, "ملاحظة");
          CacheFile.diagnostics(out, List.of(d));
        });
    return file;
  }

  private static Optional<String> read(Path file, String format, String fingerprint) {
    return CacheFile.read(
        file,
        format,
        fingerprint,
        (found, in) ->
            CacheFile.string(in)
                + "|"
                + CacheFile.strings(in)
                + "|"
                + CacheFile.diagnostics(in).get(0).format());
  }

  @Test
  void readsBackStringsLongerThan64KilobytesWithNullsAndDiagnostics() throws IOException {
    String text = "ي".repeat(40_000);
    Path file = write(text);
    assertEquals(
        Optional.of(text + "|[a, null, ب]|content/x.yaml:3:4: warning: ملاحظة"),
        read(file, "test-1", "print"));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of("test.cache"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void readsNothingOfAnotherFormatOrFingerprint() throws IOException {
    Path file = write("x");
    assertEquals(Optional.empty(), read(file, "test-2", "print"));
    assertEquals(Optional.empty(), read(file, "test-1", "other"));
    assertEquals(Optional.empty(), read(dir.resolve("missing"), "test-1", "print"));
  }

  @Test
  void readsNothingOfAFileWithAChangedByteOrCutShort() throws IOException {
    Path file = write("abcdef");
    byte[] bytes = Files.readAllBytes(file);
    byte[] changed = bytes.clone();
    changed[30] ^= 1;
    Files.write(file, changed);
    assertEquals(Optional.empty(), read(file, "test-1", "print"));
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));
    assertEquals(Optional.empty(), read(file, "test-1", "print"));
    Files.write(file, bytes);
    assertEquals(
        Optional.of("abcdef|[a, null, ب]|content/x.yaml:3:4: warning: ملاحظة"),
        read(file, "test-1", "print"));
  }
}
