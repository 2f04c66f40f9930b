package org.sijill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the project's seeds, content and templates in a temporary folder, and {@code site-gen}
 * run over it in a separate JVM, as {@code mvn site-gen} runs it (JBake allows one bake per JVM).
 */
final class SiteGenRun {
  record Outcome(int exitCode, String out, String err) {}

  private final Path root;

  SiteGenRun(Path root) {
    this.root = root;
  }

  /** Copies {@code seeds/}, {@code content/} and {@code templates/} of this project into {@code dir}. */
  static SiteGenRun copyOfProject(Path dir) throws IOException {
    for (String folder : List.of("seeds", "content", "templates")) {
      copyTree(Path.of(folder), dir.resolve(folder));
    }
    return new SiteGenRun(dir);
  }

  Path root() {
    return root;
  }

  Path file(String relative) {
    return root.resolve(relative);
  }

  Outcome run() throws IOException, InterruptedException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8",
        "-cp", classpath,
        "org.sijill.cli.Main",
        "--root", root.toString(),
        "--templates", root.resolve("templates").toString()));
    Path out = Files.createTempFile("site-gen", ".out");
    Path err = Files.createTempFile("site-gen", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("site-gen did not finish in 5 minutes");
    }
    Outcome outcome = new Outcome(process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return outcome;
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
