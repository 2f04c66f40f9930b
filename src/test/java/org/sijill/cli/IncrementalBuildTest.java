package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.bench.Corpus;

/**
 * A build after one edit renders only the pages whose model changed, and its output is the same,
 * byte for byte, as a build of the same files from nothing.
 */
class IncrementalBuildTest {
  @TempDir Path dir;

  @Test
  void afterEditingOneFactFileTheRebuildEqualsAFullBuildAndKeepsUnrelatedPages() throws Exception {
    SiteGenRun project = SiteGenRun.copyOfProject(dir);
    assertEquals(0, project.run().exitCode());
    Path unrelated = project.file("target/site/ar/people/elon-musk.html");
    Path edited = project.file("target/site/en/people/trapit-bansal.html");
    // the home page lists moves and links people by name: a role's title is not on it
    Path home = project.file("target/site/en/index.html");
    FileTime unrelatedBefore = Files.getLastModifiedTime(unrelated);
    FileTime homeBefore = Files.getLastModifiedTime(home);
    String editedBefore = Files.readString(edited);
    Path bansal = project.file("content/people/trapit-bansal.yaml");
    Files.writeString(
        bansal,
        Files.readString(bansal)
            .replace("Key contributor to the reinforcement learning programme", "Lead of the reinforcement learning programme"));
    Thread.sleep(1100);

    assertEquals(0, project.run().exitCode());

    assertEquals(unrelatedBefore, Files.getLastModifiedTime(unrelated), "an unrelated page was rendered again");
    assertEquals(homeBefore, Files.getLastModifiedTime(home), "the home page was rendered again");
    assertNotEquals(editedBefore, Files.readString(edited));
    assertEqualsFullBuild(project);
  }

  @Test
  void afterEditingOneArticleTheRebuildReExtractsItAndEqualsAFullBuild() throws Exception {
    SiteGenRun project = SiteGenRun.copyOfProject(dir);
    assertEquals(0, project.run().exitCode());
    Path seed = project.file("seeds/003_1ddf2c8ed1bd373f.txt");
    Files.writeString(seed, Files.readString(seed) + "وقال الباحث ترابيت بانسال إن الفريق يرحب بالمنضمين الجدد.\n");

    SiteGenRun.Outcome run = project.run();

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(true, run.out().contains("(extracted now: 003_1ddf2c8ed1bd373f)"), run.out());
    assertEqualsFullBuild(project);
  }

  @Test
  void afterEachOfManyEditsOfTheSeedsTheRebuildEqualsAFullBuild() throws Exception {
    SiteGenRun project = SiteGenRun.copyOfProject(dir.resolve("project"));
    assertEachEditEqualsFullBuild(project.root());
  }

  @Test
  void afterEachOfManyEditsOfASyntheticCorpusTheRebuildEqualsAFullBuild() throws Exception {
    Path root = dir.resolve("corpus");
    Corpus.write(60, root, Path.of(""));
    SiteGenRun.copyTree(Path.of("templates"), root.resolve("templates"));
    assertEachEditEqualsFullBuild(root);
  }

  @Test
  void aRenamedArticleFileGivesTheErrorsOfABuildFromNothingAndLeavesTheSite() throws Exception {
    SiteGenRun project = SiteGenRun.copyOfProject(dir.resolve("project"));
    Path root = project.root();
    assertEquals(ExitCode.OK, Built.run(root).code());
    SortedMap<String, String> site = SiteGenTest.hashes(root.resolve("target/site"));
    Edits.renameSeed(root);

    Built incremental = Built.run(root);

    Path fresh = dir.resolve("fresh");
    for (String folder : List.of("seeds", "content", "templates")) {
      SiteGenRun.copyTree(root.resolve(folder), fresh.resolve(folder));
    }
    Built full = Built.run(fresh);
    assertEquals(ExitCode.INPUT_ERRORS, incremental.code(), incremental.err());
    assertEquals(errors(full.err()), errors(incremental.err()));
    assertNotEquals(List.of(), errors(incremental.err()));
    assertEquals(site, SiteGenTest.hashes(root.resolve("target/site")));
  }

  /** The lines of a build's messages that give an error at a file's line and column. */
  private static List<String> errors(String err) {
    return err.lines().filter(l -> l.matches("[^ :]+:\\d+:\\d+: error: .*")).toList();
  }

  /**
   * Makes each edit of {@link Edits#all} in turn, rebuilding after each, and compares the site and
   * the messages with a build of the same files from nothing.
   */
  private void assertEachEditEqualsFullBuild(Path root) throws Exception {
    assertEquals(ExitCode.OK, Built.run(root).code());
    for (Edits.Edit edit : Edits.all()) {
      SortedMap<String, String> before = SiteGenTest.hashes(root.resolve("target/site"));
      edit.action().apply(root);
      Built incremental = Built.run(root);
      assertNotEquals(before, SiteGenTest.hashes(root.resolve("target/site")), edit.name() + " changed nothing");
      assertEquals(ExitCode.OK, incremental.code(), edit.name() + ": " + incremental.err());

      Path fresh = dir.resolve("fresh");
      SiteGenRun.deleteTree(fresh);
      for (String folder : List.of("seeds", "content", "templates")) {
        SiteGenRun.copyTree(root.resolve(folder), fresh.resolve(folder));
      }
      Built full = Built.run(fresh);
      assertEquals(ExitCode.OK, full.code(), edit.name() + ": " + full.err());
      assertEquals(List.of(), differing(SiteGenTest.hashes(fresh.resolve("target/site")), SiteGenTest.hashes(root.resolve("target/site"))), edit.name());
      if (!incremental.out().contains("extracted now")) {
        assertEquals(full.err(), incremental.err(), edit.name());
      }
    }
  }

  /** The paths whose files differ between two sites, or that only one has. */
  private static List<String> differing(SortedMap<String, String> a, SortedMap<String, String> b) {
    java.util.TreeSet<String> paths = new java.util.TreeSet<>(a.keySet());
    paths.addAll(b.keySet());
    return paths.stream().filter(p -> !java.util.Objects.equals(a.get(p), b.get(p))).toList();
  }


  /** Builds the same files again with no previous output and compares every file. */
  private static void assertEqualsFullBuild(SiteGenRun project) throws Exception {
    SortedMap<String, String> incremental = SiteGenTest.hashes(project.root());
    SiteGenRun.deleteTree(project.file("target"));

    assertEquals(0, project.run().exitCode());

    assertEquals(incremental, SiteGenTest.hashes(project.root()));
  }
}
