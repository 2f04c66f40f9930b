package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewProjectTest {
  @TempDir Path root;

  @Test
  void aFolderWithoutSeedsIsLeftAlone() throws Exception {
    assertEquals(List.of(), NewProject.prepare(root));
    assertFalse(Files.exists(root.resolve("content")));
  }

  @Test
  void onlyMissingSchemasAreWrittenAndAPresentOneIsKept() throws Exception {
    Files.createDirectories(root.resolve("seeds"));
    Files.createDirectories(root.resolve("content/schema"));
    Files.writeString(root.resolve("content/schema/deal.schema.json"), "{}");
    Files.writeString(root.resolve("content/site.yaml"), "title: {en: x}\n");

    assertEquals(List.of("content/schema/: written, the schemas of person, company, article, site files"),
        NewProject.prepare(root));
    assertEquals("{}", Files.readString(root.resolve("content/schema/deal.schema.json")));
    assertEquals("title: {en: x}\n", Files.readString(root.resolve("content/site.yaml")));
    assertEquals(List.of(), NewProject.prepare(root));
  }

  @Test
  void aProjectWithFactFilesGetsNoMadeUpSiteFile() throws Exception {
    Files.createDirectories(root.resolve("seeds"));
    Files.createDirectories(root.resolve("content/people"));
    Files.writeString(root.resolve("content/people/a.yaml"), "id: a\n");

    NewProject.prepare(root);

    assertFalse(Files.exists(root.resolve("content/site.yaml")));
  }
}
