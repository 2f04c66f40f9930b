package org.sijill.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sijill.facts.CacheFile;

/**
 * What a build's records were read from, for the next build to tell which inputs cannot have
 * changed: a stamp (a SHA-256) of each fact file by path ({@code content/people/<id>.yaml}) and of
 * each article by id, whether every record is as read from its file (no article was extracted, so
 * nothing was merged in memory), and a fingerprint of the names the mentions were found with.
 *
 * <p>A record is then a function of its file's text and of the articles (whose sentences its
 * sources are checked against and moved to): when both builds read their records as they are,
 * with the same articles, a record whose file has the same stamp is the same record, and its
 * fingerprint is carried over from the manifest without hashing it ({@link Manifest#carried}).
 * Likewise the mentions of an article depend on its text, on whether it has a record and on the
 * names.
 */
public record Sources(
    SortedMap<String, String> files, SortedMap<String, String> articles, boolean asRead, String names) {
  public Sources {
    files = new TreeMap<>(files);
    articles = new TreeMap<>(articles);
  }

  /** The stamp of the fact file of {@code folder}/{@code id}, or null. */
  String file(String folder, String id) {
    return files.get("content/" + folder + "/" + id + ".yaml");
  }

  /**
   * Which keys of inputs ({@link Fingerprints}) read the same in a build from {@code now} as in
   * the build these sources are of: a record whose file has the same stamp, when both builds read
   * their records as they are from the same articles, and the name a link shows of it; the ids and
   * records of a kind whose files all have the same stamps; an article's text (read from the same bytes of the same file); the
   * mentions of an article with the same text and record file, found with the same names. No
   * other key.
   */
  Predicate<String> unchangedIn(Sources now) {
    boolean records = asRead && now.asRead && articles.equals(now.articles);
    boolean sameNames = names != null && names.equals(now.names);
    Map<String, Boolean> folders = new HashMap<>();
    return key -> {
      int slash = key.indexOf('/');
      if (slash < 0) {
        return false;
      }
      String head = key.substring(0, slash);
      String id = key.substring(slash + 1);
      return switch (head) {
        case "people", "companies", "deals", "articles" ->
            records
                && (id.equals("#") || id.equals("*")
                    ? folders.computeIfAbsent(head, f -> folder(f).equals(now.folder(f)))
                    : same(file(head, id), now.file(head, id)));
        case "name" -> {
          // name/<folder>/<id>: a function of the record alone
          int next = id.indexOf('/');
          yield records
              && next > 0
              && same(file(id.substring(0, next), id.substring(next + 1)),
                  now.file(id.substring(0, next), id.substring(next + 1)));
        }
        case "text" -> same(articles.get(id), now.articles.get(id));
        case "mentions-in" ->
            sameNames
                && same(articles.get(id), now.articles.get(id))
                && same(file("articles", id), now.file("articles", id));
        default -> false;
      };
    };
  }

  private static boolean same(String before, String now) {
    return before != null && before.equals(now);
  }

  /** Reads sources written by {@link #write}. */
  static Sources read(DataInputStream in) throws IOException {
    SortedMap<String, String> files = stamps(in);
    SortedMap<String, String> articles = stamps(in);
    boolean asRead = in.readBoolean();
    return new Sources(files, articles, asRead, CacheFile.nullable(in));
  }

  void write(DataOutputStream out) throws IOException {
    stamps(out, files);
    stamps(out, articles);
    out.writeBoolean(asRead);
    CacheFile.string(out, names);
  }

  private static SortedMap<String, String> stamps(DataInputStream in) throws IOException {
    SortedMap<String, String> stamps = new TreeMap<>();
    for (int n = CacheFile.count(in, 8); n > 0; n--) {
      String key = CacheFile.string(in);
      stamps.put(key, CacheFile.string(in));
    }
    return stamps;
  }

  private static void stamps(DataOutputStream out, Map<String, String> stamps) throws IOException {
    out.writeInt(stamps.size());
    for (Map.Entry<String, String> e : stamps.entrySet()) {
      CacheFile.string(out, e.getKey());
      CacheFile.string(out, e.getValue());
    }
  }

  /** The stamps of the fact files of {@code folder}, by path. */
  Map<String, String> folder(String folder) {
    String prefix = "content/" + folder + "/";
    return files.subMap(prefix, prefix + Character.MAX_VALUE);
  }
}
