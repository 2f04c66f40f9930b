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
  private final Map<String, Summary> summaries = new HashMap<>();

  /** What other pages need to know of a page: its ids and where its hreflang alternates lead. */
  record Summary(Set<String> ids, Set<String> alternates) {}

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

  long size(String path) throws IOException {
    return Files.size(root.resolve(path));
  }

  String read(String path) throws IOException {
    return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
  }

  /**
   * The page at {@code path}, parsed with positions tracked. Pages are not kept (a site may have
   * thousands); their {@link #summary} is.
   */
  Document page(String path) throws IOException {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(read(path), "", parser);
    summaries.computeIfAbsent(path, p -> summarize(p, doc));
    return doc;
  }

  /** The ids and alternates of the page at {@code path}, parsing it if it was not yet. */
  Summary summary(String path) throws IOException {
    if (!summaries.containsKey(path)) {
      page(path);
    }
    return summaries.get(path);
  }

  private Summary summarize(String path, Document doc) {
    Set<String> ids = new HashSet<>();
    for (Element e : doc.getAllElements()) {
      if (e.hasAttr("id")) {
        ids.add(e.attr("id"));
      }
      if (e.tagName().equals("a") && e.hasAttr("name")) {
        ids.add(e.attr("name"));
      }
    }
    Set<String> alternates = new HashSet<>();
    for (Element link : alternates(doc)) {
      try {
        Target target = resolve(path, link.attr("href"));
        if (target != null && target.path() != null) {
          alternates.add(target.path());
        }
      } catch (URISyntaxException e) {
        // a malformed alternate leads nowhere; the link check reports it
      }
    }
    return new Summary(Set.copyOf(ids), Set.copyOf(alternates));
  }

  /** The {@code <link rel="alternate" hreflang>} elements of {@code doc}. */
  static List<Element> alternates(Document doc) {
    return doc.select("link[rel~=(?i)^alternate$][hreflang]");
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
