package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bringing the output folder to a new site in place leaves the same files and folders as replacing
 * it whole, without touching the pages kept or the files whose bytes did not change.
 */
class PublishTest {
  @TempDir Path dir;

  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

  /** Writes a file of the old site, dated long ago. */
  private static void write(Path root, String path, String text) throws Exception {
    fresh(root, path, text);
    Files.setLastModifiedTime(root.resolve(path), OLD);
  }

  /** Writes a file of the new site, dated now. */
  private static void fresh(Path root, String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Every file (with its text) and folder under {@code root}, by path. */
  private static Map<String, String> tree(Path root) throws Exception {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
        String path = root.relativize(p).toString();
        tree.put(path, Files.isDirectory(p) ? "/" : Files.readString(p));
      }
    }
    return tree;
  }

  @Test
  void anUpdateInPlaceLeavesWhatAWholeReplacementLeavesAndTouchesNothingUnchanged() throws Exception {
    Path output = dir.resolve("output");
    write(output, "index.html", "old home");
    write(output, "en/people/kept.html", "kept page");
    write(output, "en/people/gone.html", "a page no longer in the site");
    write(output, "data/people.csv", "same rows");
    write(output, "old/deep/file.html", "a folder no longer in the site");
    Files.createDirectories(output.resolve("empty"));
    Path staged = dir.resolve("staged");
    fresh(staged, "index.html", "new home");
    fresh(staged, "data/people.csv", "same rows");
    fresh(staged, "en/deals/new.html", "a new page");
    Path whole = dir.resolve("whole");
    write(whole, "index.html", "new home");
    write(whole, "data/people.csv", "same rows");
    write(whole, "en/deals/new.html", "a new page");
    write(whole, "en/people/kept.html", "kept page");
    Object keptInode = Files.getAttribute(output.resolve("en/people/kept.html"), "unix:ino");

    Publish.update(staged, output, Set.of("en/people/kept.html"));

    assertEquals(tree(whole), tree(output));
    assertFalse(Files.exists(staged));
    assertEquals(OLD, Files.getLastModifiedTime(output.resolve("data/people.csv")), "an unchanged file was written again");
    assertEquals(keptInode, Files.getAttribute(output.resolve("en/people/kept.html"), "unix:ino"));
    assertEquals(OLD, Files.getLastModifiedTime(output.resolve("en/people/kept.html")));
  }

  @Test
  void aStrayFileWhereTheNewSiteHasAFolderGivesWayToTheFolder() throws Exception {
    Path output = dir.resolve("output");
    write(output, "en/deals", "a stray file");
    Path staged = dir.resolve("staged");
    fresh(staged, "en/deals/new.html", "a new page");

    Publish.update(staged, output, Set.of());

    assertEquals(Map.of("en", "/", "en/deals", "/", "en/deals/new.html", "a new page"), tree(output));
  }

  @Test
  void aWholeReplacementMovesTheStagedSite() throws Exception {
    Path output = dir.resolve("output");
    write(output, "gone.html", "old");
    Path staged = dir.resolve("staged");
    write(staged, "index.html", "new");

    Publish.replace(staged, output);

    assertEquals(Map.of("index.html", "new"), tree(output));
    assertEquals(List.of(), Files.exists(staged) ? List.of(staged) : List.of());
  }
}
