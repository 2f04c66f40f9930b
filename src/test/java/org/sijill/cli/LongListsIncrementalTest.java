package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.bench.Corpus;

/**
 * The pages of a long list follow the list in incremental builds: when a fact's sources shrink so
 * that its page shows them all, the pages of its sources go, and come back when the sources do;
 * each rebuild equals a build of the same files from nothing.
 */
class LongListsIncrementalTest {
  @TempDir Path dir;

  @Test
  void thePagesOfAFactsSourcesGoAndComeBackWithItsSourcesAndEachRebuildEqualsAFullBuild()
      throws Exception {
    Path root = dir.resolve("corpus");
    Corpus.write(120, root, Path.of(""));
    SiteGenRun.copyTree(Path.of("templates"), root.resolve("templates"));
    assertEquals(ExitCode.OK, build(root));
    String person = personWithPagedMove(root);
    Path file = root.resolve("content/people/" + person + ".yaml");
    String original = Files.readString(file);
    Path page = root.resolve("target/site/en/people/" + person + "/move-1.html");

    Files.writeString(file, keepFirstSourcesOfFirstMove(original, 3));
    assertEquals(ExitCode.OK, build(root));
    assertFalse(Files.exists(page), "the pages of three sources were kept");
    assertEqualsFullBuild(root);

    Files.writeString(file, original);
    assertEquals(ExitCode.OK, build(root));
    assertTrue(Files.exists(page), "the pages of the sources did not come back");
    assertEqualsFullBuild(root);
  }

  /** A person whose first move has pages of its own sources. */
  private static String personWithPagedMove(Path root) throws IOException {
    try (Stream<Path> folders = Files.list(root.resolve("target/site/en/people"))) {
      return folders
          .filter(f -> Files.exists(f.resolve("move-1.html")))
          .map(f -> f.getFileName().toString())
          .sorted()
          .findFirst()
          .orElseThrow(() -> new AssertionError("no move has pages of its sources"));
    }
  }

  /** The fact file with only the first {@code n} sources of its first move. */
  private static String keepFirstSourcesOfFirstMove(String yaml, int n) {
    List<String> out = new ArrayList<>();
    boolean inMoves = false;
    boolean inSources = false;
    int kept = 0;
    int moves = 0;
    for (String line : yaml.split("\n", -1)) {
      if (line.startsWith("moves:")) {
        inMoves = true;
      } else if (!line.startsWith(" ")) {
        inMoves = false;
      }
      if (inMoves && line.startsWith("  - ")) {
        moves++;
        inSources = false;
      }
      if (inMoves && moves == 1 && line.strip().equals("sources:")) {
        inSources = true;
      } else if (inSources && line.startsWith("      - {article:")) {
        if (++kept > n) {
          continue;
        }
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  private static void assertEqualsFullBuild(Path root) throws IOException {
    Path fresh = root.resolveSibling("fresh");
    SiteGenRun.deleteTree(fresh);
    for (String folder : List.of("seeds", "content", "templates")) {
      SiteGenRun.copyTree(root.resolve(folder), fresh.resolve(folder));
    }
    assertEquals(ExitCode.OK, build(fresh));
    assertEquals(
        SiteGenTest.hashes(fresh.resolve("target/site")),
        SiteGenTest.hashes(root.resolve("target/site")));
  }

  private static ExitCode build(Path root) {
    return new Pipeline(
            root,
            root.resolve("templates"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run();
  }
}
