package org.sijill.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijill.articles.Article;
import org.sijill.articles.PageChrome;
import org.sijill.articles.Sentence;

/**
 * The articles read from {@code seeds/} last time (text, sentences, chrome), by file name, size and
 * time of last change, so that an article file that did not change is not read and split again.
 * The cache holds for one fingerprint of Sijill's classes (the splitter's rules are among them):
 * another fingerprint, or a cache that cannot be read whole, means an empty cache. A file changed
 * less than two seconds before it was read is not kept.
 */
final class SeedCache {
  private static final String FORMAT = "sijill-seed-cache-1";
  private static final long RECENT_MILLIS = 2_000;

  private record Entry(long size, long modified, Article article) {}

  private final Path file;
  private final String fingerprint;
  private final Map<String, Entry> before;
  private final Map<String, Entry> now = new ConcurrentHashMap<>();
  private volatile boolean changed;

  private SeedCache(Path file, String fingerprint, Map<String, Entry> before) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.before = before;
  }

  /** The cache in {@code file} if it was written for {@code fingerprint}, else an empty one. */
  static SeedCache open(Path file, String fingerprint) {
    Map<String, Entry> entries = new ConcurrentHashMap<>();
    if (fingerprint != null && Files.isRegularFile(file)) {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          try (DataInputStream in =
          new DataInputStream(new java.util.zip.CheckedInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), crc))) {
        if (in.readUTF().equals(FORMAT) && in.readUTF().equals(fingerprint)) {
          for (int n = in.readInt(); n > 0; n--) {
            String name = in.readUTF();
            entries.put(name, new Entry(in.readLong(), in.readLong(), article(in)));
          }
          long sum = crc.getValue();
          if (in.readLong() != sum || in.read() != -1) {
            entries.clear();
          }
        }
      } catch (IOException | RuntimeException e) {
        entries.clear();
      }
    }
    return new SeedCache(file, fingerprint, entries);
  }

  /** How many files the cache held when it was opened. */
  int size() {
    return before.size();
  }

  /** The article read from file {@code name} if it still has this size and time of change. */
  Article get(String name, long size, long modified) {
    Entry entry = before.get(name);
    if (entry == null || entry.size() != size || entry.modified() != modified) {
      changed = true;
      return null;
    }
    now.put(name, entry);
    return entry.article();
  }

  /** Keeps the article read from file {@code name}, unless it changed too recently. */
  void put(String name, long size, long modified, Article article) {
    changed = true;
    if (modified / 1_000_000 < System.currentTimeMillis() - RECENT_MILLIS) {
      now.put(name, new Entry(size, modified, article));
    }
  }

  /**
   * Writes the articles read since the cache was opened, if anything differs from what it held. A
   * cache that cannot be written is left out: the next build reads the files.
   */
  void write() {
    try {
      writeFile();
    } catch (IOException e) {
      quietlyDelete(file);
    }
  }

  private static void quietlyDelete(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".tmp"));
    } catch (IOException ignored) {
      // the next build ignores a cache it cannot read
    }
  }

  private void writeFile() throws IOException {
    if (fingerprint == null || (!changed && now.size() == before.size())) {
      return;
    }
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (DataOutputStream out =
        new DataOutputStream(new java.util.zip.CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), crc))) {
      out.writeUTF(FORMAT);
      out.writeUTF(fingerprint);
      List<String> names = new ArrayList<>(now.keySet());
      names.sort(null);
      out.writeInt(names.size());
      for (String name : names) {
        Entry e = now.get(name);
        out.writeUTF(name);
        out.writeLong(e.size());
        out.writeLong(e.modified());
        article(out, e.article());
      }
      out.writeLong(crc.getValue());
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
    String id = string(in);
    String fileName = string(in);
    String sha256 = string(in);
    String text = string(in);
    List<Sentence> sentences = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      int number = in.readInt();
      int paragraph = in.readInt();
      int start = in.readInt();
      int end = in.readInt();
      String sentence = in.readBoolean() ? text.substring(start, end) : string(in);
      sentences.add(new Sentence(number, paragraph, start, end, sentence));
    }
    PageChrome chrome =
        new PageChrome(strings(in), string(in), strings(in), string(in), string(in), string(in));
    return new Article(id, fileName, sha256, text, sentences, chrome);
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      string(out, s);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    List<String> list = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      list.add(string(in));
    }
    return list;
  }

  /** A string that may be null. */
  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    if (length > in.available()) {
      throw new IOException("a string longer than the file");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
