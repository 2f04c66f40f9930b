package org.sijill.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/** A built site read back: its files, each HTML page parsed with source positions. */
final class HtmlSite {
  /** Where a relative link leads: a file of the site (or null when outside it) and a fragment. */
  record Target(String path, String fragment) {}

  private final Path root;
  private final List<String> files;
  private final Map<String, Document> pages = new HashMap<>();
  private final Map<String, Set<String>> ids = new HashMap<>();

  HtmlSite(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(this.root)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> this.root.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
  }

  List<String> files() {
    return files;
  }

  List<String> pages() {
    return files.stream().filter(f -> f.endsWith(".html")).toList();
  }

  boolean exists(String path) {
    return Files.isRegularFile(root.resolve(path));
  }

  String read(String path) throws IOException {
    return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
  }

  /** The page at {@code path}, parsed once, with positions tracked. */
  Document page(String path) throws IOException {
    Document doc = pages.get(path);
    if (doc == null) {
      Parser parser = Parser.htmlParser().setTrackPosition(true);
      doc = Jsoup.parse(read(path), "", parser);
      pages.put(path, doc);
    }
    return doc;
  }

  /** Every {@code id} (and {@code <a name>}) on the page at {@code path}. */
  Set<String> ids(String path) throws IOException {
    Set<String> set = ids.get(path);
    if (set == null) {
      set = new HashSet<>();
      for (Element e : page(path).getAllElements()) {
        if (e.hasAttr("id")) {
          set.add(e.attr("id"));
        }
        if (e.tagName().equals("a") && e.hasAttr("name")) {
          set.add(e.attr("name"));
        }
      }
      ids.put(path, set);
    }
    return set;
  }

  /**
   * Resolves {@code href}, relative to the page at {@code from}; null if it is not a relative URL.
   * The target path is null when the link leaves the site; a folder means its index.html.
   */
  Target resolve(String from, String href) throws URISyntaxException {
    URI uri = new URI(href.strip());
    if (uri.isAbsolute() || uri.getRawAuthority() != null || href.startsWith("/")) {
      return null;
    }
    String fragment = uri.getFragment();
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.isEmpty()) {
      return new Target(from, fragment);
    }
    Path base = root.resolve(from).getParent();
    Path target = base.resolve(path).normalize();
    if (!target.startsWith(root)) {
      return new Target(null, fragment);
    }
    if (path.endsWith("/") || Files.isDirectory(target)) {
      target = target.resolve("index.html");
    }
    return new Target(root.relativize(target).toString().replace('\\', '/'), fragment);
  }

  /** The start tag of {@code element} as written, for messages: {@code <a href="x.html">}. */
  static String tag(Element element) {
    return "<" + element.tagName() + element.attributes().html() + ">";
  }

  static int line(Node node) {
    return Math.max(1, node.sourceRange().start().lineNumber());
  }

  static int column(Node node) {
    return Math.max(1, node.sourceRange().start().columnNumber());
  }
}
