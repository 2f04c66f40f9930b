package org.sijill.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;

/**
 * What each key a page notes ({@link Reads}) reads now, hashed ({@link ContentHash}): a page whose
 * keys all hash as they did when it was built would be built the same, so it is kept. The keys:
 *
 * <ul>
 *   <li>{@code people/<id>}, {@code companies/<id>}, {@code deals/<id>}, {@code articles/<id>}:
 *       the record (or its absence); {@code <folder>/#}: the ids; {@code <folder>/*}: every record;
 *   <li>{@code text/<id>}, {@code text/#}, {@code text/*}: the articles' texts, as read from seeds/;
 *   <li>{@code site}: the site's settings;
 *   <li>{@code mentions-in/<article>}, {@code mentions-of/<people|companies|deals>/<id>}: the
 *       mentions found in an article, the sentences mentioning an entity;
 *   <li>{@code labs/<company>}, {@code deals-of/<entity key>}, {@code roles-at/<company>}: the
 *       cross references of {@link SiteData};
 *   <li>{@code career/<person>}, {@code moved-with/<person>}: {@link Careers};
 *   <li>{@code flows}, {@code joined/<company>}, {@code left/<company>}, {@code
 *       exchanges/<company>}, {@code brought/<deal>}: {@link Flows};
 *   <li>{@code citing/<lang>/<article>}: the facts citing the sentences of an article;
 *   <li>{@code outline/article-pages}, {@code outline/downloads}: what the outline counts and lists.
 * </ul>
 *
 * Safe for several threads (the site's data is only read).
 */
final class Fingerprints {
  private final SiteModel.Outline outline;
  private final SiteData data;
  private final FactBase facts;
  private final ThreadLocal<ContentHash> hashes = ThreadLocal.withInitial(ContentHash::new);
  private final Map<String, byte[]> known = new java.util.concurrent.ConcurrentHashMap<>();

  Fingerprints(SiteModel.Outline outline) {
    this(outline, Map.of());
  }

  /**
   * {@code carried}: fingerprints known to hold now without hashing ({@link Manifest#carried}),
   * by key.
   */
  Fingerprints(SiteModel.Outline outline, Map<String, byte[]> carried) {
    this.outline = outline;
    this.data = outline.data();
    this.facts = data.facts.base();
    this.known.putAll(carried);
  }

  /** The hash of what {@code key} reads now. */
  byte[] of(String key) {
    byte[] fingerprint = known.get(key);
    if (fingerprint == null) {
      fingerprint = hashes.get().of(java.util.Arrays.asList(key, value(key)));
      known.put(key, fingerprint);
    }
    return fingerprint;
  }

  private Object value(String key) {
    int slash = key.indexOf('/');
    String head = slash < 0 ? key : key.substring(0, slash);
    String rest = slash < 0 ? "" : key.substring(slash + 1);
    return switch (head) {
      case "people" -> record(facts.people(), rest);
      case "companies" -> record(facts.companies(), rest);
      case "deals" -> record(facts.deals(), rest);
      case "articles" -> record(facts.articles(), rest);
      case "text" -> record(((RecordedMap<?>) data.articles).unrecorded(), rest);
      case "site" -> facts.site();
      case "mentions-in" -> data.mentions.in(rest);
      case "mentions-of" -> data.mentions.of(rest);
      case "labs" -> data.labs(rest);
      case "deals-of" -> data.dealsOf(rest);
      case "roles-at" -> data.rolesAt(rest);
      case "career" -> career(facts.people().get(rest));
      case "moved-with" -> person(rest) == null ? null : data.careers.movedWith(person(rest));
      case "flows" -> data.flows.all();
      case "joined" -> data.flows.joined(rest);
      case "left" -> data.flows.left(rest);
      case "exchanges" -> data.flows.exchanges(rest);
      case "brought" -> brought(facts.deals().get(rest));
      case "citing" -> citing(rest);
      case "outline" -> rest.equals("article-pages") ? outline.articlePages() : outline.downloads();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }

  private Person person(String id) {
    return facts.people().get(id);
  }

  /** {@code id}: one record, or "#" the ids, or "*" every record. */
  private static Object record(SortedMap<String, ?> map, String id) {
    return switch (id) {
      case "#" -> new ArrayList<>(map.keySet());
      case "*" -> map;
      default -> map.get(id);
    };
  }

  private List<Object> career(Person person) {
    return person == null
        ? null
        : java.util.Arrays.asList(data.careers.current(person), data.careers.previous(person));
  }

  private List<SiteData.PersonMove> brought(Deal deal) {
    return deal == null ? null : data.flows.brought(deal);
  }

  private Object citing(String rest) {
    int slash = rest.indexOf('/');
    Lang lang = Lang.of(rest.substring(0, slash));
    return data.citations(lang).of(rest.substring(slash + 1));
  }
}
