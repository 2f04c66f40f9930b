package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class PipelineErrorsTest {
  @Test
  void aMissingFileIsNamedWithWhatWentWrong() {
    assertEquals("target/site/en: no such file or folder", Pipeline.describe(new NoSuchFileException("target/site/en")));
  }

  @Test
  void aRefusedFileIsNamedWithWhatWentWrong() {
    assertEquals("target/site/a.html -> target/x: permission denied",
        Pipeline.describe(new AccessDeniedException("target/site/a.html", "target/x", null)));
  }

  @Test
  void theSystemsReasonIsKeptWhenItGivesOne() {
    assertEquals("seeds/a.txt: Is a directory", Pipeline.describe(new FileSystemException("seeds/a.txt", null, "Is a directory")));
  }

  @Test
  void anErrorWithoutAFileKeepsItsMessage() {
    assertEquals("disk full", Pipeline.describe(new IOException("disk full")));
  }
}
