package org.sijill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sijill.facts.FileKind;
import org.sijill.validate.SchemaCheck;

/**
 * What a folder of articles needs in {@code content/} before its first build: the fact files'
 * schemas, which Sijill carries, and, while no fact file exists yet, a starter {@code site.yaml}.
 * Nothing present is touched: a schema already there is kept as it is, and a project that has fact
 * files but no {@code site.yaml} is told so by validation rather than given a made-up title.
 */
final class NewProject {
  /** Where the build carries the schemas it writes, on the class path. */
  static final String SCHEMAS = "/org/sijill/validate/schema/";

  static final String STARTER_SITE =
      """
      # yaml-language-server: $schema=schema/site.schema.json
      # Written by site-gen for a new project: set the site's title and its published address.
      title: {en: "Sijill", ar: "سجلّ"}
      base_url: https://example.org/
      """;

  private NewProject() {}

  /** Writes what is missing (in a folder with {@code seeds/} only) and returns one line per file written, for the build's output. */
  static List<String> prepare(Path root) throws IOException {
    List<String> written = new ArrayList<>();
    if (!Files.isDirectory(root.resolve("seeds"))) {
      return written;
    }
    List<String> schemas = new ArrayList<>();
    for (FileKind kind : FileKind.values()) {
      String name = kind.schema() + ".schema.json";
      Path target = root.resolve(SchemaCheck.SCHEMA_DIR).resolve(name);
      if (Files.exists(target)) {
        continue;
      }
      try (InputStream in = NewProject.class.getResourceAsStream(SCHEMAS + name)) {
        if (in == null) {
          throw new IOException("the schema " + name + " is missing from Sijill's classes; run mvn compile");
        }
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
      }
      schemas.add(kind.schema());
    }
    if (!schemas.isEmpty()) {
      written.add(SchemaCheck.SCHEMA_DIR + "/: written, the schemas of " + String.join(", ", schemas) + " files");
    }
    Path site = root.resolve(FileKind.SITE_PATH);
    if (!Files.exists(site) && !hasFactFiles(root.resolve("content"))) {
      Files.writeString(site, STARTER_SITE, StandardCharsets.UTF_8);
      written.add(FileKind.SITE_PATH + ": written for a new project; set the site's title and base_url there");
    }
    return written;
  }

  private static boolean hasFactFiles(Path content) throws IOException {
    for (FileKind kind : FileKind.values()) {
      Path folder = content.resolve(kind.folder());
      if (kind == FileKind.SITE || !Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        if (files.anyMatch(f -> f.getFileName().toString().endsWith(".yaml"))) {
          return true;
        }
      }
    }
    return false;
  }
}
