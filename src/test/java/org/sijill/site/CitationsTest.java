package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleReader;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.FactReader;
import org.sijill.facts.Move;
import org.sijill.facts.Person;
import org.sijill.facts.Role;
import org.sijill.facts.Source;
import org.sijill.validate.SchemaCheck;

/**
 * The links of an article's sentences, made on first use from the records citing the article,
 * are those a pass over the whole fact base makes, in the same order; making them notes nothing
 * but the article's citations as read.
 */
class CitationsTest {
  static SiteData data;

  @BeforeAll
  static void read() throws IOException {
    FactBase facts =
        new FactReader(SchemaCheck.load(Path.of("content/schema"))).read(Path.of(".")).facts();
    Map<String, Article> articles = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Article article = ArticleReader.standard().read(seed);
        articles.put(article.id(), article);
      }
    }
    Map<Lang, Messages> messages = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      messages.put(lang, Messages.load(Path.of("templates/i18n"), lang));
    }
    data = new SiteData(facts, articles, Fixture.finder(), messages);
  }

  @Test
  void linksOfEachSentenceAreThoseOfAPassOverTheWholeFactBase() {
    int shared = 0;
    for (Lang lang : Lang.values()) {
      Map<String, List<Parts.FactRef>> all = everyLink(data, lang);
      Map<String, List<Parts.FactRef>> lazy = new TreeMap<>();
      for (String article : data.facts.base().articles().keySet()) {
        Article text = data.articles.get(article);
        for (int n = 1; n <= text.sentences().size(); n++) {
          List<Parts.FactRef> refs = data.citations(lang).citing(article, n);
          if (!refs.isEmpty()) {
            lazy.put(article + "#" + n, refs);
          }
        }
      }
      assertEquals(all, lazy);
      shared += (int) all.values().stream()
          .filter(refs -> refs.stream().map(Parts.FactRef::kind).distinct().count() > 1)
          .count();
    }
    // the seeds' facts cite many sentences from more than one kind of fact: the order is tested
    assertTrue(shared > 10, "sentences cited by several kinds of fact: " + shared);
  }

  @Test
  void makingTheLinksNotesOnlyTheArticlesCitationsAsRead() {
    String article = data.facts.base().articles().lastKey();
    SiteData fresh = new SiteData(data.facts.base(), data.articles, Fixture.finder(),
        Map.of(Lang.AR, data.messages(Lang.AR), Lang.EN, data.messages(Lang.EN)));
    fresh.reads.start();
    fresh.reads.note("people/x");
    assertTrue(!fresh.citations(Lang.EN).citing(article, 2).isEmpty());
    fresh.reads.note("people/y");
    assertEquals(List.of("citing/en/" + article, "people/x", "people/y"),
        fresh.reads.stop().keys());
  }

  /** Every sentence's links, by "article#sentence", from one pass over the fact base in order. */
  static Map<String, List<Parts.FactRef>> everyLink(SiteData data, Lang lang) {
    FactBase facts = data.facts.base();
    Map<String, List<Parts.FactRef>> links = new TreeMap<>();
    On from = new On(data, lang, On.entityPath(lang, "articles", "index"));
    for (Person person : facts.people().values()) {
      Txt name = Texts.label(person.name(), person.id(), lang);
      String page = from.rel(On.entityPath(lang, "people", person.id()));
      for (int i = 0; i < person.roles().size(); i++) {
        Role role = person.roles().get(i);
        add(links, role.sources(), page + "#role-" + (i + 1), "role", name, Texts.of(role.title(), lang));
      }
      for (int i = 0; i < person.moves().size(); i++) {
        Move move = person.moves().get(i);
        String start = move.from() == null ? from.messages().get("unknown")
            : from.company(move.from()).label().plain();
        String to = move.to() == null ? from.messages().get("unknown")
            : from.company(move.to()).label().plain();
        Txt route = Scripts.in(lang, from.messages().format("flow.route", Map.of("from", start, "to", to)));
        add(links, move.sources(), page + "#move-" + (i + 1), "move", name, route);
      }
    }
    for (Company company : facts.companies().values()) {
      Txt name = Texts.label(company.name(), company.id(), lang);
      String page = from.rel(On.entityPath(lang, "companies", company.id()));
      for (int i = 0; i < company.facts().size(); i++) {
        add(links, company.facts().get(i).sources(), page + "#fact-" + (i + 1), "fact", name, null);
      }
    }
    for (Deal deal : facts.deals().values()) {
      Txt title = Texts.label(deal.title(), deal.id(), lang);
      add(links, deal.sources(), from.rel(On.entityPath(lang, "deals", deal.id())) + "#terms",
          "deal", title, null);
    }
    return links;
  }

  private static void add(Map<String, List<Parts.FactRef>> links, List<Source> sources,
      String href, String kind, Txt entity, Txt detail) {
    for (Source source : sources) {
      List<Parts.FactRef> refs =
          links.computeIfAbsent(source.article() + "#" + source.sentence(), k -> new ArrayList<>());
      Parts.FactRef ref = new Parts.FactRef(href, kind, entity, detail);
      if (!refs.contains(ref)) {
        refs.add(ref);
      }
    }
  }
}
