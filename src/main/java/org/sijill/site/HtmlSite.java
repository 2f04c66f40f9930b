package org.sijill.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * A built site read back: its files, each HTML page parsed with source positions. Which files
 * exist is known from the start (read from the folder, or given by the build that writes it), so
 * pages may be checked while others are still being written; it may be used from several threads.
 */
final class HtmlSite {
  /** Where a relative link leads: a file of the site (or null when outside it) and a fragment. */
  record Target(String path, String fragment) {}

  private final Path root;
  private final List<String> files;
  private final Map<String, String> known = new HashMap<>();
  private final Set<String> dirs = new HashSet<>();
  private final Map<String, Summary> summaries = new ConcurrentHashMap<>();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Target>> byFolder = new ConcurrentHashMap<>();

  /** How many links {@link #links} remembers for a folder, at most. */
  static final int LINKS_PER_FOLDER = 4096;

  /** What other pages need to know of a page: its ids and where its hreflang alternates lead. */
  record Summary(Set<String> ids, Set<String> alternates) {}

  /** The site in the folder {@code root} as it is now. */
  HtmlSite(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    List<String> found;
    try (Stream<Path> walk = Files.walk(this.root)) {
      found =
          walk.filter(p -> !p.equals(this.root))
              .filter(p -> Files.isRegularFile(p) || Files.isDirectory(p))
              .map(p -> (Files.isDirectory(p) ? "/" : "") + relative(p))
              .toList();
    }
    files = found.stream().filter(f -> !f.startsWith("/")).sorted().toList();
    found.stream().filter(f -> f.startsWith("/")).forEach(d -> dirs.add(d.substring(1)));
    index();
  }

