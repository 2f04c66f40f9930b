package org.sijill.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;

/** Every page of the site as a model, in a fixed order: the root, then each language's pages. */
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

  private static final String INDEX = "index";

  private SiteModel() {}

  public static Result build(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Map<Lang, Messages> messages) {
    SiteData data = new SiteData(facts, articles, finder, messages);
    List<PageFile> pages = new ArrayList<>();
    pages.add(new PageFile("index.html", IndexPages.root(data)));
    reserved(data, "people", facts.people().keySet());
    reserved(data, "companies", facts.companies().keySet());
    reserved(data, "deals", facts.deals().keySet());
    reserved(data, "articles", facts.articles().keySet());
    for (ArticleRecord record : facts.articles().values()) {
      if (!articles.containsKey(record.id())) {
        data.problem(
            Diagnostic.warning(
                "content/articles/" + record.id() + ".yaml",
                1,
                1,
                "no text for article " + record.id() + " in seeds/; it gets no page"));
      }
    }
    List<Downloads.File> downloads = Downloads.files(facts);
    Map<String, String> files = new TreeMap<>(Downloads.byPath(downloads));
    Feeds feeds = new Feeds(data);
    for (Lang lang : Lang.values()) {
      String root = lang.code() + "/";
      IndexPages index = new IndexPages(data, lang);
      EntityPages entities = new EntityPages(data, lang);
      CompanyPages companyPages = new CompanyPages(data, lang, entities);
      ArticlePages articlePages = new ArticlePages(data, lang);
      List<PageFile> articleFiles = new ArrayList<>();
      for (ArticleRecord record : facts.articles().values()) {
        Article article = articles.get(record.id());
        if (article != null && !record.id().equals(INDEX)) {
          articleFiles.add(
              new PageFile(
                  root + "articles/" + record.id() + ".html", articlePages.page(record, article)));
        }
      }
      pages.add(
          new PageFile(root + "index.html", new HomePages(data, lang).home(articleFiles.size())));
      for (String kind : IndexPages.KINDS) {
        pages.add(new PageFile(root + kind + "/index.html", index.listing(kind)));
      }
      pages.add(new PageFile(root + "search.html", new SearchPages(data, lang).page()));
      pages.add(new PageFile(root + "data.html", ExtraPages.data(data, lang, downloads)));
      files.put(root + "feed.xml", feeds.feed(lang));
      for (Person person : without(facts.people())) {
        pages.add(new PageFile(root + "people/" + person.id() + ".html", entities.person(person)));
      }
      for (Company company : without(facts.companies())) {
        pages.add(
            new PageFile(
                root + "companies/" + company.id() + ".html", companyPages.company(company)));
      }
      for (Deal deal : without(facts.deals())) {
        pages.add(new PageFile(root + "deals/" + deal.id() + ".html", entities.deal(deal)));
      }
      pages.addAll(articleFiles);
    }
    pages.add(new PageFile("404.html", ExtraPages.notFound(data)));
    String sitemap =
        Sitemap.of(
            facts.site() == null ? null : facts.site().baseUrl(),
            pages.stream().map(PageFile::path).filter(p -> !p.equals("404.html")).toList());
    if (sitemap != null) {
      files.put("sitemap.xml", sitemap);
    }
    return new Result(pages, files, List.copyOf(data.problems()));
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

  private static <V> List<V> without(SortedMap<String, V> entities) {
    return entities.entrySet().stream()
        .filter(e -> !e.getKey().equals(INDEX))
        .map(Map.Entry::getValue)
        .toList();
  }
}
