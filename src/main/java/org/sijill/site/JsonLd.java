package org.sijill.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.DealType;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.SiteConfig;

/**
 * schema.org descriptions of pages as JSON-LD: a Person, an Organization, a NewsArticle, a deal as
 * a MonetaryGrant (investments) or an Event (everything else), the WebSite and the Dataset. Names
 * are given in both languages, each tagged with its language. An entity's {@code @id} is its
 * Arabic page's URL with {@code #it}, the same on both language pages. The articles an entity is
 * the subject of are given by type and {@code @id} alone: their headlines are on their own pages,
 * and a company cited by thousands of articles would otherwise repeat every one of them.
 */
final class JsonLd {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private final SiteData data;
  private final String base;

  JsonLd(SiteData data) {
    this.data = data;
    SiteConfig site = data.facts.site();
    String url = site == null || site.baseUrl() == null ? "" : site.baseUrl().strip();
    this.base = url.isEmpty() || url.endsWith("/") ? url : url + "/";
  }

  /** The JSON text, safe inside {@code <script type="application/ld+json">}. */
  static String text(ObjectNode node) {
    try {
      return scriptSafe(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes: " + e.getMessage(), e);
    }
  }

  /** {@code json} with each {@code < > &} written as a JSON unicode escape, in one pass. */
  static String scriptSafe(String json) {
    StringBuilder out = null;
    int from = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      String escape = c == '<' ? "\\u003c" : c == '>' ? "\\u003e" : c == '&' ? "\\u0026" : null;
      if (escape != null) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16);
        }
        out.append(json, from, i).append(escape);
        from = i + 1;
      }
    }
    return out == null ? json : out.append(json, from, json.length()).toString();
  }

  private ObjectNode thing(String type, String folder, String id, Lang lang) {
    ObjectNode node = NODES.objectNode();
    node.put("@context", "https://schema.org");
    node.put("@type", type);
    node.put("@id", id(folder, id));
    node.put("url", base + On.entityPath(lang, folder, id));
    return node;
  }

  /** The entity's identifier: its Arabic page's URL and {@code #it}. */
  String id(String folder, String id) {
    return base + On.entityPath(Lang.AR, folder, id) + "#it";
  }

  /** {@code [{"@value": en, "@language": "en"}, {"@value": ar, "@language": "ar"}]}. */
  static ArrayNode names(Bilingual text, String fallback) {
    ArrayNode names = NODES.arrayNode();
    if (text != null && text.en() != null && !text.en().isBlank()) {
      names.addObject().put("@value", text.en()).put("@language", "en");
    }
    if (text != null && text.ar() != null && !text.ar().isBlank()) {
      names.addObject().put("@value", text.ar()).put("@language", "ar");
    }
    if (names.isEmpty()) {
      names.add(fallback);
    }
    return names;
  }

  private ObjectNode ref(String type, String folder, String id, Bilingual name) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", type);
    node.put("@id", id(folder, id));
    node.set("name", names(name, id));
    return node;
  }

  ObjectNode org(String id) {
    Company company = data.facts.companies().get(id);
    return ref("Organization", "companies", id, company == null ? null : company.name());
  }

  private ObjectNode party(Party party) {
    if (party.company() != null) {
      return org(party.company());
    }
    Person person = data.facts.people().get(party.person());
    return ref("Person", "people", party.person(), person == null ? null : person.name());
  }

  private ArrayNode sources(Collection<String> articles) {
    ArrayNode list = NODES.arrayNode();
    for (String id : articles) {
      ArticleRecord record = data.facts.articles().get(id);
      if (record != null && data.hasArticlePage(id)) {
        list.addObject().put("@type", "NewsArticle").put("@id", id("articles", id));
      }
    }
    return list;
  }

  String person(Person person, Lang lang, String current, Collection<String> previous,
      Collection<String> articles) {
    ObjectNode node = thing("Person", "people", person.id(), lang);
    node.set("name", names(person.name(), person.id()));
    ArrayNode alternate = node.putArray("alternateName");
    person.aliases().forEach(alternate::add);
    ArrayNode titles = node.putArray("jobTitle");
    person.roles().stream()
        .map(r -> r.title() == null ? null : r.title().in(lang.code()))
        .filter(t -> t != null && !t.isBlank())
        .distinct()
        .forEach(titles::add);
    if (current != null) {
      node.set("worksFor", org(current));
    }
    ArrayNode affiliations = node.putArray("affiliation");
    previous.forEach(id -> affiliations.add(org(id)));
    node.set("subjectOf", sources(articles));
    return text(node);
  }

  String organization(Company company, Lang lang, Collection<String> labs,
      Collection<String> articles) {
    ObjectNode node = thing("Organization", "companies", company.id(), lang);
    node.set("name", names(company.name(), company.id()));
    ArrayNode alternate = node.putArray("alternateName");
    company.aliases().forEach(alternate::add);
    if (company.parent() != null) {
      node.set("parentOrganization", org(company.parent()));
    }
    ArrayNode subs = node.putArray("subOrganization");
    labs.forEach(id -> subs.add(org(id)));
    node.set("subjectOf", sources(articles));
    return text(node);
  }

  String deal(Deal deal, Lang lang, String description, Collection<String> articles) {
    boolean grant = deal.type() == DealType.INVESTMENT && deal.amount() != null;
    ObjectNode node = thing(grant ? "MonetaryGrant" : "Event", "deals", deal.id(), lang);
    node.set("name", names(deal.title(), deal.id()));
    node.put("description", description);
    if (grant) {
      ObjectNode amount = node.putObject("amount");
      amount.put("@type", "MonetaryAmount");
      amount.put("value", deal.amount().value());
      amount.put("currency", deal.amount().currency());
      ArrayNode funders = node.putArray("funder");
      ArrayNode funded = node.putArray("fundedItem");
      for (Party party : deal.parties()) {
        if ("investor".equals(party.role())) {
          funders.add(party(party));
        } else if ("investee".equals(party.role())) {
          funded.add(party(party));
        }
      }
    } else {
      if (Formats.isDate(deal.date())) {
        node.put("startDate", deal.date());
      }
      ArrayNode attendees = node.putArray("attendee");
      for (Party party : deal.parties()) {
        ObjectNode role = attendees.addObject();
        role.put("@type", "Role");
        role.put("roleName", party.role());
        role.set("attendee", party(party));
      }
    }
    node.set("subjectOf", sources(articles));
    return text(node);
  }

  String article(ArticleRecord record, Lang lang, Collection<String> about) {
    ObjectNode node = thing("NewsArticle", "articles", record.id(), lang);
    Lang textLang = Lang.of(record.language());
    Bilingual title = record.title();
    String headline = title == null ? null : (textLang == Lang.AR ? title.ar() : title.en());
    String other = title == null ? null : (textLang == Lang.AR ? title.en() : title.ar());
    if (headline != null) {
      node.putObject("headline").put("@value", headline).put("@language", textLang.code());
    }
    if (other != null) {
      node.putObject("alternativeHeadline")
          .put("@value", other)
          .put("@language", textLang.other().code());
    }
    node.put("inLanguage", textLang.code());
    if (Formats.isDate(record.published())) {
      node.put("datePublished", record.published());
    }
    if (record.outlet() != null) {
      node.set("publisher", org(record.outlet()));
    }
    if (record.url() != null && record.url().startsWith("http")) {
      node.put("sameAs", record.url());
    }
    ArrayNode mentions = node.putArray("mentions");
    about.forEach(key -> {
      String[] parts = key.split("/", 2);
      String type = switch (parts[0]) {
        case "people" -> "Person";
        case "companies" -> "Organization";
        default -> "Thing";
      };
      mentions.addObject().put("@type", type).put("@id", id(parts[0], parts[1]));
    });
    return text(node);
  }

  String website(Lang lang) {
    SiteConfig site = data.facts.site();
    ObjectNode node = NODES.objectNode();
    node.put("@context", "https://schema.org");
    node.put("@type", "WebSite");
    node.put("@id", base + "#site");
    node.put("url", base + lang.code() + "/index.html");
    node.set("name", names(site == null ? null : site.title(), "Sijill"));
    if (site != null && site.description() != null) {
      node.set("description", names(site.description(), ""));
    }
    node.put("inLanguage", lang.code());
    ObjectNode search = node.putObject("potentialAction");
    search.put("@type", "SearchAction");
    search.put("target", base + lang.code() + "/search.html?q={query}");
    search.put("query-input", "required name=query");
    return text(node);
  }

  String dataset(Lang lang, Collection<String> files) {
    SiteConfig site = data.facts.site();
    ObjectNode node = NODES.objectNode();
    node.put("@context", "https://schema.org");
    node.put("@type", "Dataset");
    node.put("@id", base + "data/#dataset");
    node.set("name", names(site == null ? null : site.title(), "Sijill"));
    if (site != null && site.description() != null) {
      node.set("description", names(site.description(), ""));
    }
    if (site != null && site.licence() != null) {
      node.set("license", names(site.licence(), ""));
    }
    ArrayNode distribution = node.putArray("distribution");
    for (String file : files) {
      ObjectNode download = distribution.addObject();
      download.put("@type", "DataDownload");
      download.put("contentUrl", base + "data/" + file);
      download.put(
          "encodingFormat",
          file.endsWith(".json")
              ? "application/json"
              : file.endsWith(".csv") ? "text/csv" : "text/plain");
    }
    node.put("inLanguage", lang.code());
    return text(node);
  }
}