  /** The site that will be in {@code root} once {@code files} (paths from the root) are written. */
  HtmlSite(Path root, Collection<String> files) {
    this.root = root.toAbsolutePath().normalize();
    this.files = files.stream().sorted().distinct().toList();
    for (String file : this.files) {
      for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
        dirs.add(file.substring(0, slash));
      }
    }
    index();
  }

  private void index() {
    dirs.add("");
    files.forEach(f -> known.put(f, f));
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  List<String> files() {
    return files;
  }

  List<String> pages() {
    return files.stream().filter(f -> f.endsWith(".html")).toList();
  }

  boolean exists(String path) {
    return known.containsKey(path);
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
    return page(path, true);
  }

  /**
   * The page at {@code path}, parsed with or without positions (tracking them costs time; the tree
   * is the same).
   */
  Document page(String path, boolean positions) throws IOException {
    return parse(path, read(path), positions);
  }

  /** The page at {@code path}, whose text is {@code html}, parsed as {@link #page} does. */
  Document parse(String path, String html, boolean positions) {
    Document doc = parse(html, positions);
    summaries.computeIfAbsent(path, p -> summarize(p, PageScan.of(doc)));
    return doc;
  }

  /** {@code html} parsed, with or without positions; its summary is not taken. */
  static Document parse(String html, boolean positions) {
    return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(positions));
  }

  /** Takes the summary of the page at {@code path} from {@code scan}, unless it is known. */
  void summarized(String path, PageScan scan) {
    summaries.computeIfAbsent(path, p -> summarize(p, scan));
  }

  /**
   * One instance of each id (or null): pages repeat the same ids ({@code s1}, {@code move-2}), and
   * a large site keeps those of every page until its links are checked.
   */
  String intern(String id) {
    return id == null ? null : names.computeIfAbsent(id, k -> k);
  }

  /**
   * Takes {@code summary} as that of the page at {@code path}, which is not read then. Its sets are
   * kept as they are, not copied: a kept page's summary comes from the manifest, whose sets are
   * immutable and share one instance of each name already (interning the million ids of every
   * kept page again took half a second of an edit's build at 10,000 articles).
   */
  void summarized(String path, Summary summary) {
    summaries.putIfAbsent(path, new Summary(Set.copyOf(summary.ids()), Set.copyOf(summary.alternates())));
  }

  /** Whether the summary of the page at {@code path} is known without reading the page. */
  boolean summarized(String path) {
    return summaries.containsKey(path);
  }

  /** The ids and alternates of the page at {@code path}, parsing it if it was not yet. */
  Summary summary(String path) throws IOException {
    if (!summaries.containsKey(path)) {
      page(path);
    }
    return summaries.get(path);
  }

  private Summary summarize(String path, PageScan scan) {
    Set<String> ids = new HashSet<>();
    for (String id : scan.ids()) {
      ids.add(intern(id));
    }
    Set<String> alternates = new HashSet<>();
    for (PageScan.Alternate link : scan.alternates()) {
      try {
        Target target = resolve(path, link.element().attr("href"));
        if (target != null && target.path() != null) {
          alternates.add(target.path());
        }
      } catch (URISyntaxException e) {
        // a malformed alternate leads nowhere; the link check reports it
      }
    }
    return new Summary(Set.copyOf(ids), Set.copyOf(alternates));
  }

  /**
   * Where links from the pages of the folder of {@code page} lead, as {@link #resolve(String,
   * String, Map)} remembers them: the pages of a folder share their header and footer and most of
   * the pages they link to.
   */
  Map<String, Target> links(String page) {
    int slash = page.lastIndexOf('/');
    return byFolder.computeIfAbsent(
        slash < 0 ? "" : page.substring(0, slash), f -> new ConcurrentHashMap<>());
  }

  /**
   * {@link #resolve(String, String)}, looking first in {@code known}, the {@link #links} of the
   * folder of {@code from}; a plain link without a fragment, which leads to the same file from
   * every page of the folder, is added to it (up to {@link #LINKS_PER_FOLDER}).
   */
  Target resolve(String from, String href, Map<String, Target> known) throws URISyntaxException {
    Target target = known.get(href);
    if (target != null) {
      return target;
    }
    target = plain(from, href);
    if (target == null) {
      return resolve(from, href);
    }
    if (target.fragment() == null && known.size() < LINKS_PER_FOLDER) {
      known.put(href, target);
    }
    return target;
  }

  /**
   * Resolves {@code href}, relative to the page at {@code from}; null if it is not a relative URL.
   * The target path is null when the link leaves the site; a folder means its index.html.
   */
  Target resolve(String from, String href) throws URISyntaxException {
    Target plain = plain(from, href);
    if (plain != null) {
      return plain;
    }
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
    String relative = relative(target);
    if (path.endsWith("/") || dirs.contains(relative)) {
      relative = relative.isEmpty() ? "index.html" : relative + "/index.html";
    }
    return new Target(known.getOrDefault(relative, relative), fragment);
  }

  /**
   * {@link #resolve} for the links a site is made of ({@code ../people/x.html#move-2}: ASCII
   * letters, digits, {@code - _ . /}, at most one {@code #}, staying inside the site), without
   * parsing a URI; null for any other link.
   */
  private Target plain(String from, String href) {
    int hash = -1;
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c == '#') {
        if (hash >= 0) {
          return null;
        }
        hash = i;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '/')) {
        return null;
      }
    }
    if (href.isEmpty() || href.startsWith("/")) {
      return null;
    }
    String path = hash < 0 ? href : href.substring(0, hash);
    String fragment = hash < 0 ? null : href.substring(hash + 1);
    if (path.isEmpty()) {
      return new Target(from, fragment);
    }
    // the folder of the page, then each segment of the path
    StringBuilder segments = new StringBuilder(from.length() + path.length());
    int slash = from.lastIndexOf('/');
    segments.append(from, 0, Math.max(0, slash));
    for (int start = 0; start <= path.length(); ) {
      int end = path.indexOf('/', start);
      end = end < 0 ? path.length() : end;
      int length = end - start;
      if (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
        if (segments.length() == 0) {
          return null;
        }
        segments.setLength(Math.max(0, segments.lastIndexOf("/")));
      } else if (length > 0 && !(length == 1 && path.charAt(start) == '.')) {
        if (segments.length() > 0) {
          segments.append('/');
        }
        segments.append(path, start, end);
      }
      start = end + 1;
    }
    String relative = segments.toString();
    if (path.endsWith("/") || dirs.contains(relative)) {
      relative = relative.isEmpty() ? "index.html" : relative + "/index.html";
    }
    return new Target(known.getOrDefault(relative, relative), fragment);
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
