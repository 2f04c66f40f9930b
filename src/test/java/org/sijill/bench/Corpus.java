package org.sijill.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.articles.Sentence;
import org.sijill.extract.Extractor;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactWriter;
import org.sijill.facts.Ledger;
import org.sijill.facts.Mentions;
import org.sijill.facts.Person;
import org.sijill.facts.SiteConfig;
import org.sijill.facts.Source;

/**
 * Writes a synthetic project folder: {@code N} Arabic articles in {@code seeds/} and the reviewed
 * fact files that match them in {@code content/} (every article's ledger current, so a build only
 * renders), plus a {@code pom.xml} and {@code .mvn/} so that {@code mvn site-gen} runs in it. The
 * same {@code N} always gives the same bytes.
 *
 * <p>Usage: {@code Corpus N DIR [--project ROOT] [--hugo HUGO_DIR]}; {@code ROOT} is this project
 * (for the schemas, templates and sources), {@code HUGO_DIR} receives the same pages as a Hugo site.
 */
public final class Corpus {
  private Corpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Corpus N DIR [--project ROOT] [--hugo HUGO_DIR]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]).toAbsolutePath().normalize();
    Path project = Path.of(".").toAbsolutePath().normalize();
    Path hugo = null;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--project" -> project = Path.of(args[i + 1]).toAbsolutePath().normalize();
        case "--hugo" -> hugo = Path.of(args[i + 1]).toAbsolutePath().normalize();
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Written corpus = write(n, dir, project);
    ProjectFiles.write(dir, project);
    if (hugo != null) {
      HugoSite.write(hugo, corpus);
    }
    System.out.printf(
        "corpus: %d articles (%.1f MB of text), %d people, %d companies, %d deals in %s%n",
        n, corpus.bytes() / 1e6, corpus.people().size(), corpus.companies().size(),
        corpus.deals().size(), dir);
  }

  /** What was written: the records, the articles as read back, and the seeds' total size. */
  public record Written(
      List<Person> people,
      List<Company> companies,
      List<Deal> deals,
      List<ArticleRecord> records,
      List<Article> articles,
      long bytes) {}

  public static Written write(int n, Path dir, Path project) throws IOException {
    Random random = new Random(20250 + n);
    Words words = Words.load();
    World world = new World(words, n, random);
    Facts facts = new Facts(words, world);
    Story story = new Story(words, world, facts);
    ArticleReader reader = ArticleReader.standard();
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    List<ArticleRecord> records = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      String id = String.format("a%06d", i);
      Story.Written w = story.write(random);
      byte[] raw = w.text().getBytes(StandardCharsets.UTF_8);
      bytes += raw.length;
      Files.write(seeds.resolve(id + ".txt"), raw);
      Article article = reader.parse(id, id + ".txt", ArticleReader.sha256(raw), w.text());
      for (Story.Claim claim : w.claims()) {
        claim.into().add(new Source(id, sentenceOf(article, claim.quote()), claim.quote()));
      }
      List<String> proposed = new ArrayList<>();
      w.people().forEach(p -> proposed.add("people/" + p));
      w.companies().forEach(c -> proposed.add("companies/" + c));
      w.deals().forEach(d -> proposed.add("deals/" + d));
      records.add(
          new ArticleRecord(
              id,
              id + ".txt",
              new Bilingual(w.titleEn(), article.sentence(1).text()),
              w.outlet(),
              w.published(),
              null,
              "ar",
              new Mentions(List.copyOf(w.people()), List.copyOf(w.companies()), List.copyOf(w.deals())),
              new Ledger(article.sha256(), Extractor.VERSION, proposed)));
      articles.add(article);
    }
    Path content = dir.resolve("content");
    Written written =
        new Written(facts.people(), facts.companies(), facts.deals(), records, articles, bytes);
    for (Person p : written.people()) {
      write(content.resolve("people/" + p.id() + ".yaml"), FactWriter.write(p));
    }
    for (Company c : written.companies()) {
      write(content.resolve("companies/" + c.id() + ".yaml"), FactWriter.write(c));
    }
    for (Deal d : written.deals()) {
      write(content.resolve("deals/" + d.id() + ".yaml"), FactWriter.write(d));
    }
    for (ArticleRecord a : records) {
      write(content.resolve("articles/" + a.id() + ".yaml"), FactWriter.write(a));
    }
    write(content.resolve("site.yaml"), FactWriter.write(site(n)));
    Path schemas = project.resolve("content/schema");
    try (var list = Files.list(schemas)) {
      for (Path schema : list.sorted().toList()) {
        write(content.resolve("schema/" + schema.getFileName()), Files.readString(schema));
      }
    }
    return written;
  }

  private static SiteConfig site(int n) {
    return new SiteConfig(
        new Bilingual("Sijill — synthetic archive of " + n + " articles", "سجلّ — أرشيف تجريبي من " + n + " مقالة"),
        new Bilingual(
            "Invented people, companies and deals, for measuring how the build scales.",
            "أشخاص وشركات وصفقات مختلقة، لقياس سرعة البناء مع حجم الأرشيف."),
        "https://example.org/sijill/",
        new Bilingual("Synthetic text, free to reuse.", "نص مختلق، حر الاستخدام."));
  }

  /** The number of the sentence holding {@code quote}; a pattern the splitter cuts is a bug here. */
  private static int sentenceOf(Article article, String quote) {
    for (Sentence s : article.sentences()) {
      if (s.text().contains(quote)) {
        return s.number();
      }
    }
    throw new IllegalStateException("quote \"" + quote + "\" is in no sentence of " + article.id());
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
