package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.extract.Gazetteer;
import org.sijill.facts.FactBase;
import org.sijill.validate.Validator;

/**
 * Articles taken from the seed cache are held as its bytes and decoded when asked for: they decode
 * to what reading the file gives, an edited file is read again, and the mentions kept for an
 * article are handed over without decoding it.
 */
class HeldArticlesTest {
  @TempDir Path dir;

  private static final ArticleReader READER = ArticleReader.standard();

  private Path project() throws Exception {
    Path root = dir.resolve("project");
    Files.createDirectories(root.resolve("seeds"));
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Path to = root.resolve("seeds").resolve(f.getFileName());
        Files.copy(f, to);
        Files.setLastModifiedTime(to, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
      }
    }
    return root;
  }

  private SeedReader.Result read(Path root, Path cacheFile) throws Exception {
    SeedCache cache = SeedCache.open(cacheFile, "code");
    SeedReader.Result result = new SeedReader(READER, cache).read(root);
    cache.write();
    return result;
  }

  @Test
  void decodesEachCachedArticleToWhatReadingItsFileGives() throws Exception {
    Path root = project();
    Path cacheFile = dir.resolve("seeds.cache");
    read(root, cacheFile);
    SeedReader.Result again = read(root, cacheFile);
    SeedReader.Result fresh = new SeedReader(READER).read(root);
    assertEquals(fresh.articles().keySet(), again.articles().keySet());
    for (String id : fresh.articles().keySet()) {
      HeldArticles.Held held = again.articles().held().get(id);
      Article read = fresh.articles().get(id);
      assertTrue(held.decodes(), id);
      assertEquals(read, held.article(), id);
      assertEquals(read, again.articles().get(id), id);
      assertEquals(read.file(), held.file(), id);
      assertEquals(read.sha256(), held.sha256(), id);
      assertEquals(read.sentences().size(), held.sentences(), id);
    }
    assertEquals(List.copyOf(fresh.articles().values()), List.copyOf(again.articles().values()));
  }

  @Test
  void readsAnEditedArticleFromItsFileNotFromTheCache() throws Exception {
    Path root = project();
    Path cacheFile = dir.resolve("seeds.cache");
    SeedReader.Result before = read(root, cacheFile);
    String id = before.articles().firstKey();
    Path file = root.resolve("seeds").resolve(before.articles().held().get(id).file());
    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8) + "\nوقال المتحدث إن الشركة ستواصل التوظيف.\n",
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
    SeedReader.Result after = read(root, cacheFile);
    HeldArticles.Held edited = after.articles().held().get(id);
    assertFalse(edited.decodes());
    assertNotEquals(before.articles().held().get(id).sha256(), edited.sha256());
    assertEquals(before.articles().held().get(id).sentences() + 1, edited.sentences());
    assertEquals(READER.read(file), after.articles().get(id));
    // and the cache written after it holds the edited article
    SeedReader.Result third = read(root, cacheFile);
    assertTrue(third.articles().held().get(id).decodes());
    assertEquals(READER.read(file), third.articles().get(id));
  }

  /** An article held as bytes that counts how often it is decoded. */
  private record Counted(HeldArticles.Held held, AtomicInteger decoded)
      implements HeldArticles.Held {
    @Override
    public String file() {
      return held.file();
    }

    @Override
    public String sha256() {
      return held.sha256();
    }

    @Override
    public int sentences() {
      return held.sentences();
    }

    @Override
    public Article article() {
      decoded.incrementAndGet();
      return held.article();
    }

    @Override
    public boolean decodes() {
      return true;
    }
  }

  private static HeldArticles counted(List<Article> articles, AtomicInteger decoded) {
    NavigableMap<String, HeldArticles.Held> held = new TreeMap<>();
    articles.forEach(a -> held.put(a.id(), new Counted(new HeldArticles.Read(a), decoded)));
    return new HeldArticles(held);
  }

  @Test
  void handsOverKeptMentionsWithoutDecodingTheArticles() throws Exception {
    FactBase facts = Validator.forProject(Path.of("")).reader().read(Path.of("")).facts();
    List<Article> articles =
        List.copyOf(new SeedReader(READER).read(Path.of("")).articles().values());
    Path file = dir.resolve("mentions.cache");
    String fingerprint = "code\n" + MentionCache.names(facts);
    MentionCache.of(() -> Gazetteer.of(facts), articles, file, fingerprint);

    AtomicInteger decoded = new AtomicInteger();
    MentionCache kept = MentionCache.of(() -> Gazetteer.of(facts), counted(articles, decoded), file, fingerprint);
    assertEquals(0, decoded.get());
    for (Article a : articles) {
      assertEquals(kept.sentences(a), kept.sentences(a.id()), a.id());
      assertEquals(
          a.sentences().stream().map(s -> Gazetteer.of(facts).find(s.text())).toList(),
          kept.sentences(a.id()),
          a.id());
    }
    assertEquals(0, decoded.get());

    // an article whose file changed is decoded and looked through; its mentions are not handed over
    Article first = articles.get(0);
    Article edited =
        READER.parse(first.id(), first.file(), "edited", first.text() + "\nوقال ترابيت بانسال إن الفريق جاهز.\n");
    List<Article> now = new java.util.ArrayList<>(articles);
    now.set(0, edited);
    AtomicInteger again = new AtomicInteger();
    MentionCache after = MentionCache.of(() -> Gazetteer.of(facts), counted(now, again), file, fingerprint);
    assertEquals(null, after.sentences(edited.id()));
    assertTrue(again.get() >= 1, "decoded " + again.get());
    Map<String, List<?>> bySentence = new TreeMap<>();
    edited.sentences().forEach(s -> bySentence.put(s.text(), after.find(s.text())));
    edited.sentences().forEach(s -> assertEquals(Gazetteer.of(facts).find(s.text()), bySentence.get(s.text())));
  }
}
