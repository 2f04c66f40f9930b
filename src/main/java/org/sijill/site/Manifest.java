package org.sijill.site;

import static org.sijill.facts.CacheFile.string;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sijill.diag.Diagnostic;
import org.sijill.facts.CacheFile;

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
  private static final String FORMAT = "sijill-manifest-4";

  /** What one page was built from: the indexes of its keys, and its warnings. */
  private record Entry(
      int[] keys, List<Diagnostic> problems, List<Diagnostic> checked, HtmlSite.Summary summary) {}

  /**
   * What a page read ({@link Reads}): its keys, sorted and distinct; the problems found while its model was made; those
   * its output checks found; and its ids and alternates, which links from other pages are checked
   * against.
   */
  record Built(
      List<String> keys,
      List<Diagnostic> problems,
      List<Diagnostic> checked,
      HtmlSite.Summary summary) {}

  private final String renderer;
  private final List<String> keys;
  private final List<byte[]> fingerprints;
  private final Map<String, Entry> pages;
  /** What the build's records were read from, or null. */
  private final Sources sources;

  private Manifest(
      String renderer,
      List<String> keys,
      List<byte[]> fingerprints,
      Map<String, Entry> pages,
      Sources sources) {
    this.renderer = renderer;
    this.keys = keys;
    this.fingerprints = fingerprints;
    this.pages = pages;
    this.sources = sources;
  }

  static Manifest empty() {
    return new Manifest("", List.of(), List.of(), Map.of(), null);
  }

  /** The manifest of the last build, or an empty one. */
  static Manifest read(Path workDir) {
    return CacheFile.read(workDir.resolve(FILE), FORMAT, Manifest::read).orElseGet(Manifest::empty);
  }

  private static Manifest read(String renderer, DataInputStream in) throws IOException {
    if (renderer == null) {
      return null;
    }
    int keyCount = CacheFile.count(in, 1);
    List<String> keys = new ArrayList<>(keyCount);
    List<byte[]> fingerprints = new ArrayList<>(keyCount);
    for (int i = 0; i < keyCount; i++) {
      keys.add(string(in));
      byte[] fingerprint = new byte[in.readUnsignedByte()];
      in.readFully(fingerprint);
      fingerprints.add(fingerprint);
    }
    String[] names = new String[CacheFile.count(in, 1)];
    for (int i = 0; i < names.length; i++) {
      names[i] = string(in);
    }
    int pageCount = CacheFile.count(in, 1);
    Map<String, Entry> pages = new HashMap<>(pageCount * 2);
    for (int i = 0; i < pageCount; i++) {
      String path = string(in);
      int[] pageKeys = new int[CacheFile.count(in, 4)];
      for (int k = 0; k < pageKeys.length; k++) {
        pageKeys[k] = in.readInt();
        if (pageKeys[k] < 0 || pageKeys[k] >= keyCount) {
          return null;
        }
      }
      List<Diagnostic> problems = CacheFile.diagnostics(in);
      List<Diagnostic> checked = CacheFile.diagnostics(in);
      Set<String> ids = names(in, names);
      HtmlSite.Summary summary = new HtmlSite.Summary(ids, names(in, names));
      pages.put(path, new Entry(pageKeys, problems, checked, summary));
    }
    Sources sources = in.readBoolean() ? Sources.read(in) : null;
    return new Manifest(renderer, keys, fingerprints, pages, sources);
  }

  /** Deletes the manifest, before the output folder is replaced. */
  static void forget(Path workDir) throws IOException {
    Files.deleteIfExists(workDir.resolve(FILE));
  }

  /**
   * Writes the manifest of a build by {@code renderer} whose pages read what {@code pages} says,
   * each key's fingerprint taken from {@code now}.
   */
  static void write(
      Path workDir,
      String renderer,
      SortedMap<String, Built> pages,
      Fingerprints now,
      Sources sources)
      throws IOException {
    Set<String> distinct = new HashSet<>();
    pages.values().forEach(b -> distinct.addAll(b.keys()));
    List<String> keys = new ArrayList<>(distinct);
    keys.sort(null);
    keys.parallelStream().forEach(now::of);
    Map<String, Integer> index = new HashMap<>(keys.size() * 2);
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    // a million ids at 10,000 articles: gathered in a hash set, sorted once, looked up by hash
    Set<String> distinctNames = new HashSet<>();
    for (Built b : pages.values()) {
      distinctNames.addAll(b.summary().ids());
      distinctNames.addAll(b.summary().alternates());
    }
    List<String> names = new ArrayList<>(distinctNames);
    names.sort(null);
    Map<String, Integer> nameIndex = new HashMap<>(names.size() * 2);
    for (int i = 0; i < names.size(); i++) {
      nameIndex.put(names.get(i), i);
    }
    CacheFile.write(
        workDir.resolve(FILE),
        FORMAT,
        renderer,
        out -> {
          out.writeInt(keys.size());
          for (String key : keys) {
            string(out, key);
            byte[] fingerprint = now.of(key);
            out.writeByte(fingerprint.length);
            out.write(fingerprint);
          }
          CacheFile.strings(out, names);
          out.writeInt(pages.size());
          for (Map.Entry<String, Built> page : pages.entrySet()) {
            string(out, page.getKey());
            out.writeInt(page.getValue().keys().size());
            for (String key : page.getValue().keys()) {
              out.writeInt(index.get(key));
            }
            CacheFile.diagnostics(out, page.getValue().problems());
            CacheFile.diagnostics(out, page.getValue().checked());
            write(out, page.getValue().summary().ids(), nameIndex);
            write(out, page.getValue().summary().alternates(), nameIndex);
          }
          out.writeBoolean(sources != null);
          if (sources != null) {
            sources.write(out);
          }
        });
  }

  /** A set of names, immutable: the sets of every page are held at once, so they are compact. */
  private static Set<String> names(DataInputStream in, String[] names) throws IOException {
    String[] set = new String[CacheFile.count(in, 4)];
    for (int i = 0; i < set.length; i++) {
      set[i] = names[in.readInt()];
    }
    return Set.of(set);
  }

  private static void write(DataOutputStream out, Set<String> set, Map<String, Integer> index)
      throws IOException {
    // names are numbered in sorted order, so sorting the numbers sorts the names
    int[] numbers = new int[set.size()];
    int k = 0;
    for (String name : set) {
      numbers[k++] = index.get(name);
    }
    Arrays.sort(numbers);
    out.writeInt(numbers.length);
    for (int number : numbers) {
      out.writeInt(number);
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
    IntStream.range(0, keys.size())
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
        String[] names = new String[pageKeys.length];
        for (int k = 0; k < pageKeys.length; k++) {
          names[k] = keys.get(pageKeys[k]);
        }
        Entry entry = page.getValue();
        kept.put(
            page.getKey(),
            new Built(Arrays.asList(names), entry.problems(), entry.checked(), entry.summary()));
      }
    }
    return kept;
  }

  /**
   * The fingerprints of the last build that hold now without hashing, by key, for a build by
   * {@code renderer} from {@code now} ({@link Sources#unchangedIn}). Empty when the renderer
   * differs or either build's sources are unknown.
   */
  Map<String, byte[]> carried(String renderer, Sources now) {
    Map<String, byte[]> carried = new HashMap<>();
    if (!this.renderer.equals(renderer) || sources == null || now == null) {
      return carried;
    }
    java.util.function.Predicate<String> same = sources.unchangedIn(now);
    for (int i = 0; i < keys.size(); i++) {
      if (same.test(keys.get(i))) {
        carried.put(keys.get(i), fingerprints.get(i));
      }
    }
    return carried;
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
    MessageDigest digest = CacheFile.sha256();
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
}
