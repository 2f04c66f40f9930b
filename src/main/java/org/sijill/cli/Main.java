package org.sijill.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code mvn site-gen}: builds the site of the project folder given by {@code --root}. */
public final class Main {
  static final String USAGE = "usage: site-gen [--root DIR] [--templates DIR]";

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err).code());
  }

  static ExitCode run(String[] args, PrintStream out, PrintStream err) {
    Path root = Path.of(".");
    Path templates = null;
    for (int i = 0; i < args.length; i++) {
      boolean hasValue = i + 1 < args.length;
      switch (args[i]) {
        case "--root" -> {
          if (!hasValue) {
            return usage(err, "--root needs a folder");
          }
          root = Path.of(args[++i]);
        }
        case "--templates" -> {
          if (!hasValue) {
            return usage(err, "--templates needs a folder");
          }
          templates = Path.of(args[++i]);
        }
        default -> {
          return usage(err, "unknown argument: " + args[i]);
        }
      }
    }
    root = root.toAbsolutePath().normalize();
    Path templateDir = templates != null ? templates.toAbsolutePath().normalize() : root.resolve("templates");
    return new Pipeline(root, templateDir, out, err).run();
  }

  private static ExitCode usage(PrintStream err, String problem) {
    err.println("site-gen: " + problem);
    err.println(USAGE);
    return ExitCode.USAGE;
  }
}
