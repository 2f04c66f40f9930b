package org.sijill.cli;

import static org.sijill.facts.CacheFile.string;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sijill.articles.Article;
import org.sijill.articles.Sentence;
import org.sijill.extract.EntityKind;
import org.sijill.extract.Mention;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.CacheFile;
import org.sijill.facts.Company;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;
import org.sijill.site.ArticleMentions;

/**
 * The mentions of every sentence of the articles, found once, on every core, before the pages are
 * built: each article page, in both languages, then asks for the mentions of its sentences. A text
 * not seen before is looked up then.
 *
 * <p>What was found is kept in the work folder ({@code mentions.cache}) by article (the SHA-256 of
 * its file), for one fingerprint of Sijill's classes and of the names the gazetteer is made of
 * ({@link #names}): while no name, alias or id of a person or company changes, an article that did
 * not change is not looked through again, and the gazetteer is not even built unless a text needs
 * it.
 */
final class MentionCache implements ArticleMentions {
  private static final String FORMAT = "sijill-mention-cache-1";

  private final Supplier<MentionFinder> finder;
  private volatile MentionFinder built;
  private final Map<String, List<Mention>> found = new ConcurrentHashMap<>();
  /**
   * What the file held for the articles that did not change, by the SHA-256 of the article's
   * file: taken whole ({@link #sentences}), and put into {@link #found} sentence by sentence only
   * when a text is looked up one at a time.
   */
  private final Map<String, List<List<Mention>>> kept = new HashMap<>();
  private volatile boolean keptFound;

  private final Iterable<Article> articles;

  private MentionCache(Supplier<MentionFinder> finder, Iterable<Article> articles) {
    this.finder = finder;
    this.articles = articles;
  }

  /**
   * The mentions of every sentence of {@code articles}: what {@code file} holds for {@code
   * fingerprint} (null: nothing is kept), and for an article it does not hold, what the finder
   * finds (the file is then written again). The finder is made only when a text needs it, and must
   * be safe to call from several threads (the gazetteer is immutable).
   */
  static MentionCache of(
      Supplier<MentionFinder> finder, Iterable<Article> articles, Path file, String fingerprint) {
    MentionCache cache = new MentionCache(finder, articles);
    Map<String, List<List<Mention>>> before =
        fingerprint == null
            ? Map.of()
            : CacheFile.read(file, FORMAT, fingerprint, (f, in) -> read(in)).orElse(Map.of());
    List<Sentence> missing = new ArrayList<>();
    Map<String, Article> bySha = new java.util.TreeMap<>();
    for (Article article : articles) {
      bySha.put(article.sha256(), article);
      List<List<Mention>> kept = before.get(article.sha256());
      if (kept != null && kept.size() == article.sentences().size()) {
        cache.kept.put(article.sha256(), kept);
      } else {
        missing.addAll(article.sentences());
      }
    }
    missing.parallelStream().forEach(s -> cache.find(s.text()));
    if (fingerprint != null && (!missing.isEmpty() || !before.keySet().equals(bySha.keySet()))) {
      CacheFile.writeOrDelete(file, FORMAT, fingerprint, out -> cache.write(out, bySha.values()));
    }
    return cache;
  }

