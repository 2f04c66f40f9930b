package org.sijill.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Timing;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.FactBase;

/**
 * Every page of the site, in a fixed order: the root, then each language's pages. The {@link
 * Outline} names each page and says how to build it; {@link Makers} build one page at a time, so a
 * build never holds every page model at once.
 */
public final class SiteModel {
  /** A page and its path from the site root, such as {@code ar/people/trapit-bansal.html}. */
  public record PageFile(String path, Page page) {}

  /**
   * The pages; the other files of the site (feeds, sitemap, downloads) by path from the site root;
   * and warnings about facts whose citations have no page to link to.
   */
  public record Result(List<PageFile> pages, Map<String, String> files, List<Diagnostic> problems) {
    public Result {
      pages = List.copyOf(pages);
      files = Collections.unmodifiableMap(new TreeMap<>(files));
      problems = List.copyOf(problems);
    }
  }

  /** What a page shows: the kind of page and, for an entity or article page, its id. */
  enum Kind {
    ROOT,
    HOME,
    LISTING,
    SEARCH,
    DATA,
    PERSON,
    COMPANY,
    DEAL,
    ARTICLE,
    NOT_FOUND
  }

  /** One page to build: its path, language (null for the root and 404 pages), kind and id. */
  record Spec(String path, Lang lang, Kind kind, String id) {}

  /**
   * The site before its pages are built: each page's {@link Spec} in order, the other files (feeds
   * and sitemap), the downloads (made on another core: the data page lists them, {@code made} holds
   * their texts until they are written) and the cross references pages are built from. Problems
   * found while building pages join {@link SiteData#problems()}.
   */
  record Outline(
      List<Spec> pages,
      SortedMap<String, String> files,
      CompletableFuture<List<Downloads.File>> made,
      CompletableFuture<List<Downloads.Listed>> listed,
      int articlePages,
      SiteData data) {
    /** The downloads as the data page lists them, waiting for them to be made. */
    List<Downloads.Listed> downloads() {
      return join(listed);
    }

    /** The downloads by path from the site root, waiting for them to be made. */
    SortedMap<String, String> downloadFiles() {
      return new TreeMap<>(Downloads.byPath(join(made)));
    }

    /** The same outline without the other files' and the downloads' texts, once they are written. */
    Outline withoutFiles() {
      return new Outline(
          pages,
          Collections.emptySortedMap(),
          CompletableFuture.completedFuture(List.of()),
          listed,
          articlePages,
          data);
    }
  }

  static final String INDEX = "index";

  private SiteModel() {}

  /** Builds every page model at once (small sites and tests; a build uses {@link #outline}). */
  public static Result build(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Map<Lang, Messages> messages) {
    Outline outline = outline(facts, articles, finder, messages);
    Makers makers = new Makers(outline);
    List<PageFile> pages = new ArrayList<>();
    for (Spec spec : outline.pages()) {
      pages.add(new PageFile(spec.path(), makers.make(spec)));
    }
    Map<String, String> files = new TreeMap<>(outline.files());
    files.putAll(outline.downloadFiles());
    return new Result(pages, files, List.copyOf(outline.data().problems()));
  }

  /** The pages to build, in order, and every other file of the site. */
  static Outline outline(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Map<Lang, Messages> messages) {
    return outline(facts, articles, finder, messages, Map.of());
  }

  /**
   * As {@link #outline(FactBase, Map, MentionFinder, Map)}, with the feed of each language in
   * {@code keptFeeds} taken as it is instead of being made ({@link KeptFeeds}).
   */
  static Outline outline(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Map<Lang, Messages> messages,
      Map<Lang, String> keptFeeds) {
    return outline(facts, articles, finder, messages, data -> keptFeeds);
  }

