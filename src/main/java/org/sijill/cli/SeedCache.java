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
  private record Entry(long size, long modified, Article article) implements StampedEntries.Stamped {}

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
    Map<String, Entry> entries = new HashMap<>();
    for (int n = CacheFile.count(in, 4); n > 0; n--) {
      String name = string(in);
      entries.put(name, new Entry(in.readLong(), in.readLong(), article(in)));
    }
    return entries;
  }

  /** How many files the cache held when it was opened. */
  int size() {
    return entries.size();
  }

  /** The article read from file {@code name} if it still has this size and time of change. */
  Article get(String name, long size, long modified) {
    Entry entry = entries.get(name, size, modified);
    return entry == null ? null : entry.article();
  }

  /** Keeps the article read from file {@code name}, unless it changed too recently. */
  void put(String name, long size, long modified, Article article) {
    entries.put(name, new Entry(size, modified, article));
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
      article(out, e.article());
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
