package org.sijill.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.CacheFile;
import org.sijill.facts.FactBase;

/**
 * The feeds of the last build, taken again instead of being made when what they are made of did
 * not change: the renderer (templates, bundles and Sijill's classes), the site's settings, each
 * person's id, name and moves, every company and deal, and each article's id and publication
 * date ({@link #fingerprint}). A role or an article's ledger changes no feed. The work folder's {@code feeds.txt} holds that fingerprint and the SHA-256 of each feed
 * as written; a feed is taken from the output folder only when its bytes still have that SHA-256.
 */
final class KeptFeeds {
  private static final String FILE = "feeds.txt";

  private KeptFeeds() {}

  /** The path of a language's feed from the site root. */
  static String path(Lang lang) {
    return lang.code() + "/feed.xml";
  }

  /**
   * What the feeds are made of, hashed, for a build by {@code renderer}: the records by the
   * fingerprints the pages' keys have ({@code now}, mostly carried from the last build), so that
   * only what changed is hashed again.
   */
  static String fingerprint(Fingerprints now, FactBase facts, String renderer) {
    byte[] records =
        now.ofAll(
            Stream.of(
                    Stream.of("site", "moves"),
                    facts.people().keySet().stream().map(id -> "name/people/" + id),
                    facts.companies().keySet().stream().map(id -> "companies/" + id),
                    facts.deals().keySet().stream().map(id -> "deals/" + id))
                .flatMap(keys -> keys));
    List<Object> articles = new ArrayList<>();
    for (ArticleRecord a : facts.articles().values()) {
      articles.add(Arrays.asList(a.id(), a.published()));
    }
    byte[] hash = new ContentHash().of(Arrays.asList(
        "feeds", renderer, HexFormat.of().formatHex(records), articles));
    return HexFormat.of().formatHex(hash);
  }

  /**
   * The feeds of the last build by language, when it recorded {@code fingerprint} and each feed is
   * in {@code output} as it was written; else an empty map.
   */
  static Map<Lang, String> read(Path workDir, Path output, String fingerprint) {
    Map<Lang, String> kept = new EnumMap<>(Lang.class);
    try {
      Path file = workDir.resolve(FILE);
      if (fingerprint == null || !Files.isRegularFile(file)) {
        return Map.of();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() != 1 + Lang.values().length || !lines.get(0).equals(fingerprint)) {
        return Map.of();
      }
      for (int i = 0; i < Lang.values().length; i++) {
        Lang lang = Lang.values()[i];
        Path feed = output.resolve(path(lang));
        if (!lines.get(i + 1).equals(path(lang) + " " + sha256(Files.readAllBytes(feed)))) {
          return Map.of();
        }
        kept.put(lang, Files.readString(feed, StandardCharsets.UTF_8));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return Map.of();
    }
    return kept;
  }

  /**
   * Records that the feeds among {@code files} (by path from the site root) were made from
   * {@code fingerprint}; nothing when a feed is missing or the fingerprint is null.
   */
  static void remember(Path workDir, String fingerprint, SortedMap<String, byte[]> files)
      throws IOException {
    forget(workDir);
    if (fingerprint == null) {
      return;
    }
    StringBuilder text = new StringBuilder(fingerprint).append('\n');
    for (Lang lang : Lang.values()) {
      byte[] feed = files.get(path(lang));
      if (feed == null) {
        return;
      }
      text.append(path(lang)).append(' ').append(sha256(feed)).append('\n');
    }
    Files.createDirectories(workDir);
    Path temporary = workDir.resolve(FILE + ".tmp");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(temporary, workDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  static void forget(Path workDir) throws IOException {
    Files.deleteIfExists(workDir.resolve(FILE));
  }

  /** The feeds among the site's other files, by path: what {@link #remember} records. */
  static SortedMap<String, byte[]> feeds(Map<String, byte[]> files) {
    SortedMap<String, byte[]> feeds = new TreeMap<>();
    for (Lang lang : Lang.values()) {
      if (files.containsKey(path(lang))) {
        feeds.put(path(lang), files.get(path(lang)));
      }
    }
    return feeds;
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(CacheFile.sha256().digest(bytes));
  }
}
