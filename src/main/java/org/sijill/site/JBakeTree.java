package org.sijill.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a JBake source folder: {@code jbake.properties}, {@code templates/} copied from the
 * project's templates, and {@code static/} with the assets JBake copies to the output. Pages are
 * not written here: {@link Bake} hands JBake each page model in memory.
 */
final class JBakeTree {
  static final String HEADER_SEPARATOR = "~~~~~~";
  static final String ASSETS = "assets";

  private JBakeTree() {}

  /** Writes the tree into {@code source}, which must not exist or be empty. */
  static void write(Path templatesDir, Path source) throws IOException {
    Files.createDirectories(source);
    Files.writeString(source.resolve("jbake.properties"), properties(), StandardCharsets.UTF_8);
    copy(
        templatesDir,
        source.resolve("templates"),
        p -> !p.startsWith(templatesDir.resolve(ASSETS)));
    Path assets = templatesDir.resolve(ASSETS);
    if (Files.isDirectory(assets)) {
      copy(assets, source.resolve("static").resolve(ASSETS), p -> true);
    }
  }

  /** JBake's settings: our folders, published by default, one template per page type. */
  static String properties() {
    List<String> lines = new ArrayList<>();
    lines.add("asset.folder=static");
    lines.add("asset.ignore=true");
    lines.add("content.folder=content");
    lines.add("data.folder=data");
    lines.add("db.store=memory");
    lines.add("default.status=published");
    lines.add("header.separator=" + HEADER_SEPARATOR);
    lines.add("img.path.update=false");
    lines.add("output.extension=.html");
    lines.add("render.archive=false");
    lines.add("render.encoding=UTF-8");
    lines.add("render.error404=false");
    lines.add("render.feed=false");
    lines.add("render.index=false");
    lines.add("render.sitemap=false");
    lines.add("render.tags=false");
    lines.add("template.encoding=UTF-8");
    lines.add("template.folder=templates");
    for (String type : Page.types()) {
      lines.add("template." + type + ".file=" + type + ".ftlh");
    }
    lines.add("uri.noExtension=false");
    return String.join("\n", lines) + "\n";
  }

  static void copy(Path from, Path to, java.util.function.Predicate<Path> keep) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files =
          walk.filter(Files::isRegularFile).filter(keep).sorted(Comparator.naturalOrder()).toList();
    }
    for (Path file : files) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
