package org.sijill.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts a checked site in place of the output folder. A site all of whose pages were built replaces
 * the folder whole. A site that kept pages of the last build has only its other files in the
 * staged folder: the output folder is then brought to the new site file by file, so that a kept
 * page is not touched (neither linked nor copied), a staged file with the bytes the output already
 * holds is left as it is (downloads, feeds and the sitemap keep their time of change when they did
 * not change), and whatever the new site does not hold is deleted. Either way the output folder
 * ends with the same files and folders as a whole replacement would give.
 */
final class Publish {
  private Publish() {}

  /** Replaces {@code output} by {@code staged}, which is moved (or copied when it cannot be). */
  static void replace(Path staged, Path output) throws IOException {
    JBakeTree.delete(output);
    Files.createDirectories(output.getParent());
    try {
      Files.move(staged, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      JBakeTree.copy(staged, output, p -> true);
      JBakeTree.delete(staged);
    }
  }

  /**
   * Brings {@code output} to the site made of the files in {@code staged} and the pages {@code
   * kept} (paths from the site root, already in {@code output}); {@code staged} is deleted.
   */
  static void update(Path staged, Path output, Set<String> kept) throws IOException {
    Set<String> files = new HashSet<>(kept);
    Set<String> folders = new HashSet<>();
    kept.forEach(page -> parents(page, folders));
    List<Path> stagedFiles;
    try (Stream<Path> walk = Files.walk(staged)) {
      stagedFiles = walk.filter(p -> !p.equals(staged)).sorted().toList();
    }
    for (Path from : stagedFiles) {
      String path = relative(staged, from);
      if (Files.isDirectory(from)) {
        folders.add(path);
        continue;
      }
      files.add(path);
      parents(path, folders);
      Path to = output.resolve(path);
      if (Files.isRegularFile(to) && Files.mismatch(from, to) == -1L) {
        continue;
      }
      if (Files.isDirectory(to)) {
        JBakeTree.delete(to);
      }
      for (Path folder = to.getParent(); !folder.equals(output); folder = folder.getParent()) {
        if (Files.isRegularFile(folder, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(folder); // a stray file where the new site has a folder
        }
      }
      Files.createDirectories(to.getParent());
      try {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(output)) {
      walk.filter(p -> !p.equals(output))
          .forEach(
              p -> {
                String path = relative(output, p);
                boolean folder = Files.isDirectory(p);
                if (folder ? !folders.contains(path) : !files.contains(path)) {
                  stale.add(p);
                }
              });
    }
    stale.sort(Comparator.reverseOrder());
    for (Path p : stale) {
      if (Files.isDirectory(p)) {
        JBakeTree.delete(p);
      } else {
        Files.deleteIfExists(p);
      }
    }
    JBakeTree.delete(staged);
  }

  private static void parents(String path, Set<String> folders) {
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (!folders.add(path.substring(0, slash))) {
        return;
      }
    }
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }
}
