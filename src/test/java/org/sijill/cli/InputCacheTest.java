package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.FactReader;
import org.sijill.facts.ReadCache;
import org.sijill.validate.Validator;

/**
 * The caches of what reading {@code seeds/} and {@code content/} gave: a build that takes unchanged
 * files from them reads the same as one that reads every file, and a damaged cache is ignored.
 */
class InputCacheTest {
  private static final String CODE = "code";

  @TempDir Path root;

  @BeforeEach
  void copyTheProjectWithOldTimes() throws IOException {
    for (String folder : List.of("seeds", "content")) {
      SiteGenRun.copyTree(Path.of(folder), root.resolve(folder));
    }
    age(root);
  }

  /** Dates every file a minute back, so that the caches may keep them. */
  private static void age(Path dir) throws IOException {
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, old);
      }
    }
  }

  private Path seedCache() {
    return root.resolve("target/sijill-work/seeds.cache");
  }

  private Path contentCache() {
    return root.resolve("target/sijill-work/content.cache");
  }

  private SeedReader.Result seeds(boolean cached) throws IOException {
    if (!cached) {
      return new SeedReader(ArticleReader.standard()).read(root);
    }
    SeedCache cache = SeedCache.open(seedCache(), CODE);
    SeedReader.Result result = new SeedReader(ArticleReader.standard(), cache).read(root);
    cache.write();
    return result;
  }

  /** What reading content/ gave, as text: the records, texts, JSON trees and problems. */
  private String content(boolean cached) throws IOException {
    FactReader reader = Validator.forProject(root).reader();
    FactReader.Result result;
    if (cached) {
      ReadCache cache = ReadCache.open(contentCache(), CODE);
      result = reader.cached(cache).read(root);
      cache.write();
    } else {
      result = reader.read(root);
    }
    Map<String, String> trees = new TreeMap<>();
    result.documents().forEach((path, doc) -> trees.put(path, doc.text() + "\n" + doc.json()));
    return result.facts() + "\n" + result.stamps() + "\n" + trees + "\n" + result.origins() + "\n" + result.diagnostics();
  }

  @Test
  void readsFromTheCachesWhatReadingTheFilesGives() throws IOException {
    seeds(true);
    content(true);

    assertEquals(seeds(false), seeds(true));
    assertEquals(content(false), content(true));
  }

  @Test
  void takesAnUnchangedFileFromTheCacheWithoutReadingIt() throws IOException {
    seeds(true);
    content(true);
    Path seed = root.resolve("seeds/003_1ddf2c8ed1bd373f.txt");
    Path fact = root.resolve("content/people/trapit-bansal.yaml");
    for (Path file : List.of(seed, fact)) {
      // the same size and time of change, another text: only the cache still knows the old one
      FileTime time = Files.getLastModifiedTime(file);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Files.writeString(file, text.replace("ا", "ب"), StandardCharsets.UTF_8);
      Files.setLastModifiedTime(file, time);
    }

    assertNotEquals(seeds(false), seeds(true));
    assertNotEquals(content(false), content(true));
  }

  @Test
  void readsAFileThatChangedAgain() throws IOException {
    seeds(true);
    content(true);
    Path seed = root.resolve("seeds/003_1ddf2c8ed1bd373f.txt");
    Files.writeString(seed, Files.readString(seed) + "وقال الباحث ترابيت بانسال إن الفريق يرحب بالمنضمين الجدد.\n");
    Path fact = root.resolve("content/people/trapit-bansal.yaml");
    Files.writeString(fact, Files.readString(fact).replace("Trapit Bansal", "Trapit B. Bansal"));
    Files.delete(root.resolve("content/people/elon-musk.yaml"));
    age(root.resolve("seeds"));

    assertEquals(seeds(false), seeds(true));
    assertEquals(content(false), content(true));
    assertEquals(seeds(false), seeds(true));
    assertEquals(content(false), content(true));
  }

  @Test
  void readsTheFilesWhenACacheIsCutShortOrDamagedOrForOtherCode() throws IOException {
    seeds(true);
    content(true);
    for (Path cache : List.of(seedCache(), contentCache())) {
      byte[] bytes = Files.readAllBytes(cache);
      Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }
    assertEquals(seeds(false), seeds(true));
    assertEquals(content(false), content(true));

    for (Path cache : List.of(seedCache(), contentCache())) {
      byte[] bytes = Files.readAllBytes(cache);
      for (int i = 40; i < bytes.length; i += 97) {
        bytes[i] ^= 0x5a;
      }
      Files.write(cache, bytes);
    }
    assertEquals(seeds(false), seeds(true));
    assertEquals(content(false), content(true));

    assertEquals(0, SeedCache.open(seedCache(), "other code").size());
    assertEquals(0, ReadCache.open(contentCache(), "other code").size());
  }

  @Test
  void aFewChangedFilesAreWrittenBesideTheCacheAndTakenFromThereNextTime() throws IOException {
    content(true);
    byte[] whole = Files.readAllBytes(contentCache());
    Path update = contentCache().resolveSibling("content.cache.update");
    Path fact = root.resolve("content/people/trapit-bansal.yaml");
    Files.writeString(fact, Files.readString(fact).replace("Trapit Bansal", "Trapit B. Bansal"));
    Files.delete(root.resolve("content/people/elon-musk.yaml"));
    age(fact);

    assertEquals(content(false), content(true));

    assertArrayEquals(whole, Files.readAllBytes(contentCache()), "the whole cache was written again");
    assertTrue(Files.isRegularFile(update));
    // the same size and time of change, another text: only the update still knows the old one
    FileTime time = Files.getLastModifiedTime(fact);
    Files.writeString(fact, Files.readString(fact).replace("ا", "ب"));
    Files.setLastModifiedTime(fact, time);
    assertNotEquals(content(false), content(true));
  }

  @Test
  void anUpdateThatIsDamagedOrWrittenOverAnotherCacheIsIgnored() throws IOException {
    content(true);
    Path update = contentCache().resolveSibling("content.cache.update");
    Path fact = root.resolve("content/people/trapit-bansal.yaml");
    Files.writeString(fact, Files.readString(fact).replace("Trapit Bansal", "Trapit B. Bansal"));
    age(fact);
    content(true);
    byte[] bytes = Files.readAllBytes(update);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(update, bytes);
    assertEquals(content(false), content(true));

    // the update now holds the file as it is; then the whole cache is written anew
    content(true);
    byte[] stale = Files.readAllBytes(update);
    FileTime time = Files.getLastModifiedTime(fact);
    String text = Files.readString(fact);
    Files.writeString(fact, text + "\n");
    age(fact);
    Files.delete(contentCache());
    content(true);
    Files.write(update, stale);
    // the same size and time of change as the update holds, another text
    Files.writeString(fact, text.replace("ا", "ب"));
    Files.setLastModifiedTime(fact, time);
    assertEquals(content(false), content(true));
    assertEquals(0, ReadCache.open(contentCache(), "other code").size());
  }
}
