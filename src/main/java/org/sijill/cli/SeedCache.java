package org.sijill.cli;

import static org.sijill.facts.CacheFile.nullable;
import static org.sijill.facts.CacheFile.string;
import static org.sijill.facts.CacheFile.strings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijill.articles.Article;
import org.sijill.articles.PageChrome;
import org.sijill.articles.Sentence;
import org.sijill.facts.CacheFile;
import org.sijill.facts.StampedEntries;

/**
 * The articles read from {@code seeds/} last time (text, sentences, chrome), by file name, size and
 * time of last change, so that an article file that did not change is not read and split again.
 * The cache holds for one fingerprint of Sijill's classes (the splitter's rules are among them):
 * another fingerprint, or a cache that cannot be read whole, means an empty cache. A file changed
 * less than two seconds before it was read is not kept.
 */
final class SeedCache {
  private static final String FORMAT = "sijill-seed-cache-2";
  private record Entry(long size, long modified, HeldArticles.Held held)
      implements StampedEntries.Stamped {}

  /**
   * An article as the cache file holds it, {@code length} bytes at {@code at} of {@code bytes}: its
   * file's name and SHA-256 and its number of sentences are read at once, the rest when asked for.
   */
  private record Kept(String file, String sha256, int sentences, byte[] bytes, int at, int length)
      implements HeldArticles.Held {
    @Override
    public Article article() {
      try {
        return SeedCache.article(
            new DataInputStream(new java.io.ByteArrayInputStream(bytes, at, length)));
      } catch (IOException e) {
        // the bytes were checked whole when the cache was read
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public boolean decodes() {
      return true;
    }
  }

  private final Path file;
  private final String fingerprint;
  private final StampedEntries<Entry> entries;

  private SeedCache(Path file, String fingerprint, Map<String, Entry> before) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.entries = new StampedEntries<>(before);
  }

  /** The cache in {@code file} if it was written for {@code fingerprint}, else an empty one. */
  static SeedCache open(Path file, String fingerprint) {
    Map<String, Entry> entries = new ConcurrentHashMap<>();
    if (fingerprint != null) {
      CacheFile.read(file, FORMAT, fingerprint, (found, in) -> entries(in))
          .ifPresent(entries::putAll);
    }
    return new SeedCache(file, fingerprint, entries);
  }

  private static Map<String, Entry> entries(DataInputStream in) throws IOException {
    if (!(in instanceof CacheFile.Input input)) {
      throw new IOException("not a cache file's body");
    }
    Map<String, Entry> entries = new HashMap<>();
    for (int n = CacheFile.count(in, 4); n > 0; n--) {
      String name = string(in);
      long size = in.readLong();
      long modified = in.readLong();
      entries.put(name, new Entry(size, modified, kept(input)));
    }
    return entries;
  }

  /** The article at the input's position, passed over: decoded only when it is asked for. */
  private static Kept kept(CacheFile.Input in) throws IOException {
    int at = in.position();
    nullable(in);
    String fileName = nullable(in);
    String sha256 = nullable(in);
    int textLength = in.readInt();
    if (textLength < 0) {
      throw new IOException("an article without a text");
    }
    in.skip(textLength);
    int sentences = CacheFile.count(in, 17);
    for (int i = 0; i < sentences; i++) {
      in.skip(16);
      if (!in.readBoolean()) {
        skipString(in);
      }
    }
    skipStrings(in);
    skipString(in);
    skipStrings(in);
    for (int i = 0; i < 3; i++) {
      skipString(in);
    }
    return new Kept(fileName, sha256, sentences, in.bytes(), at, in.position() - at);
  }

  private static void skipString(CacheFile.Input in) throws IOException {
    int length = in.readInt();
    if (length > 0) {
      in.skip(length);
    }
  }

  private static void skipStrings(CacheFile.Input in) throws IOException {
    for (int n = CacheFile.count(in, 4); n > 0; n--) {
      skipString(in);
    }
  }

  /** How many files the cache held when it was opened. */
  int size() {
    return entries.size();
  }

  /**
   * The article read from file {@code name} if it still has this size and time of change, held as
   * the cache's bytes (decoded when asked for).
   */
  HeldArticles.Held get(String name, long size, long modified) {
    Entry entry = entries.get(name, size, modified);
    return entry == null ? null : entry.held();
  }

  /** Keeps the article read from file {@code name}, unless it changed too recently. */
  void put(String name, long size, long modified, Article article) {
    entries.put(name, new Entry(size, modified, new HeldArticles.Read(article)));
  }

  /**
   * Writes the articles read since the cache was opened, if anything differs from what it held. A
   * cache that cannot be written is left out: the next build reads the files.
   */
  void write() {
    if (fingerprint == null || entries.unchanged()) {
      return;
    }
    CacheFile.writeOrDelete(file, FORMAT, fingerprint, this::entries);
  }

  private void entries(DataOutputStream out) throws IOException {
    Map<String, Entry> now = entries.now();
    List<String> names = new ArrayList<>(now.keySet());
    names.sort(null);
    out.writeInt(names.size());
    for (String name : names) {
      Entry e = now.get(name);
      string(out, name);
      out.writeLong(e.size());
      out.writeLong(e.modified());
      if (e.held() instanceof Kept k) {
        out.write(k.bytes(), k.at(), k.length());
      } else {
        article(out, e.held().article());
      }
    }
  }

  private static void article(DataOutputStream out, Article a) throws IOException {
    string(out, a.id());
    string(out, a.file());
    string(out, a.sha256());
    string(out, a.text());
    out.writeInt(a.sentences().size());
    for (Sentence s : a.sentences()) {
      out.writeInt(s.number());
      out.writeInt(s.paragraph());
      out.writeInt(s.start());
      out.writeInt(s.end());
      boolean cut = s.start() >= 0 && s.end() <= a.text().length() && s.start() <= s.end()
          && a.text().substring(s.start(), s.end()).equals(s.text());
      out.writeBoolean(cut);
      if (!cut) {
        string(out, s.text());
      }
    }
    PageChrome c = a.chrome();
    strings(out, c.masthead());
    string(out, c.dateline());
    strings(out, c.footer());
    string(out, c.outlet());
    string(out, c.url());
    string(out, c.published());
  }

  private static Article article(DataInputStream in) throws IOException {
    String id = nullable(in);
    String fileName = nullable(in);
    String sha256 = nullable(in);
    String text = nullable(in);
    List<Sentence> sentences = new ArrayList<>();
    for (int n = CacheFile.count(in, 17); n > 0; n--) {
      int number = in.readInt();
      int paragraph = in.readInt();
      int start = in.readInt();
      int end = in.readInt();
      String sentence = in.readBoolean() ? text.substring(start, end) : nullable(in);
      sentences.add(new Sentence(number, paragraph, start, end, sentence));
    }
    List<String> masthead = strings(in);
    String dateline = nullable(in);
    PageChrome chrome =
        new PageChrome(masthead, dateline, strings(in), nullable(in), nullable(in), nullable(in));
    return new Article(id, fileName, sha256, text, sentences, chrome);
  }
}
