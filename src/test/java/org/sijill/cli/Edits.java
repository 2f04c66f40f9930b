package org.sijill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Single edits an editor makes to a project folder, each written so that it applies to any
 * project (the seeds' {@code content/} or a synthetic corpus): it picks the first file it fits.
 */
final class Edits {
  /** One edit: its name, for messages, and what it does to the project in {@code root}. */
  record Edit(String name, Action action) {}

  interface Action {
    void apply(Path root) throws IOException;
  }

  private Edits() {}

  static List<Edit> all() {
    return List.of(
        new Edit("rename a person in English", root -> replaceFirst(root, "people", "name: \\{en: ([^,]+),", "name: {en: $1 Junior,")),
        new Edit("rename a person in Arabic", root -> replaceFirst(root, "people", "(name: \\{en: [^,]+, ar: )([^}]+)}", "$1$2 الثاني}")),
        new Edit("change a move's company", Edits::moveCompany),
        new Edit("change a deal's amount", root -> replaceFirst(root, "deals", "amount: \\{value: (\\d+)", "amount: {value: 1$1")),
        new Edit("rename a company in English", root -> replaceFirst(root, "companies", "name: \\{en: (\"?)([A-Za-z])", "name: {en: $1New $2")),
        new Edit("change a deal's title", root -> replaceFirst(root, "deals", "title: \\{en: (\"?)([A-Za-z])", "title: {en: $1Revised $2")),
        new Edit("add an alias", root -> replaceFirst(root, "companies", "aliases: \\[", "aliases: [الشركة, ")),
        new Edit("remove an alias", root -> replaceFirst(root, "people", "aliases: \\[([^,\\]]+), ", "aliases: [")),
        new Edit("change a company's parent", Edits::parent),
        new Edit("change the site's title", root -> edit(root.resolve("content/site.yaml"), "title: \\{en: ", "title: {en: New ")),
        new Edit("delete a person", Edits::deletePerson),
        new Edit("insert a sentence into an article", root -> editSeed(root, "\n", "\nقال متحدث إن الشركة تدرس العرض.\n")),
        new Edit("edit an article's last sentence", root -> editSeed(root, "\\.\\s*$", " هذا الأسبوع.\n")),
        new Edit("add an article", Edits::addArticle),
        // right after a build that extracted: the fingerprints of that build are carried from none
        new Edit("change a role's title", root -> replaceFirst(root, "people", "(roles:\n  - title: \\{en: )([A-Za-z])", "$1Acting $2")));
  }

  /** The files of {@code content/<folder>/}, sorted. */
  static List<Path> files(Path root, String folder) throws IOException {
    try (Stream<Path> list = Files.list(root.resolve("content").resolve(folder))) {
      return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Replaces the first match of {@code regex} in the first file of the folder that has one. */
  private static void replaceFirst(Path root, String folder, String regex, String replacement) throws IOException {
    for (Path file : files(root, folder)) {
      if (edit(file, regex, replacement)) {
        return;
      }
    }
    throw new IllegalStateException("no file of " + folder + " matches " + regex);
  }

  private static boolean edit(Path file, String regex, String replacement) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      return false;
    }
    Files.writeString(file, m.replaceFirst(replacement), StandardCharsets.UTF_8);
    return true;
  }

  private static String id(Path file) {
    return file.getFileName().toString().replace(".yaml", "");
  }

  /** The last person whose move goes to a company now goes to the first other company. */
  private static void moveCompany(Path root) throws IOException {
    List<Path> companies = files(root, "companies");
    List<Path> people = files(root, "people");
    for (Path person : reversed(people)) {
      Matcher m = Pattern.compile("\n    to: ([a-z0-9-]+)\n").matcher(Files.readString(person));
      if (m.find()) {
        String other = companies.stream().map(Edits::id).filter(c -> !c.equals(m.group(1))).findFirst().orElseThrow();
        edit(person, "\n    to: " + m.group(1) + "\n", "\n    to: " + other + "\n");
        return;
      }
    }
    throw new IllegalStateException("no move to a company");
  }

  /** The last company without a parent becomes a lab of the first company. */
  private static void parent(Path root) throws IOException {
    List<Path> companies = files(root, "companies");
    String first = id(companies.get(0));
    for (Path company : reversed(companies)) {
      String text = Files.readString(company);
      if (!text.contains("\nparent: ") && !company.equals(companies.get(0))) {
        edit(company, "\nkind: ([a-z]+)\n", "\nkind: $1\nparent: " + first + "\n");
        return;
      }
    }
    throw new IllegalStateException("no company without a parent");
  }

  /** Deletes the last person no deal names, and takes them out of the articles' mentions. */
  private static void deletePerson(Path root) throws IOException {
    StringBuilder deals = new StringBuilder();
    for (Path deal : files(root, "deals")) {
      deals.append(Files.readString(deal));
    }
    for (Path person : reversed(files(root, "people"))) {
      String id = id(person);
      if (!deals.toString().contains("person: " + id + ",")) {
        Files.delete(person);
        Pattern list = Pattern.compile("people: \\[([^\\]]*)\\]");
        for (Path article : files(root, "articles")) {
          String text = Files.readString(article, StandardCharsets.UTF_8);
          String without =
              list.matcher(text)
                  .replaceAll(
                      m ->
                          Matcher.quoteReplacement(
                              "people: ["
                                  + String.join(
                                      ", ",
                                      Stream.of(m.group(1).split(", "))
                                          .filter(p -> !p.isEmpty() && !p.equals(id))
                                          .toList())
                                  + "]"));
          if (!without.equals(text)) {
            Files.writeString(article, without, StandardCharsets.UTF_8);
          }
        }
        return;
      }
    }
    throw new IllegalStateException("every person is in a deal");
  }

  private static List<Path> reversed(List<Path> files) {
    List<Path> copy = new java.util.ArrayList<>(files);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /** Edits the first article text of seeds/ in which {@code regex} matches. */
  private static void editSeed(Path root, String regex, String replacement) throws IOException {
    try (Stream<Path> list = Files.list(root.resolve("seeds"))) {
      for (Path seed : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        if (edit(seed, regex, replacement)) {
          return;
        }
      }
    }
    throw new IllegalStateException("no article matches " + regex);
  }

  /**
   * The first article's file renamed: the text is read as a new article, extracted, and the old
   * article's record has no text left.
   */
  static void renameSeed(Path root) throws IOException {
    try (Stream<Path> list = Files.list(root.resolve("seeds"))) {
      Path first = list.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
      Files.move(first, first.resolveSibling(first.getFileName().toString().replace(".txt", "_moved.txt")));
    }
  }

  /** A copy of the last article with a sentence added, as a new article. */
  private static void addArticle(Path root) throws IOException {
    try (Stream<Path> list = Files.list(root.resolve("seeds"))) {
      Path last = list.filter(p -> p.toString().endsWith(".txt")).sorted().reduce((a, b) -> b).orElseThrow();
      Files.writeString(
          root.resolve("seeds/zzz_added.txt"),
          Files.readString(last) + "\nوأضاف المتحدث أن الصفقة ستكتمل قريبا.\n",
          StandardCharsets.UTF_8);
    }
  }
}
