package org.sijill.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Move;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Role;
import org.sijill.facts.SiteConfig;
import org.sijill.facts.Source;

/**
 * The whole fact base as downloads under {@code data/}: {@code sijill.json} (every fact file, with
 * the keys and spelling of the YAML, and the licence) and one CSV per table (people, roles,
 * companies, company facts, moves, deals, parties, articles, and every source citation), with the
 * licence in {@code licence.txt}.
 */
final class Downloads {
  /** A file to download: its name under {@code data/}, its text, and how many rows it holds. */
  record File(String name, String text, int rows) {
    /** What the data page says of the file: its name, size in bytes and rows. */
    Listed listed() {
      return new Listed(name, utf8Length(text), rows);
    }
  }

  /**
   * The length of {@code text} in UTF-8, as {@code getBytes(UTF_8)} would encode it (a lone
   * surrogate as one byte), counted without encoding it: the JSON download is tens of megabytes.
   */
  static long utf8Length(String text) {
    long bytes = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes += 1;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** A download as the data page lists it, without its text. */
  record Listed(String name, long bytes, int rows) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String FOLDER = "data/";

  private Downloads() {}

  /** Every download, JSON first, then the CSV tables in a fixed order. */
  static List<File> files(FactBase facts) {
    return List.of(
        new File("sijill.json", json(facts), facts.people().size() + facts.companies().size()
            + facts.deals().size() + facts.articles().size()),
        csv("people.csv", Tables.people(facts)),
        csv("roles.csv", Tables.roles(facts)),
        csv("companies.csv", Tables.companies(facts)),
        csv("company-facts.csv", Tables.companyFacts(facts)),
        csv("moves.csv", Tables.moves(facts)),
        csv("deals.csv", Tables.deals(facts)),
        csv("parties.csv", Tables.parties(facts)),
        csv("articles.csv", Tables.articles(facts)),
        csv("sources.csv", Tables.sources(facts)),
        new File("licence.txt", licence(facts.site()), 0));
  }

  /** The licence of the downloads, in both languages, with the site they come from. */
  static String licence(SiteConfig site) {
    if (site == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String lang : List.of("en", "ar")) {
      if (site.title() != null) {
        out.append(site.title().in(lang)).append('\n');
      }
      if (site.licence() != null) {
        out.append(site.licence().in(lang)).append('\n');
      }
      out.append('\n');
    }
    if (site.baseUrl() != null) {
      out.append(site.baseUrl()).append('\n');
    }
    return out.toString();
  }

  private static File csv(String name, Csv table) {
    return new File(name, table.text(), table.rows());
  }

  static String json(FactBase facts) {
    ObjectNode root = NODES.objectNode();
    SiteConfig site = facts.site();
    if (site != null) {
      bilingual(root, "licence", site.licence());
      bilingual(root, "title", site.title());
      put(root, "base_url", site.baseUrl());
    }
    ArrayNode people = root.putArray("people");
    facts.people().values().forEach(p -> people.add(person(p)));
    ArrayNode companies = root.putArray("companies");
    facts.companies().values().forEach(c -> companies.add(company(c)));
    ArrayNode deals = root.putArray("deals");
    facts.deals().values().forEach(d -> deals.add(deal(d)));
    ArrayNode articles = root.putArray("articles");
    facts.articles().values().forEach(a -> articles.add(article(a)));
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper()
              .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
              .writer(printer)
              .writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes: " + e.getMessage(), e);
    }
  }