  /**
   * A fingerprint of what the gazetteer of {@code facts} is made of: every person's and company's
   * id, names and aliases, in the order the gazetteer adds them.
   */
  static String names(FactBase facts) {
    MessageDigest digest = CacheFile.sha256();
    for (Person p : facts.people().values()) {
      add(digest, "p", p.id(), p.name().en(), p.name().ar(), p.aliases());
    }
    for (Company c : facts.companies().values()) {
      add(digest, "c", c.id(), c.name().en(), c.name().ar(), c.aliases());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void add(
      MessageDigest digest, String kind, String id, String en, String ar, List<String> aliases) {
    List<String> parts = new ArrayList<>(List.of(kind, id, String.valueOf(en), String.valueOf(ar)));
    parts.add(String.valueOf(aliases.size()));
    parts.addAll(aliases);
    for (String part : parts) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    // a missing name differs from the name "null"
    digest.update((byte) (en == null ? 1 : 0));
    digest.update((byte) (ar == null ? 1 : 0));
  }

  @Override
  public List<List<Mention>> sentences(Article article) {
    List<List<Mention>> sentences = kept.get(article.sha256());
    return sentences != null && sentences.size() == article.sentences().size() ? sentences : null;
  }

  @Override
  public List<Mention> find(String text) {
    List<Mention> mentions = found.get(text);
    if (mentions == null && !keptFound) {
      foundKept();
      mentions = found.get(text);
    }
    if (mentions == null) {
      mentions = List.copyOf(finder().find(text));
      found.putIfAbsent(text, mentions);
    }
    return mentions;
  }

  /**
   * Puts what the file held into {@link #found}, sentence by sentence, before a text is looked up
   * one at a time: the articles' texts and what was held for them are not kept together.
   */
  private synchronized void foundKept() {
    if (keptFound) {
      return;
    }
    for (Article article : articles) {
      List<List<Mention>> sentences = sentences(article);
      if (sentences != null) {
        for (int i = 0; i < sentences.size(); i++) {
          found.putIfAbsent(article.sentences().get(i).text(), sentences.get(i));
        }
      }
    }
    keptFound = true;
  }

  private MentionFinder finder() {
    MentionFinder f = built;
    if (f == null) {
      synchronized (this) {
        if (built == null) {
          built = finder.get();
        }
        f = built;
      }
    }
    return f;
  }

  /** The articles' mentions by article, sentence by sentence; the ids once each. */
  private void write(DataOutputStream out, Iterable<Article> articles) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<Article> all = new ArrayList<>();
    List<List<List<Mention>>> mentions = new ArrayList<>();
    for (Article a : articles) {
      List<List<Mention>> held = sentences(a);
      if (held == null) {
        held = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
          held.add(find(s.text()));
        }
      }
      for (List<Mention> sentence : held) {
        for (Mention m : sentence) {
          if (ids.putIfAbsent(m.id(), names.size()) == null) {
            names.add(m.id());
          }
        }
      }
      all.add(a);
      mentions.add(held);
    }
    CacheFile.strings(out, names);
    out.writeInt(all.size());
    for (int i = 0; i < all.size(); i++) {
      string(out, all.get(i).sha256());
      out.writeInt(mentions.get(i).size());
      for (List<Mention> sentence : mentions.get(i)) {
        out.writeInt(sentence.size());
        for (Mention m : sentence) {
          out.writeInt(m.start());
          out.writeInt(m.end());
          out.writeByte(m.kind().ordinal());
          out.writeInt(ids.get(m.id()));
        }
      }
    }
  }

  private static Map<String, List<List<Mention>>> read(DataInputStream in) throws IOException {
    List<String> names = CacheFile.strings(in);
    EntityKind[] kinds = EntityKind.values();
    Map<String, List<List<Mention>>> articles = new HashMap<>();
    for (int n = CacheFile.count(in, 8); n > 0; n--) {
      String sha = string(in);
      int count = CacheFile.count(in, 4);
      List<List<Mention>> sentences = new ArrayList<>(count);
      for (int s = 0; s < count; s++) {
        int size = CacheFile.count(in, 13);
        Mention[] mentions = new Mention[size];
        for (int m = 0; m < size; m++) {
          int start = in.readInt();
          int end = in.readInt();
          EntityKind kind = kinds[in.readUnsignedByte()];
          String id = names.get(in.readInt());
          if (id == null) {
            throw new IOException("a mention without an id");
          }
          mentions[m] = new Mention(start, end, kind, id);
        }
        sentences.add(List.of(mentions));
      }
      articles.put(sha, sentences);
    }
    return articles;
  }
}
