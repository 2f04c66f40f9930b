package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose inputs all have the size and time of change they had at the last build, and whose
 * site is as that build left it, prints what the last build printed without reading its inputs; any
 * other build reads them.
 */
class LastBuildTest {
  @TempDir Path dir;

  @Test
  void aBuildFromTheInputsOfTheLastPrintsTheSameWithoutReadingThem() throws Exception {
    Path root = SiteGenRun.copyOfProject(dir).root();
    settle(root);
    Built first = Built.run(root);
    deleteCaches(root);

    Built second = Built.run(root);

    assertEquals(ExitCode.OK, first.code(), first.err());
    assertEquals(first, second);
    assertFalse(Files.exists(root.resolve("target/sijill-work/seeds.cache")), "seeds/ was read");
    assertFalse(Files.exists(root.resolve("target/sijill-work/content.cache")), "content/ was read");
  }

  @Test
  void anEditedFactFileIsReadAndShown() throws Exception {
    Path root = SiteGenRun.copyOfProject(dir).root();
    settle(root);
    Built.run(root);
    Path page = root.resolve("target/site/en/people/trapit-bansal.html");
    String before = Files.readString(page);
    Path bansal = root.resolve("content/people/trapit-bansal.yaml");
    Files.writeString(bansal, Files.readString(bansal).replace("Key contributor", "Lead contributor"));

    Built edited = Built.run(root);

    assertEquals(ExitCode.OK, edited.code(), edited.err());
    assertNotEquals(before, Files.readString(page));
  }

  @Test
  void aPageDeletedFromTheSiteIsBuiltAgain() throws Exception {
    Path root = SiteGenRun.copyOfProject(dir).root();
    settle(root);
    Built.run(root);
    Path page = root.resolve("target/site/ar/people/elon-musk.html");
    String before = Files.readString(page);
    Files.delete(page);

    Built.run(root);

    assertEquals(before, Files.readString(page));
  }

  @Test
  void inputsChangedJustBeforeTheLastBuildAreReadAgain() throws Exception {
    Path root = SiteGenRun.copyOfProject(dir).root();
    settle(root);
    changeDuringTheBuild(root.resolve("content/site.yaml"));
    Built.run(root);
    deleteCaches(root);

    Built.run(root);

    assertTrue(Files.exists(root.resolve("target/sijill-work/seeds.cache")), "seeds/ was not read");
  }

  /** Sets the time of change of every input an hour back, as if they had not changed for long. */
  private static void settle(Path root) throws IOException {
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    for (String folder : List.of("seeds", "content", "templates")) {
      try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          Files.setLastModifiedTime(p, hourAgo);
        }
      }
    }
  }

  /**
   * Gives {@code file} a time of change half a minute ahead, as a change made while the build reads
   * its inputs would have: however slowly the build starts, it never looks settled.
   */
  private static void changeDuringTheBuild(Path file) throws IOException {
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 30_000));
  }

  private static void deleteCaches(Path root) throws IOException {
    for (String cache : List.of("seeds.cache", "content.cache", "content.cache.update")) {
      Files.deleteIfExists(root.resolve("target/sijill-work").resolve(cache));
    }
  }
}
