package org.sijill.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a corpus folder a project that {@code mvn site-gen} builds when run in it: this project's
 * {@code pom.xml}, reading the sources and templates from this project, and a copy of
 * {@code .mvn/}, which declares the lifecycle.
 */
final class ProjectFiles {
  private ProjectFiles() {}

  private static String replace(String text, String what, String with) {
    int at = text.indexOf(what);
    if (at < 0) {
      throw new IllegalStateException("pom.xml has no " + what);
    }
    return text.substring(0, at) + with + text.substring(at + what.length());
  }

  static void write(Path dir, Path project) throws IOException {
    String pom = Files.readString(project.resolve("pom.xml"));
    pom = replace(pom, "<artifactId>sijill</artifactId>", "<artifactId>sijill-corpus</artifactId>");
    pom =
        replace(
            pom,
            "<sitegen.templates>${project.basedir}/templates</sitegen.templates>",
            "<sitegen.templates>" + project.resolve("templates") + "</sitegen.templates>");
    pom =
        replace(
            pom,
            "<build>\n",
            "<build>\n    <!-- a synthetic corpus: the code and templates are the project's -->\n"
                + "    <sourceDirectory>" + project.resolve("src/main/java") + "</sourceDirectory>\n");
    pom = replace(pom, "<directory>src/main/resources</directory>", "<directory>" + project.resolve("src/main/resources") + "</directory>");
    pom = replace(pom, "<directory>content/schema</directory>", "<directory>" + project.resolve("content/schema") + "</directory>");
    Corpus.write(dir.resolve("pom.xml"), pom);
    Path mvn = project.resolve(".mvn");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(mvn)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      Path target = dir.resolve(".mvn").resolve(mvn.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