  /**
   * As {@link #outline(FactBase, Map, MentionFinder, Map, Map)}, the kept feeds asked for, from
   * the site's data, only once the cross references are made (while the downloads are made on
   * another core).
   */
  static Outline outline(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Map<Lang, Messages> messages,
      java.util.function.Function<SiteData, Map<Lang, String>> keptFeedsLater) {
    Timing timing = Timing.of(System.err);
    // the downloads read the fact base alone: made on another core while the cross references
    // are, and the build prepares JBake and reads the manifest; waited for when they are written
    CompletableFuture<List<Downloads.File>> made =
        CompletableFuture.supplyAsync(() -> Downloads.files(facts));
    SiteData data = new SiteData(facts, articles, finder, messages);
    timing.lap("- data");
    Map<Lang, String> keptFeeds = keptFeedsLater.apply(data);
    List<Spec> pages = new ArrayList<>();
    pages.add(new Spec("index.html", null, Kind.ROOT, null));
    reserved(data, "people", facts.people().keySet());
    reserved(data, "companies", facts.companies().keySet());
    reserved(data, "deals", facts.deals().keySet());
    reserved(data, "articles", facts.articles().keySet());
    List<String> articleIds = new ArrayList<>();
    for (ArticleRecord record : facts.articles().values()) {
      if (!articles.containsKey(record.id())) {
        data.problem(
            Diagnostic.warning(
                "content/articles/" + record.id() + ".yaml",
                1,
                1,
                "no text for article " + record.id() + " in seeds/; it gets no page"));
      } else if (!record.id().equals(INDEX)) {
        articleIds.add(record.id());
      }
    }
    SortedMap<String, String> files = new TreeMap<>();
    boolean kept = keptFeeds.keySet().containsAll(List.of(Lang.values()));
    Feeds feeds = kept ? null : new Feeds(data);
    // the feeds of the two languages are written at once, one on another core (they only read)
    Map<Lang, CompletableFuture<String>> feedTexts = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      feedTexts.put(
          lang,
          kept
              ? CompletableFuture.completedFuture(keptFeeds.get(lang))
              : lang == Lang.values()[0]
                  ? null
                  : CompletableFuture.supplyAsync(() -> feeds.feed(lang)));
    }
    for (Lang lang : Lang.values()) {
      String root = lang.code() + "/";
      pages.add(new Spec(root + "index.html", lang, Kind.HOME, null));
      for (String kind : IndexPages.KINDS) {
        pages.add(new Spec(root + kind + "/index.html", lang, Kind.LISTING, kind));
      }
      pages.add(new Spec(root + "search.html", lang, Kind.SEARCH, null));
      pages.add(new Spec(root + "data.html", lang, Kind.DATA, null));
      files.put(KeptFeeds.path(lang), feedTexts.get(lang) == null ? feeds.feed(lang) : join(feedTexts.get(lang)));
      entities(pages, root + "people/", lang, Kind.PERSON, facts.people().keySet());
      entities(pages, root + "companies/", lang, Kind.COMPANY, facts.companies().keySet());
      entities(pages, root + "deals/", lang, Kind.DEAL, facts.deals().keySet());
      entities(pages, root + "articles/", lang, Kind.ARTICLE, articleIds);
    }
    pages.add(new Spec("404.html", null, Kind.NOT_FOUND, null));
    timing.lap("- feeds");
    String sitemap =
        Sitemap.of(
            facts.site() == null ? null : facts.site().baseUrl(),
            pages.stream().map(Spec::path).filter(p -> !p.equals("404.html")).toList());
    if (sitemap != null) {
      files.put("sitemap.xml", sitemap);
    }
    return new Outline(
        List.copyOf(pages),
        Collections.unmodifiableSortedMap(files),
        made,
        made.thenApply(list -> list.stream().map(Downloads.File::listed).toList()),
        articleIds.size(),
        data);
  }

  /** What another core made; its exception, if it failed, is thrown here. */
  private static <T> T join(CompletableFuture<T> made) {
    try {
      return made.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static void entities(
      List<Spec> pages, String folder, Lang lang, Kind kind, Iterable<String> ids) {
    for (String id : ids) {
      if (!id.equals(INDEX)) {
        pages.add(new Spec(folder + id + ".html", lang, kind, id));
      }
    }
  }

  /** An entity named {@code index} would overwrite its kind's index page. */
  private static void reserved(SiteData data, String folder, Set<String> ids) {
    if (ids.contains(INDEX)) {
      data.problem(
          Diagnostic.error(
              "content/" + folder + "/index.yaml",
              1,
              1,
              "the id \"index\" is taken by the index of "
                  + folder
                  + "; rename the file and its id"));
    }
  }

  /**
   * The page builders of one thread: they keep caches and formatters that are not safe to share, so
   * each worker has its own.
   */
  static final class Makers {
    private final Outline outline;
    private final Map<Lang, IndexPages> index = new EnumMap<>(Lang.class);
    private final Map<Lang, EntityPages> entities = new EnumMap<>(Lang.class);
    private final Map<Lang, CompanyPages> companies = new EnumMap<>(Lang.class);
    private final Map<Lang, ArticlePages> articles = new EnumMap<>(Lang.class);

    Makers(Outline outline) {
      this.outline = outline;
    }

    /**
     * The model of one page. Every page notes the site's settings, which each page's head shows:
     * a helper kept from page to page (such as {@link JsonLd}) may keep what it read of them.
     */
    Page make(Spec spec) {
      SiteData data = outline.data();
      data.reads.note("site");
      Lang lang = spec.lang();
      return switch (spec.kind()) {
        case ROOT -> IndexPages.root(data);
        case HOME -> {
          data.reads.note("outline/article-pages");
          yield new HomePages(data, lang).home(outline.articlePages());
        }
        case LISTING -> index.computeIfAbsent(lang, l -> new IndexPages(data, l)).listing(spec.id());
        case SEARCH -> new SearchPages(data, lang).page();
        case DATA -> {
          data.reads.note("outline/downloads");
          yield ExtraPages.data(data, lang, outline.downloads());
        }
        case PERSON -> entities(lang).person(data.facts.people().get(spec.id()));
        case COMPANY ->
            companies
                .computeIfAbsent(lang, l -> new CompanyPages(data, l, entities(l)))
                .company(data.facts.companies().get(spec.id()));
        case DEAL -> entities(lang).deal(data.facts.deals().get(spec.id()));
        case ARTICLE ->
            articles
                .computeIfAbsent(lang, l -> new ArticlePages(data, l))
                .page(data.facts.articles().get(spec.id()), data.articles.get(spec.id()));
        case NOT_FOUND -> ExtraPages.notFound(data);
      };
    }

    private EntityPages entities(Lang lang) {
      return entities.computeIfAbsent(lang, l -> new EntityPages(outline.data(), l));
    }
  }
}
