package org.sijill.site;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

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

  /** The stamps of the fact files of {@code folder}, by path. */
  Map<String, String> folder(String folder) {
    String prefix = "content/" + folder + "/";
    return files.subMap(prefix, prefix + Character.MAX_VALUE);
  }
}
