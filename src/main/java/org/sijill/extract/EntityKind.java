package org.sijill.extract;

/** The kinds of entity that get a page; {@link #folder()} is their folder in content/ and on the site. */
public enum EntityKind {
  PERSON("people"), COMPANY("companies"), DEAL("deals");

  private final String folder;

  EntityKind(String folder) {
    this.folder = folder;
  }

  public String folder() {
    return folder;
  }
}
