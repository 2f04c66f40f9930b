package org.sijill.site;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;

/**
 * What the site in the output folder was built from: a fingerprint of the renderer (templates,
 * bundles, assets and Sijill's classes) and, for each page, the keys of the inputs its model read
 * ({@link Reads}) with what each read then ({@link Fingerprints}), and the warnings the page gave.
 * A page none of whose inputs changed would be built to the same bytes, so it is kept as it is and
 * its warnings are given again. Written to the work folder after a build succeeds; any doubt (no
 * file, an unreadable one, another renderer, a page missing from the output) means building the
 * page again.
 */
final class Manifest {
  private static final String FILE = "manifest.bin";
  private static final String FORMAT = "sijill-manifest-2";

  /** What one page was built from: the indexes of its keys, and its warnings. */
  private record Entry(
      int[] keys, List<Diagnostic> problems, List<Diagnostic> checked, HtmlSite.Summary summary) {}

  /**
   * What a page read ({@link Reads}): its keys; the problems found while its model was made; those
   * its output checks found; and its ids and alternates, which links from other pages are checked
   * against.
   */
  record Built(
      SortedSet<String> keys,
      List<Diagnostic> problems,
      List<Diagnostic> checked,
      HtmlSite.Summary summary) {}

  private final String renderer;
  private final List<String> keys;
  private final List<byte[]> fingerprints;
  private final Map<String, Entry> pages;

  private Manifest(String renderer, List<String> keys, List<byte[]> fingerprints, Map<String, Entry> pages) {
    this.renderer = renderer;
    this.keys = keys;
    this.fingerprints = fingerprints;
    this.pages = pages;
  }

  static Manifest empty() {
    return new Manifest("", List.of(), List.of(), Map.of());
  }

