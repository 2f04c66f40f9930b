package org.sijill.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;
import org.sijill.facts.CacheFile;

/**
 * A build from the very same inputs as the last one (the same fact files, articles, templates and
 * code) would write the same site and find the same problems: it keeps the site as it is and
 * reports the problems of the last build, without building a page. The inputs are fingerprinted
 * by the caller (the texts it read); the templates and Sijill's own classes are added here.
 * Written to the work folder after a build succeeds, deleted before the output is replaced.
 */
final class Reuse {
  private static final String FILE = "inputs.tsv";

  private Reuse() {}

  /**
   * The fingerprint of {@code inputs} with the {@link Manifest#renderer} (templates and code); null
   * if either is unknown.
   */
  static String fingerprint(String inputs, String renderer) {
    if (inputs == null || renderer == null) {
      return null;
    }
    MessageDigest digest = CacheFile.sha256();
    for (String part : List.of(inputs, renderer)) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The result of the last build if it was built from {@code fingerprint} and its site is still
   * in {@code output}, every page of it.
   */
  static Optional<SiteBuilder.Result> of(String fingerprint, Path work, Path output) {
    Path file = work.resolve(FILE);
    if (fingerprint == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      // the manifest is read only when the fingerprint matches: reading it is not free
      if (lines.size() < 2
          || !lines.get(0).equals(fingerprint)
          || !Manifest.read(work).complete(output)) {
        return Optional.empty();
      }
      List<Diagnostic> problems = new ArrayList<>();
      for (String line : lines.subList(2, lines.size())) {
        String[] f = line.split("\t", -1);
        problems.add(
            new Diagnostic(
                unescape(f[3]),
                Integer.parseInt(f[1]),
                Integer.parseInt(f[2]),
                Severity.valueOf(f[0]),
                unescape(f[4])));
      }
      return Optional.of(new SiteBuilder.Result(Integer.parseInt(lines.get(1)), problems));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static void remember(String fingerprint, SiteBuilder.Result result, Path work) throws IOException {
    if (fingerprint == null) {
      return;
    }
    StringBuilder out = new StringBuilder(fingerprint).append('\n');
    out.append(result.pages()).append('\n');
    for (Diagnostic d : result.problems()) {
      out.append(d.severity().name()).append('\t').append(d.line()).append('\t');
      out.append(d.column()).append('\t').append(escape(d.path())).append('\t');
      out.append(escape(d.message())).append('\n');
    }
    Files.writeString(work.resolve(FILE), out, StandardCharsets.UTF_8);
  }

  static void forget(Path work) throws IOException {
    Files.deleteIfExists(work.resolve(FILE));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A fingerprint of Sijill's classes (the folder or jar this class was loaded from), the Java
   * version and the libraries' jars, or null.
   */
  static String code() throws IOException {
    CodeSource source = Reuse.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
    MessageDigest digest = CacheFile.sha256();
    if (Files.isRegularFile(location)) {
      try (InputStream in = Files.newInputStream(location)) {
        digest.update(in.readAllBytes());
      }
    } else if (Files.isDirectory(location)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(location)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        digest.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(f));
      }
    } else {
      return null;
    }
    libraries(digest);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Classes of the libraries whose versions shape what is read and rendered. */
  private static final List<Class<?>> LIBRARIES =
      List.of(
          freemarker.template.Configuration.class,
          org.jsoup.Jsoup.class,
          com.ibm.icu.text.MessageFormat.class,
          org.yaml.snakeyaml.Yaml.class,
          com.fasterxml.jackson.databind.ObjectMapper.class,
          org.jbake.app.Oven.class,
          org.apache.lucene.analysis.ar.ArabicNormalizer.class,
          com.networknt.schema.JsonSchema.class,
          com.vladsch.flexmark.parser.Parser.class);

  /**
   * Adds the Java version and the jar (name and size) of each library to {@code digest}, so that a
   * caught-up library or JDK makes every cache and every page be made again.
   */
  private static void libraries(MessageDigest digest) throws IOException {
    digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
    for (Class<?> library : LIBRARIES) {
      CodeSource source = library.getProtectionDomain().getCodeSource();
      String where = "";
      long size = 0;
      if (source != null && source.getLocation() != null) {
        where = source.getLocation().toString();
        try {
          Path jar = Path.of(source.getLocation().toURI());
          size = Files.isRegularFile(jar) ? Files.size(jar) : 0;
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a file: its location alone
        }
      }
      digest.update((where + "\0" + size + "\0").getBytes(StandardCharsets.UTF_8));
    }
  }
}
