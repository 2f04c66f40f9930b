package org.sijill.cli;

import static org.sijill.facts.CacheFile.string;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sijill.facts.CacheFile;
import org.sijill.facts.Source;
import org.sijill.validate.QuoteMemo;

/**
 * The sources whose quote the last build found in the sentence they name, kept in the work folder
 * ({@code quotes.cache}) by article, with the SHA-256 of the article's file, for one fingerprint of
 * Sijill's classes (the sentence splitter is among them). Whether a quote is in a sentence depends
 * only on the article's text, so a source the file holds for an article whose file has the same
 * SHA-256 is not checked again, and an article none of whose sources is new need not be decoded.
 * A source that does not hold (an error, or a quote found in another sentence) is never kept: it is
 * checked every time. A source no longer cited stays in the file (its quote is still in that
 * sentence); the file is written again only when a source was checked and held, or the file held
 * articles that changed.
 */
final class QuoteCache implements QuoteMemo {
  private static final String FORMAT = "sijill-quote-cache-2";

  private record Kept(String sha256, Set<String> quotes) {}

  private final Path file;
  private final String fingerprint;
  private final HeldArticles articles;
  /** What the file holds for articles whose file did not change; whether it held anything else. */
  private final Map<String, Set<String>> before;
  private final boolean stale;
  /** The sources checked now and found to hold, by article. */
  private final Map<String, Set<String>> added = new HashMap<>();

  private QuoteCache(
      Path file,
      String fingerprint,
      HeldArticles articles,
      Map<String, Set<String>> before,
      boolean stale) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.articles = articles;
    this.before = before;
    this.stale = stale;
  }

  /** What {@code file} holds for {@code fingerprint}, for the articles as they are now. */
  static QuoteCache open(Path file, String fingerprint, HeldArticles articles) {
    Map<String, Kept> read =
        CacheFile.read(file, FORMAT, fingerprint, (f, in) -> read(in)).orElse(Map.of());
    Map<String, Set<String>> before = new HashMap<>();
    read.forEach(
        (id, kept) -> {
          HeldArticles.Held now = articles.held().get(id);
          if (now != null && now.sha256().equals(kept.sha256())) {
            before.put(id, kept.quotes());
          }
        });
    return new QuoteCache(file, fingerprint, articles, before, before.size() != read.size());
  }

  /** A source's sentence and quote as one key. */
  private static String key(int sentence, String quote) {
    return sentence + ":" + quote;
  }

  @Override
  public boolean holds(Source source) {
    Set<String> quotes = before.get(source.article());
    return quotes != null && quotes.contains(key(source.sentence(), source.quote()));
  }

  @Override
  public void held(Source source) {
    if (!holds(source)) {
      added.computeIfAbsent(source.article(), k -> new HashSet<>())
          .add(key(source.sentence(), source.quote()));
    }
  }

  /**
   * Writes the sources that held in this check, if they differ from what the file held. A file
   * that cannot be written is left out: the next build checks every quote.
   */
  void write() {
    if (!stale && added.isEmpty()) {
      return;
    }
    CacheFile.writeOrDelete(file, FORMAT, fingerprint, this::write);
  }

  private void write(DataOutputStream out) throws IOException {
    Map<String, Set<String>> sorted = new TreeMap<>(before);
    added.forEach(
        (id, quotes) ->
            sorted.merge(id, quotes, (a, b) -> {
              Set<String> both = new HashSet<>(a);
              both.addAll(b);
              return both;
            }));
    out.writeInt(sorted.size());
    for (Map.Entry<String, Set<String>> e : sorted.entrySet()) {
      string(out, e.getKey());
      string(out, articles.held().get(e.getKey()).sha256());
      List<String> quotes = new ArrayList<>(e.getValue());
      quotes.sort(null);
      CacheFile.strings(out, quotes);
    }
  }

  private static Map<String, Kept> read(DataInputStream in) throws IOException {
    Map<String, Kept> read = new HashMap<>();
    for (int n = CacheFile.count(in, 12); n > 0; n--) {
      String id = string(in);
      String sha256 = string(in);
      read.put(id, new Kept(sha256, new HashSet<>(CacheFile.strings(in))));
    }
    return read;
  }
}
