package org.sijill.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
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
 *   <li>{@code name/<people|companies|deals>/<id>}: what a link to the entity shows, its name (a
 *       deal's title) or its absence;
 *   <li>{@code site}: the site's settings;
 *   <li>{@code mentions-in/<article>}, {@code mentions-of/<people|companies|deals>/<id>}: the
 *       mentions found in an article, the sentences mentioning an entity;
 *   <li>{@code labs/<company>}, {@code deals-of/<entity key>}, {@code roles-at/<company>}: the
 *       cross references of {@link SiteData};
 *   <li>{@code career/<person>}, {@code moved-with/<person>}: {@link Careers};
 *   <li>{@code flows}, {@code moves} (the routes and every move, each as the person's id, the
 *       move's number and the move), {@code joined/<company>}, {@code left/<company>}, {@code
 *       exchanges/<company>}, {@code brought/<deal>}: {@link Flows};
 *   <li>{@code citing/<lang>/<article>}: the facts citing the sentences of an article;
 *   <li>{@code outline/article-pages}, {@code outline/downloads}: what the outline counts and lists.
 * </ul>
 *
 * The cross references that are a function of a few records (the facts citing an article, the
 * sentences mentioning an entity, deals, labs, roles and moves of a company's group, the people a
 * deal brought) are not hashed themselves: each stands for the records it is made from, by their
 * keys and fingerprints ({@link #madeFrom}), which are mostly carried from the last build
 * ({@link Manifest#carried}).
 *
 * <p>Safe for several threads (the site's data is only read).
 */
final class Fingerprints {
  /** The pages and files to build, once they are known: what the {@code outline/} keys read. */
  private volatile SiteModel.Outline outline;
  private final SiteData data;
  private final FactBase facts;
  private final ThreadLocal<ContentHash> hashes = ThreadLocal.withInitial(ContentHash::new);
  private final Map<String, byte[]> known = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@code carried}: fingerprints known to hold now without hashing ({@link Manifest#carried}),
   * by key. The {@code outline/} keys can be asked for once {@link #outline} is given.
   */
  Fingerprints(SiteData data, Map<String, byte[]> carried) {
    this.data = data;
    this.facts = data.facts.base();
    this.known.putAll(carried);
  }

  /** The outline made from this one's site data. */
  void outline(SiteModel.Outline made) {
    if (made.data() != data) {
      throw new IllegalArgumentException("an outline of other site data");
    }
    this.outline = made;
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
      case "name" -> named(rest);
      case "mentions-in" -> data.mentions.in(rest);
      case "mentions-of" ->
          madeFrom(data.mentions.of(rest).stream().map(r -> "mentions-in/" + r.article()));
      case "labs" -> madeFrom(data.labs(rest).stream().map(c -> "companies/" + c.id()));
      case "deals-of" -> madeFrom(data.dealsOf(rest).stream().map(d -> "deals/" + d.deal().id()));
      case "roles-at" -> madeFrom(data.rolesAt(rest).stream().map(r -> "people/" + r.person().id()));
      case "career" -> career(facts.people().get(rest));
      case "moved-with" -> person(rest) == null ? null : data.careers.movedWith(person(rest));
      case "flows" -> data.flows.all().stream()
          .map(f -> Arrays.asList(f.from(), f.to(), moves(f.moves())))
          .toList();
      case "moves" -> moves(data.flows.moves());
      case "joined", "left", "exchanges" -> madeFrom(Stream.concat(group(rest), Stream.concat(
          movers(data.flows.joined(rest)), movers(data.flows.left(rest)))));
      case "brought" -> brought(rest);
      case "citing" -> citing(rest);
      case "outline" -> outline(rest);
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }

  private Object outline(String rest) {
    if (outline == null) {
      throw new IllegalStateException("the outline is not made yet");
    }
    return rest.equals("article-pages") ? outline.articlePages() : outline.downloads();
  }

  /**
   * The hash of what the inputs {@code keys} read now, taken together: it changes when one of
   * them does, and each is hashed once (or carried from the last build) whatever else asks for it.
   */
  byte[] ofAll(Stream<String> keys) {
    return hashes.get().of(madeFrom(keys));
  }

  /** {@code <folder>/<id>}: what a link to the entity shows ({@link Facts#named}). */
  private Object named(String rest) {
    int slash = rest.indexOf('/');
    return Facts.named(facts, rest.substring(0, slash), rest.substring(slash + 1));
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

  /**
   * The people a deal brought along are a function of the deal, the groups of its parties'
   * companies and the people who moved between them.
   */
  private Object brought(String id) {
    Deal deal = facts.deals().get(id);
    if (deal == null) {
      return null;
    }
    Stream<String> groups = deal.parties().stream()
        .filter(p -> p.company() != null)
        .flatMap(p -> group(p.company()));
    return madeFrom(Stream.concat(Stream.of("deals/" + id),
        Stream.concat(groups, movers(data.flows.brought(deal)))));
  }

  /** The facts citing an article's sentences are a function of the records they cite it from. */
  private Object citing(String rest) {
    int slash = rest.indexOf('/');
    Lang lang = Lang.of(rest.substring(0, slash));
    return madeFrom(data.citations(lang).madeFrom(rest.substring(slash + 1)).stream());
  }

  /** The companies of {@code company}'s group ({@link Orgs#group}): the company and its labs. */
  private Stream<String> group(String company) {
    return data.orgs.group(company).stream().map(c -> "companies/" + c);
  }

  /**
   * Moves as the pages listing them read them: the person's id and the move's number and content
   * (a page reads the rest of a person through the fact base or a link, which note it).
   */
  private static List<Object> moves(List<SiteData.PersonMove> moves) {
    List<Object> parts = new ArrayList<>(moves.size());
    for (SiteData.PersonMove pm : moves) {
      parts.add(Arrays.asList(pm.person().id(), pm.number(), pm.move()));
    }
    return parts;
  }

  private static Stream<String> movers(List<SiteData.PersonMove> moves) {
    return moves.stream().map(m -> "people/" + m.person().id());
  }

  /**
   * What stands for a cross reference that is a function of the records (or other inputs) {@code
   * keys} alone, whichever of them it holds: each key with its fingerprint, sorted. A record that
   * joins or leaves the cross reference, or changes, changes it; the records are hashed once each
   * (or carried from the last build) instead of hashing the cross reference's content.
   */
  private List<String> madeFrom(Stream<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String key : new java.util.TreeSet<>(keys.toList())) {
      parts.add(key);
      parts.add(HEX.formatHex(of(key)));
    }
    return parts;
  }

  private static final java.util.HexFormat HEX = java.util.HexFormat.of();
}
