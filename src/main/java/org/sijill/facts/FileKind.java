package org.sijill.facts;

import java.util.Optional;

/** The kinds of file in {@code content/}: where they live and which schema describes them. */
public enum FileKind {
  PERSON("people", "person"),
  COMPANY("companies", "company"),
  DEAL("deals", "deal"),
  ARTICLE("articles", "article"),
  SITE("", "site");

  /** The path of {@code content/site.yaml}, relative to the project root. */
  public static final String SITE_PATH = "content/site.yaml";

  private final String folder;
  private final String schema;

  FileKind(String folder, String schema) {
    this.folder = folder;
    this.schema = schema;
  }

  /** The folder inside {@code content/}, e.g. {@code people}; empty for the site file. */
  public String folder() {
    return folder;
  }

  /** The schema's base name, e.g. {@code person} for {@code content/schema/person.schema.json}. */
  public String schema() {
    return schema;
  }

  /** {@code content/people/<id>.yaml}, relative to the project root. */
  public String path(String id) {
    return this == SITE ? SITE_PATH : "content/" + folder + "/" + id + ".yaml";
  }

  /** The first line of every file of this kind, pointing editors' tools at the schema. */
  public String header() {
    String dir = this == SITE ? "schema/" : "../schema/";
    return "# yaml-language-server: $schema=" + dir + schema + ".schema.json";
  }

  /** The id a file of this kind should have: its file name without {@code .yaml}. */
  public static String idOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
  }

  /** The kind of file at {@code path} (relative, forward slashes), if it is a fact file. */
  public static Optional<FileKind> ofPath(String path) {
    if (path.equals(SITE_PATH)) {
      return Optional.of(SITE);
    }
    for (FileKind kind : values()) {
      if (kind != SITE
          && path.startsWith("content/" + kind.folder + "/")
          && path.endsWith(".yaml")) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
