package org.sijill.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Binds the JSON form of a fact file to its record. Only files that passed their schema are bound,
 * so shapes are assumed; an absent optional key becomes null (or an empty list).
 */
final class FactBinder {
  private FactBinder() {}

  static Object bind(FileKind kind, JsonNode json) {
    return switch (kind) {
      case PERSON -> person(json);
      case COMPANY -> company(json);
      case DEAL -> deal(json);
      case ARTICLE -> article(json);
      case SITE -> site(json);
    };
  }

  static Person person(JsonNode json) {
    return new Person(
        text(json, "id"),
        bilingual(json.get("name")),
        texts(json.get("aliases")),
        bilingual(json.get("summary")),
        list(
            json.get("roles"),
            r -> new Role(bilingual(r.get("title")), text(r, "org"), sources(r))),
        list(json.get("moves"), FactBinder::move),
        choice(Review.class, json.get("review")));
  }

  static Company company(JsonNode json) {
    return new Company(
        text(json, "id"),
        bilingual(json.get("name")),
        texts(json.get("aliases")),
        choice(CompanyKind.class, json.get("kind")),
        text(json, "parent"),
        bilingual(json.get("summary")),
        list(
            json.get("facts"),
            f ->
                new CompanyFact(
                    bilingual(f.get("text")), number(f.get("value")), text(f, "date"), sources(f))),
        choice(Review.class, json.get("review")));
  }

  static Deal deal(JsonNode json) {
    JsonNode amount = json.get("amount");
    return new Deal(
        text(json, "id"),
        choice(DealType.class, json.get("type")),
        bilingual(json.get("title")),
        list(
            json.get("parties"),
            p -> new Party(text(p, "company"), text(p, "person"), text(p, "role"))),
        amount == null ? null : new Money(number(amount.get("value")), text(amount, "currency")),
        number(json.get("stake_percent")),
        text(json, "date"),
        text(json, "date_text"),
        choice(DealStatus.class, json.get("status")),
        sources(json),
        choice(Review.class, json.get("review")));
  }

  static ArticleRecord article(JsonNode json) {
    JsonNode mentions = json.get("mentions");
    JsonNode ledger = json.get("extraction");
    return new ArticleRecord(
        text(json, "id"),
        text(json, "file"),
        bilingual(json.get("title")),
        text(json, "outlet"),
        text(json, "published"),
        text(json, "url"),
        text(json, "language"),
        mentions == null
            ? null
            : new Mentions(
                texts(mentions.get("people")),
                texts(mentions.get("companies")),
                texts(mentions.get("deals"))),
        ledger == null
            ? null
            : new Ledger(
                text(ledger, "sha256"),
                text(ledger, "extractor_version"),
                texts(ledger.get("proposed"))));
  }

  static SiteConfig site(JsonNode json) {
    return new SiteConfig(
        bilingual(json.get("title")),
        bilingual(json.get("description")),
        text(json, "base_url"),
        bilingual(json.get("licence")));
  }

  private static Move move(JsonNode json) {
    return new Move(
        text(json, "from"),
        text(json, "to"),
        text(json, "date"),
        text(json, "date_text"),
        choice(MoveStatus.class, json.get("status")),
        sources(json));
  }

  private static List<Source> sources(JsonNode owner) {
    return list(
        owner.get("sources"),
        s -> new Source(text(s, "article"), s.get("sentence").intValue(), text(s, "quote")));
  }

  private static Bilingual bilingual(JsonNode json) {
    return json == null ? null : new Bilingual(text(json, "en"), text(json, "ar"));
  }

  private static String text(JsonNode owner, String key) {
    JsonNode value = owner.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static BigDecimal number(JsonNode json) {
    return json == null ? null : json.decimalValue();
  }

  private static List<String> texts(JsonNode json) {
    return list(json, JsonNode::asText);
  }

  private static <T> List<T> list(JsonNode json, Function<JsonNode, T> item) {
    List<T> items = new ArrayList<>();
    if (json != null) {
      json.forEach(element -> items.add(item.apply(element)));
    }
    return items;
  }

  /** The enum constant spelt {@code in-talks} in YAML for {@code IN_TALKS}. */
  private static <E extends Enum<E>> E choice(Class<E> type, JsonNode json) {
    return json == null
        ? null
        : Enum.valueOf(type, json.asText().replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