  private static ObjectNode person(Person p) {
    ObjectNode node = NODES.objectNode();
    node.put("id", p.id());
    bilingual(node, "name", p.name());
    strings(node, "aliases", p.aliases());
    bilingual(node, "summary", p.summary());
    ArrayNode roles = node.putArray("roles");
    for (Role role : p.roles()) {
      ObjectNode r = roles.addObject();
      bilingual(r, "title", role.title());
      put(r, "org", role.org());
      sources(r, role.sources());
    }
    ArrayNode moves = node.putArray("moves");
    for (Move move : p.moves()) {
      ObjectNode m = moves.addObject();
      put(m, "from", move.from());
      put(m, "to", move.to());
      put(m, "date", move.date());
      put(m, "date_text", move.dateText());
      put(m, "status", move.status() == null ? null : move.status().yaml());
      sources(m, move.sources());
    }
    put(node, "review", p.review() == null ? null : p.review().yaml());
    return node;
  }

  private static ObjectNode company(Company c) {
    ObjectNode node = NODES.objectNode();
    node.put("id", c.id());
    bilingual(node, "name", c.name());
    strings(node, "aliases", c.aliases());
    put(node, "kind", c.kind() == null ? null : c.kind().yaml());
    put(node, "parent", c.parent());
    bilingual(node, "summary", c.summary());
    ArrayNode list = node.putArray("facts");
    for (CompanyFact fact : c.facts()) {
      ObjectNode f = list.addObject();
      bilingual(f, "text", fact.text());
      number(f, "value", fact.value());
      put(f, "date", fact.date());
      sources(f, fact.sources());
    }
    put(node, "review", c.review() == null ? null : c.review().yaml());
    return node;
  }

  private static ObjectNode deal(Deal d) {
    ObjectNode node = NODES.objectNode();
    node.put("id", d.id());
    put(node, "type", d.type() == null ? null : d.type().yaml());
    bilingual(node, "title", d.title());
    ArrayNode parties = node.putArray("parties");
    for (Party party : d.parties()) {
      ObjectNode p = parties.addObject();
      put(p, "company", party.company());
      put(p, "person", party.person());
      put(p, "role", party.role());
    }
    if (d.amount() != null) {
      ObjectNode amount = node.putObject("amount");
      number(amount, "value", d.amount().value());
      put(amount, "currency", d.amount().currency());
    }
    number(node, "stake_percent", d.stakePercent());
    put(node, "date", d.date());
    put(node, "date_text", d.dateText());
    put(node, "status", d.status() == null ? null : d.status().yaml());
    sources(node, d.sources());
    put(node, "review", d.review() == null ? null : d.review().yaml());
    return node;
  }

  private static ObjectNode article(ArticleRecord a) {
    ObjectNode node = NODES.objectNode();
    node.put("id", a.id());
    put(node, "file", a.file());
    bilingual(node, "title", a.title());
    put(node, "outlet", a.outlet());
    put(node, "published", a.published());
    put(node, "url", a.url());
    put(node, "language", a.language());
    if (a.mentions() != null) {
      ObjectNode mentions = node.putObject("mentions");
      strings(mentions, "people", a.mentions().people());
      strings(mentions, "companies", a.mentions().companies());
      strings(mentions, "deals", a.mentions().deals());
    }
    return node;
  }

  private static void sources(ObjectNode node, List<Source> sources) {
    ArrayNode list = node.putArray("sources");
    for (Source s : sources) {
      list.addObject().put("article", s.article()).put("sentence", s.sentence()).put("quote", s.quote());
    }
  }

  private static void bilingual(ObjectNode node, String key, Bilingual text) {
    if (text != null && (text.en() != null || text.ar() != null)) {
      ObjectNode b = node.putObject(key);
      put(b, "en", text.en());
      put(b, "ar", text.ar());
    }
  }

  private static void strings(ObjectNode node, String key, List<String> values) {
    ArrayNode list = node.putArray(key);
    values.forEach(list::add);
  }

  private static void put(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }

  private static void number(ObjectNode node, String key, BigDecimal value) {
    if (value != null) {
      node.put(key, value);
    }
  }

  /** The files keyed by their path from the site root. */
  static Map<String, String> byPath(List<File> files) {
    Map<String, String> map = new TreeMap<>();
    files.forEach(f -> map.put(FOLDER + f.name(), f.text()));
    return map;
  }
}
