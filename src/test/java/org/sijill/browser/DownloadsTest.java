package org.sijill.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.Move;
import org.sijill.facts.Person;
import org.sijill.facts.Source;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What machines read, read back: the JSON and CSV downloads hold exactly the fact files; the Atom
 * feeds, the sitemap and every page's JSON-LD parse and say what they should.
 */
class DownloadsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static BuiltSite site;

  @RegisterExtension
  static final org.junit.jupiter.api.extension.BeforeAllCallback SETUP =
      (ExtensionContext context) -> site = BuiltSite.get(context);

  static String read(String path) throws IOException {
    return Files.readString(site.dir.resolve(path), StandardCharsets.UTF_8);
  }

  /** The rows of an RFC 4180 file, header first. */
  static List<List<String>> csv(String path) throws IOException {
    String text = read(path);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertTrue(row.isEmpty() && field.length() == 0, path + " does not end with CRLF");
    return rows;
  }

  static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  @Test
  void jsonHoldsEveryFactFileWithItsSources() throws IOException {
    JsonNode root = JSON.readTree(read("data/sijill.json"));
    assertEquals(site.facts.site().licence().en(), root.path("licence").path("en").asText());
    assertEquals(site.facts.people().size(), root.path("people").size());
    for (JsonNode p : root.path("people")) {
      Person person = site.facts.people().get(p.path("id").asText());
      assertEquals(person.name().en(), text(p.path("name").path("en")));
      assertEquals(person.name().ar(), text(p.path("name").path("ar")));
      List<String> aliases = new ArrayList<>();
      p.path("aliases").forEach(a -> aliases.add(a.asText()));
      assertEquals(person.aliases(), aliases);
      assertEquals(person.moves().size(), p.path("moves").size());
      for (int i = 0; i < person.moves().size(); i++) {
        Move m = person.moves().get(i);
        JsonNode j = p.path("moves").get(i);
        assertEquals(m.from(), text(j.get("from")));
        assertEquals(m.to(), text(j.get("to")));
        assertEquals(m.date(), text(j.get("date")));
        assertEquals(m.dateText(), text(j.get("date_text")));
        assertEquals(m.status().yaml(), text(j.get("status")));
        assertEquals(sources(m.sources()), sources(j.path("sources")));
      }
      assertEquals(person.roles().size(), p.path("roles").size());
    }
    assertEquals(site.facts.companies().size(), root.path("companies").size());
    for (JsonNode c : root.path("companies")) {
      Company company = site.facts.companies().get(c.path("id").asText());
      assertEquals(company.name().en(), text(c.path("name").path("en")));
      assertEquals(company.parent(), text(c.get("parent")));
      assertEquals(company.facts().size(), c.path("facts").size());
    }
    assertEquals(site.facts.deals().size(), root.path("deals").size());
    for (JsonNode d : root.path("deals")) {
      Deal deal = site.facts.deals().get(d.path("id").asText());
      if (deal.amount() != null) {
        assertEquals(0, deal.amount().value().compareTo(d.path("amount").path("value").decimalValue()));
        assertEquals(deal.amount().currency(), d.path("amount").path("currency").asText());
      }
      assertEquals(deal.parties().size(), d.path("parties").size());
      assertEquals(sources(deal.sources()), sources(d.path("sources")));
    }
    assertEquals(site.facts.articles().size(), root.path("articles").size());
  }

  static List<String> sources(List<Source> sources) {
    return sources.stream().map(s -> s.article() + "#" + s.sentence() + " " + s.quote()).toList();
  }

  static List<String> sources(JsonNode sources) {
    List<String> list = new ArrayList<>();
    sources.forEach(
        s -> list.add(s.path("article").asText() + "#" + s.path("sentence").asInt() + " "
            + s.path("quote").asText()));
    return list;
  }

  @Test
  void csvTablesHoldTheSameFacts() throws IOException {
    List<List<String>> moves = csv("data/moves.csv");
    assertEquals(List.of("person", "number", "from", "to", "date", "date_text", "status"), moves.get(0));
    List<List<String>> expected = new ArrayList<>();
    int sources = 0;
    for (Person p : site.facts.people().values()) {
      for (int i = 0; i < p.moves().size(); i++) {
        Move m = p.moves().get(i);
        expected.add(
            List.of(p.id(), Integer.toString(i + 1), blank(m.from()), blank(m.to()), blank(m.date()),
                blank(m.dateText()), m.status().yaml()));
      }
      sources += p.roles().stream().mapToInt(r -> r.sources().size()).sum();
      sources += p.moves().stream().mapToInt(m -> m.sources().size()).sum();
    }
    assertEquals(expected, moves.subList(1, moves.size()));
    List<List<String>> deals = csv("data/deals.csv");
    assertEquals(site.facts.deals().size() + 1, deals.size());
    for (List<String> row : deals.subList(1, deals.size())) {
      Deal deal = site.facts.deals().get(row.get(0));
      assertEquals(deal.title().en(), row.get(2));
      assertEquals(deal.title().ar(), row.get(3));
      assertEquals(
          deal.amount() == null ? "" : deal.amount().value().toPlainString(), row.get(4));
      assertEquals(
          deal.stakePercent() == null ? "" : deal.stakePercent().toPlainString(), row.get(6));
    }
    for (Company c : site.facts.companies().values()) {
      sources += c.facts().stream().mapToInt(f -> f.sources().size()).sum();
    }
    for (Deal d : site.facts.deals().values()) {
      sources += d.sources().size();
    }
    List<List<String>> cited = csv("data/sources.csv");
    assertEquals(sources + 1, cited.size());
    List<List<String>> people = csv("data/people.csv");
    assertEquals(site.facts.people().size() + 1, people.size());
    for (List<String> row : people.subList(1, people.size())) {
      Person p = site.facts.people().get(row.get(0));
      assertEquals(List.of(p.name().en(), p.name().ar(), String.join(" | ", p.aliases())), row.subList(1, 4));
    }
    assertEquals(site.facts.companies().size() + 1, csv("data/companies.csv").size());
  }

  static String blank(String value) {
    return value == null ? "" : value;
  }

  static Document xml(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(site.dir.resolve(path).toFile());
  }

  @Test
  void feedsListEveryMoveAndDealDatedByTheFacts() throws Exception {
    int moves = site.facts.people().values().stream().mapToInt(p -> p.moves().size()).sum();
    for (String lang : List.of("ar", "en")) {
      Document feed = xml(lang + "/feed.xml");
      NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
      assertEquals(moves + site.facts.deals().size(), entries.getLength());
      NodeList updated = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated");
      Set<String> ids = new HashSet<>();
      String latest = "";
      for (int i = 1; i < updated.getLength(); i++) {
        String date = updated.item(i).getTextContent();
        assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"), date);
        latest = date.compareTo(latest) > 0 ? date : latest;
      }
      assertEquals(latest, updated.item(0).getTextContent());
      NodeList idNodes = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id");
      for (int i = 0; i < idNodes.getLength(); i++) {
        assertTrue(ids.add(idNodes.item(i).getTextContent()), idNodes.item(i).getTextContent());
        assertTrue(idNodes.item(i).getTextContent().startsWith(site.facts.site().baseUrl()));
      }
    }
  }

  @Test
  void sitemapListsEveryPageWithItsAlternates() throws Exception {
    Document map = xml("sitemap.xml");
    NodeList urls = map.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
    Set<String> locs = new TreeSet<>();
    for (int i = 0; i < urls.getLength(); i++) {
      org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
      locs.add(url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0).getTextContent());
      assertEquals(3, url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength());
    }
    Set<String> pages = new TreeSet<>();
    for (String page : site.pages()) {
      if (!page.equals("404.html")) {
        pages.add(site.facts.site().baseUrl() + page);
      }
    }
    assertEquals(pages, locs);
  }

  @Test
  void everyPageDescribesItselfInJsonLdWithNamesInBothLanguages() throws IOException {
    int described = 0;
    for (String page : site.pages()) {
      org.jsoup.nodes.Document doc = Jsoup.parse(site.dir.resolve(page).toFile());
      for (Element script : doc.select("script[type=application/ld+json]")) {
        JsonNode node = JSON.readTree(script.data());
        assertEquals("https://schema.org", node.path("@context").asText(), page);
        described++;
        if (page.contains("/people/") && !page.endsWith("index.html")) {
          assertEquals("Person", node.path("@type").asText());
          assertEquals(Set.of("ar", "en"), languages(node.path("name")), page);
        }
        if (page.contains("/companies/") && !page.endsWith("index.html")) {
          assertEquals("Organization", node.path("@type").asText());
        }
        if (page.contains("/articles/") && !page.endsWith("index.html")) {
          assertEquals("NewsArticle", node.path("@type").asText());
          assertEquals("ar", node.path("headline").path("@language").asText());
        }
      }
    }
    int entities =
        site.facts.people().size() + site.facts.companies().size() + site.facts.deals().size()
            + site.facts.articles().size();
    assertTrue(described >= 2 * entities, "pages with JSON-LD: " + described);
  }

  static Set<String> languages(JsonNode names) {
    Set<String> langs = new TreeSet<>();
    names.forEach(n -> langs.add(n.path("@language").asText()));
    return langs;
  }

  @Test
  void everyPageHasOpenGraphAndACanonicalUrl() throws IOException {
    for (String page : site.pages()) {
      if (page.equals("404.html")) {
        continue;
      }
      org.jsoup.nodes.Document doc = Jsoup.parse(site.dir.resolve(page).toFile());
      assertEquals(
          site.facts.site().baseUrl() + page, doc.select("link[rel=canonical]").attr("href"), page);
      assertEquals(
          doc.select("link[rel=canonical]").attr("href"),
          doc.select("meta[property=og:url]").attr("content"),
          page);
      assertTrue(!doc.select("meta[property=og:title]").attr("content").isBlank(), page);
      assertTrue(!doc.select("meta[name=description]").attr("content").isBlank(), page);
    }
  }
}
