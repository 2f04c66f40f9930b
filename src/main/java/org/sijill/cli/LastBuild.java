package org.sijill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sijill.facts.CacheFile;

/**
 * What the last build printed, kept for a build whose every input file has the very same size and
 * time of change ({@link Stamps}): such a build would read, check and render the same, so it prints
 * what the last one did without reading an article or a fact file. The inputs are the files of
 * {@code seeds/}, {@code content/} and the templates, with Sijill's classes and the project's
 * folder; the site in {@code target/site/} must also be as the last build left it (every file of
 * the same size and time of change), or it is built again.
 *
 * <p>Kept in the work folder ({@code last-build.txt}) only after a build that succeeded without
 * extracting (so it wrote no fact file) and whose newest input had not changed for two seconds when
 * the build began: a file changed again within the same tick of the file system's clock would go
 * unseen. Deleted when a build begins with other inputs.
 */
final class LastBuild {
  private static final String FILE = "last-build.txt";
  private static final String FORMAT = "sijill-last-build-1";
  private static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** A fingerprint of the inputs' paths, sizes and times of change, and the newest time (ns). */
  record Stamps(String fingerprint, long newest, long taken) {
    /** Whether no input changed within two seconds before the stamps were taken. */
    boolean settled() {
      return newest < taken - SETTLED_NANOS;
    }
  }

  /** What a build printed: its messages (error stream) and its summary (output). */
  record Printed(String err, String out) {}

  private LastBuild() {}

  /**
   * The stamps of the inputs now: every file under {@code seeds/}, {@code content/} and {@code
   * templates}, by path, size and time of change, with {@code code} (Sijill's classes) and the
   * project's folder.
   */
  static Stamps stamps(Path root, Path templates, String code) throws IOException {
    long taken = System.currentTimeMillis() * 1_000_000L;
    Listing listing = new Listing();
    listing.digest.update((root + "\0" + templates + "\0" + code + "\0").getBytes(StandardCharsets.UTF_8));
    for (Path folder : List.of(root.resolve("seeds"), root.resolve("content"), templates)) {
      listing.walk(folder);
    }
    return new Stamps(HexFormat.of().formatHex(listing.digest.digest()), listing.newest, taken);
  }

  /**
   * What the last build printed, if it was built from inputs with these {@code stamps} and left
   * the site in {@code output} as it is now; else empty, and what was kept is deleted.
   */
  static Optional<Printed> same(Path work, Path output, Stamps stamps) {
    Path file = work.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> parts = split(Files.readString(file, StandardCharsets.UTF_8));
      if (parts.size() == 5
          && parts.get(0).equals(FORMAT)
          && parts.get(1).equals(stamps.fingerprint())
          && parts.get(2).equals(site(output))) {
        return Optional.of(new Printed(parts.get(3), parts.get(4)));
      }
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      forget(work);
    }
    return Optional.empty();
  }

  /**
   * Keeps what a build from inputs with {@code stamps} printed, with the stamps of the site it left
   * in {@code output}, if its inputs had settled. A record that cannot be written is left out.
   */
  static void remember(Path work, Path output, Stamps stamps, Printed printed) {
    if (!stamps.settled()) {
      return;
    }
    try {
      String text = String.join("\0", FORMAT, stamps.fingerprint(), site(output), printed.err(), printed.out());
      Path temporary = work.resolve(FILE + ".tmp");
      Files.createDirectories(work);
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, work.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      forget(work);
    }
  }

  /** Deletes what was kept, so that the next build reads its inputs. */
  static void forget(Path work) {
    try {
      Files.deleteIfExists(work.resolve(FILE));
    } catch (IOException e) {
      // a record that cannot be deleted cannot be trusted either: its site stamps will differ
    }
  }

  /** The stamps of every file of the site, as a fingerprint. */
  private static String site(Path output) throws IOException {
    Listing listing = new Listing();
    listing.walk(output);
    return HexFormat.of().formatHex(listing.digest.digest());
  }

  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at = text.indexOf('\0'); at >= 0; at = text.indexOf('\0', from)) {
      parts.add(text.substring(from, at));
      from = at + 1;
    }
    parts.add(text.substring(from));
    return parts;
  }

  /** The paths, sizes and times of change of the files under folders, in a fixed order. */
  private static final class Listing {
    final MessageDigest digest = CacheFile.sha256();
    long newest = Long.MIN_VALUE;

    void walk(Path folder) throws IOException {
      digest.update((folder + "\0").getBytes(StandardCharsets.UTF_8));
      if (!Files.isDirectory(folder)) {
        return;
      }
      List<String> lines = new ArrayList<>();
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
              newest = Math.max(newest, modified);
              lines.add(folder.relativize(file) + "\0" + attributes.size() + "\0" + modified + "\0"
                  + attributes.isRegularFile());
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              lines.add(folder.relativize(dir) + "/\0" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
              return FileVisitResult.CONTINUE;
            }
          });
      lines.sort(null);
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
    }
  }
}