  /** The manifest of the last build, or an empty one. */
  static Manifest read(Path workDir) {
    Path file = workDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (DataInputStream in =
        new DataInputStream(new java.util.zip.CheckedInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), crc))) {
      if (!in.readUTF().equals(FORMAT)) {
        return empty();
      }
      String renderer = in.readUTF();
      int keyCount = in.readInt();
      if (keyCount < 0 || keyCount > in.available()) {
        return empty();
      }
      List<String> keys = new ArrayList<>(keyCount);
      List<byte[]> fingerprints = new ArrayList<>(keyCount);
      for (int i = 0; i < keyCount; i++) {
        keys.add(in.readUTF());
        byte[] fingerprint = new byte[in.readUnsignedByte()];
        in.readFully(fingerprint);
        fingerprints.add(fingerprint);
      }
      int nameCount = in.readInt();
      if (nameCount < 0 || nameCount > in.available()) {
        return empty();
      }
      String[] names = new String[nameCount];
      for (int i = 0; i < nameCount; i++) {
        names[i] = in.readUTF();
      }
      int pageCount = in.readInt();
      if (pageCount < 0 || pageCount > in.available()) {
        return empty();
      }
      Map<String, Entry> pages = new HashMap<>(pageCount * 2);
      for (int i = 0; i < pageCount; i++) {
        String path = in.readUTF();
        int count = in.readInt();
        if (count < 0 || count > in.available() / 4) {
          return empty();
        }
        int[] pageKeys = new int[count];
        for (int k = 0; k < pageKeys.length; k++) {
          pageKeys[k] = in.readInt();
          if (pageKeys[k] < 0 || pageKeys[k] >= keyCount) {
            return empty();
          }
        }
        List<Diagnostic> problems = problems(in);
        List<Diagnostic> checked = problems(in);
        Set<String> ids = names(in, names);
        pages.put(path, new Entry(pageKeys, problems, checked, new HtmlSite.Summary(ids, names(in, names))));
      }
      long sum = crc.getValue();
      if (in.readLong() != sum || in.read() != -1) {
        return empty();
      }
      return new Manifest(renderer, keys, fingerprints, pages);
    } catch (IOException | RuntimeException e) {
      return empty();
    }
  }

  /** Deletes the manifest, before the output folder is replaced. */
  static void forget(Path workDir) throws IOException {
    Files.deleteIfExists(workDir.resolve(FILE));
  }

  /**
   * Writes the manifest of a build by {@code renderer} whose pages read what {@code pages} says,
   * each key's fingerprint taken from {@code now}.
   */
  static void write(Path workDir, String renderer, SortedMap<String, Built> pages, Fingerprints now)
      throws IOException {
    Map<String, Integer> index = new TreeMap<>();
    pages.values().forEach(b -> b.keys().forEach(k -> index.put(k, 0)));
    List<String> keys = new ArrayList<>(index.keySet());
    keys.parallelStream().forEach(now::of);
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    Map<String, Integer> nameIndex = new TreeMap<>();
    for (Built b : pages.values()) {
      b.summary().ids().forEach(n -> nameIndex.put(n, 0));
      b.summary().alternates().forEach(n -> nameIndex.put(n, 0));
    }
    List<String> names = new ArrayList<>(nameIndex.keySet());
    for (int i = 0; i < names.size(); i++) {
      nameIndex.put(names.get(i), i);
    }
    Files.createDirectories(workDir);
    Path temporary = workDir.resolve(FILE + ".tmp");
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (DataOutputStream out =
        new DataOutputStream(new java.util.zip.CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), crc))) {
      out.writeUTF(FORMAT);
      out.writeUTF(renderer);
      out.writeInt(keys.size());
      for (String key : keys) {
        out.writeUTF(key);
        byte[] fingerprint = now.of(key);
        out.writeByte(fingerprint.length);
        out.write(fingerprint);
      }
      out.writeInt(names.size());
      for (String name : names) {
        out.writeUTF(name);
      }
      out.writeInt(pages.size());
      for (Map.Entry<String, Built> page : pages.entrySet()) {
        out.writeUTF(page.getKey());
        out.writeInt(page.getValue().keys().size());
        for (String key : page.getValue().keys()) {
          out.writeInt(index.get(key));
        }
        write(out, page.getValue().problems());
        write(out, page.getValue().checked());
        write(out, page.getValue().summary().ids(), nameIndex);
        write(out, page.getValue().summary().alternates(), nameIndex);
      }
      out.writeLong(crc.getValue());
    }
    Files.move(temporary, workDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static List<Diagnostic> problems(DataInputStream in) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    for (int p = in.readInt(); p > 0; p--) {
      Severity severity = Severity.valueOf(in.readUTF());
      String at = in.readUTF();
      int line = in.readInt();
      int column = in.readInt();
      problems.add(new Diagnostic(at, line, column, severity, in.readUTF()));
    }
    return List.copyOf(problems);
  }

  private static Set<String> names(DataInputStream in, String[] names) throws IOException {
    Set<String> set = new HashSet<>();
    for (int n = in.readInt(); n > 0; n--) {
      set.add(names[in.readInt()]);
    }
    return set;
  }

  private static void write(DataOutputStream out, Set<String> set, Map<String, Integer> index)
      throws IOException {
    out.writeInt(set.size());
    for (String name : new java.util.TreeSet<>(set)) {
      out.writeInt(index.get(name));
    }
  }

  private static void write(DataOutputStream out, List<Diagnostic> problems) throws IOException {
    out.writeInt(problems.size());
    for (Diagnostic d : problems) {
      out.writeUTF(d.severity().name());
      out.writeUTF(d.path());
      out.writeInt(d.line());
      out.writeInt(d.column());
      out.writeUTF(d.message());
    }
  }

  /**
   * The pages this manifest lets a build by {@code renderer} keep: those whose inputs all read the
   * same now ({@code now}), by path. Empty when the renderer differs.
   */
  Map<String, Built> unchanged(String renderer, Fingerprints now) {
    Map<String, Built> kept = new HashMap<>();
    if (!this.renderer.equals(renderer)) {
      return kept;
    }
    boolean[] differs = new boolean[keys.size()];
    java.util.stream.IntStream.range(0, keys.size())
        .parallel()
        .forEach(i -> differs[i] = !Arrays.equals(fingerprints.get(i), now.of(keys.get(i))));
    BitSet changed = new BitSet(keys.size());
    for (int i = 0; i < differs.length; i++) {
      if (differs[i]) {
        changed.set(i);
      }
    }
    for (Map.Entry<String, Entry> page : pages.entrySet()) {
      int[] pageKeys = page.getValue().keys();
      boolean same = true;
      for (int k : pageKeys) {
        if (changed.get(k)) {
          same = false;
          break;
        }
      }
      if (same) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (int k : pageKeys) {
          names.add(keys.get(k));
        }
        Entry entry = page.getValue();
        kept.put(page.getKey(), new Built(names, entry.problems(), entry.checked(), entry.summary()));
      }
    }
    return kept;
  }

  /** Whether there was a last build and every page it wrote is in {@code output}. */
  boolean complete(Path output) {
    return !renderer.isEmpty()
        && !pages.isEmpty()
        && pages.keySet().stream().allMatch(path -> Files.isRegularFile(output.resolve(path)));
  }

  /**
   * The fingerprint of everything but the inputs that a page's bytes depend on: JBake's settings,
   * the templates, bundles and assets, and Sijill's classes ({@code code}).
   */
  static String renderer(Path templatesDir, String code) throws IOException {
    MessageDigest digest = sha256();
    digest.update(JBakeTree.properties().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(String.valueOf(code).getBytes(StandardCharsets.UTF_8));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(templatesDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      digest.update(templatesDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(file));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
