package org.sijill.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds the site in a fresh folder beside the published one and swaps it in only once it has
 * passed its checks, so a failed build leaves the previous {@code target/site/} as it was.
 */
final class SiteSwap {
  private final Path site;

  SiteSwap(Path site) {
    this.site = site;
  }

  /** An empty folder to build the next site in. */
  Path staging() throws IOException {
    Path staging = sibling(".next");
    deleteTree(staging);
    Files.createDirectories(staging);
    return staging;
  }

  /** Replaces the published site with the staged one. */
  void publish() throws IOException {
    Path old = sibling(".old");
    deleteTree(old);
    if (Files.exists(site)) {
      Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(sibling(".next"), site, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  /** Removes a staged site that failed its checks. */
  void discard() throws IOException {
    deleteTree(sibling(".next"));
  }

  private Path sibling(String suffix) {
    return site.resolveSibling(site.getFileName() + suffix);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(SiteSwap::delete);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
