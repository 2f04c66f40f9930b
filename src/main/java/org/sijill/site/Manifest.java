package org.sijill.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the site in the output folder was built from: a fingerprint of the renderer (templates,
 * bundles, assets and the classes that turn a page model into HTML) and, for each page, a hash of
 * its model. A page whose hash is unchanged renders to the same bytes, so it is kept as it is.
 * Written to the work folder after a build succeeds; any doubt (no file, another renderer, a page
 * missing from the output) means rendering the page again.
 */
final class Manifest {
  private static final String FILE = "manifest.tsv";
  private static final List<Class<?>> RENDERER =
      List.of(
          HtmlTemplateEngine.class,
          RecordWrapper.class,
          JBakeTree.class,
          Bake.class,
          PageJson.class);

  private final String renderer;
  private final SortedMap<String, String> pages;

  Manifest(String renderer, SortedMap<String, String> pages) {
    this.renderer = renderer;
    this.pages = pages;
  }

  /** The manifest of the last build, or an empty one. */
  static Manifest read(Path workDir) {
    Path file = workDir.resolve(FILE);
    SortedMap<String, String> pages = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return new Manifest("", pages);
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        int tab = line.indexOf('\t');
        pages.put(line.substring(0, tab), line.substring(tab + 1));
      }
      return new Manifest(lines.get(0), pages);
    } catch (IOException | RuntimeException e) {
      return new Manifest("", new TreeMap<>());
    }
  }

  /** Deletes the manifest, before the output folder is replaced. */
  static void forget(Path workDir) throws IOException {
    Files.deleteIfExists(workDir.resolve(FILE));
  }

  void write(Path workDir) throws IOException {
    StringBuilder out = new StringBuilder(renderer).append('\n');
    pages.forEach((path, hash) -> out.append(path).append('\t').append(hash).append('\n'));
    Files.createDirectories(workDir);
    Files.writeString(workDir.resolve(FILE), out, StandardCharsets.UTF_8);
  }

  /** Whether the page at {@code path} in {@code output} was built from {@code hash} by this renderer. */
  boolean current(String renderer, String path, String hash, Path output) {
    return this.renderer.equals(renderer) && hash.equals(pages.get(path)) && Files.isRegularFile(output.resolve(path));
  }

  /** Whether there was a last build and every page it wrote is in {@code output}. */
  boolean complete(Path output) {
    return !renderer.isEmpty()
        && !pages.isEmpty()
        && pages.keySet().stream().allMatch(path -> Files.isRegularFile(output.resolve(path)));
  }

  /** The fingerprint of everything but the model that a page's bytes depend on. */
  static String renderer(Path templatesDir) throws IOException {
    MessageDigest digest = sha256();
    digest.update(JBakeTree.properties().getBytes(StandardCharsets.UTF_8));
    for (Class<?> type : RENDERER) {
      try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
        if (in != null) {
          digest.update(in.readAllBytes());
        }
      }
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(templatesDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      digest.update(templatesDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(file));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The hash of a page model: its type and its JSON. */
  static String hash(String type, String json) {
    MessageDigest digest = sha256();
    digest.update(type.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(json.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  static Manifest of(String renderer, Map<String, String> pages) {
    return new Manifest(renderer, new TreeMap<>(pages));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
