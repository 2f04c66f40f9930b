package org.sijill.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a merge adds to an existing file, as the file will read without reading the file: the
 * record with the additions (aliases, list items, sources of items on file), and what the schema
 * would reject in them ({@link AddedValues}). The additions are records the writer turns into YAML
 * that reads back as the same records, so they are neither written nor read here; the file is
 * parsed and checked whole when written. A merge costs what it adds, not the size of the file.
 */
final class Extended {
  /** A deal's own sources: new ones only are added, never sources of sources. */
  private static final ListAdditions.Rule<Source> SOURCES =
      new ListAdditions.Rule<>(Source::quote, Source::equals, s -> List.of(), (s, more) -> s);

  private Extended() {}

  /**
   * A person's file after a merge completed its name ({@code name}, null if it stays) and added
   * {@code aliases}, {@code roles} and {@code moves}.
   */
  static EntityMerge.Change person(
      Person existing,
      PendingFile file,
      Bilingual name,
      List<String> aliases,
      ListAdditions<Role> roles,
      ListAdditions<Move> moves,
      ListAdditions.Rule<Role> roleRule,
      ListAdditions.Rule<Move> moveRule) {
    List<Role> addedRoles = items(existing.roles(), roles, roleRule);
    List<Move> addedMoves = items(existing.moves(), moves, moveRule);
    Person merged =
        new Person(
            existing.id(),
            name != null ? name : existing.name(),
            concat(existing.aliases(), aliases),
            existing.summary(),
            merged(existing.roles(), roles, addedRoles, roleRule),
            merged(existing.moves(), moves, addedMoves, moveRule),
            existing.review());
    PendingFile after =
        file.withName(name)
            .withAliases(aliases)
            .withList("roles", existing.roles().size(), roles, roleRule)
            .withList("moves", existing.moves().size(), moves, moveRule);
    return new EntityMerge.Change(
        after, merged, AddedValues.person(file.toString(), aliases, addedRoles, addedMoves));
  }

  /** A company's file after a merge added {@code aliases} and {@code facts}. */
  static EntityMerge.Change company(
      Company existing,
      PendingFile file,
      List<String> aliases,
      ListAdditions<CompanyFact> facts,
      ListAdditions.Rule<CompanyFact> factRule) {
    List<CompanyFact> added = items(existing.facts(), facts, factRule);
    List<CompanyFact> read = added.stream().map(Extended::asRead).toList();
    Company merged =
        with(
            existing,
            concat(existing.aliases(), aliases),
            merged(existing.facts(), facts, read, factRule));
    PendingFile after =
        file.withAliases(aliases).withList("facts", existing.facts().size(), facts, factRule);
    return new EntityMerge.Change(
        after, merged, AddedValues.company(file.toString(), aliases, added));
  }

  /** A deal's file after a merge added {@code parties} and {@code sources}. */
  static EntityMerge.Change deal(
      Deal existing,
      PendingFile file,
      ListAdditions<Party> parties,
      ListAdditions.Rule<Party> partyRule,
      List<Source> sources) {
    Deal merged =
        with(
            existing,
            concat(existing.parties(), parties.added()),
            concat(existing.sources(), sources));
    PendingFile after =
        file.withList("parties", existing.parties().size(), parties, partyRule)
            .withList(
                "sources",
                existing.sources().size(),
                new ListAdditions<>(sources, new TreeMap<>()),
                SOURCES);
    return new EntityMerge.Change(
        after, merged, AddedValues.deal(file.toString(), parties.added(), sources));
  }

  /**
   * A company fact as its file reads: the writer gives a value without exponent ({@link
   * Tree#number}), so one of negative scale reads back with scale 0. Texts, dates and sources read
   * back as they are.
   */
  static CompanyFact asRead(CompanyFact fact) {
    BigDecimal value = fact.value();
    if (value == null || value.scale() >= 0) {
      return fact;
    }
    return new CompanyFact(fact.text(), value.setScale(0), fact.date(), fact.sources());
  }

  private static Company with(Company c, List<String> aliases, List<CompanyFact> facts) {
    return new Company(
        c.id(), c.name(), aliases, c.kind(), c.parent(), c.summary(), facts, c.review());
  }

  /** {@code d} with {@code parties} and {@code sources} in place of its own. */
  static Deal with(Deal d, List<Party> parties, List<Source> sources) {
    return new Deal(
        d.id(),
        d.type(),
        d.title(),
        parties,
        d.amount(),
        d.stakePercent(),
        d.date(),
        d.dateText(),
        d.status(),
        sources,
        d.review());
  }

  /** The additions to one list: each item added to with its new sources only, then the new items. */
  static <T> List<T> items(
      List<T> existing, ListAdditions<T> additions, ListAdditions.Rule<T> rule) {
    List<T> items = new ArrayList<>();
    additions
        .sources()
        .forEach((at, sources) -> items.add(rule.withSources().apply(existing.get(at), sources)));
    items.addAll(additions.added());
    return items;
  }

  /** The list after the merge, from its additions as the file reads them ({@code read}). */
  static <T> List<T> merged(
      List<T> existing, ListAdditions<T> additions, List<T> read, ListAdditions.Rule<T> rule) {
    List<T> all = new ArrayList<>(existing);
    int next = 0;
    for (Map.Entry<Integer, List<Source>> entry : additions.sources().entrySet()) {
      T item = all.get(entry.getKey());
      List<Source> sources = new ArrayList<>(rule.sources().apply(item));
      sources.addAll(rule.sources().apply(read.get(next++)));
      all.set(entry.getKey(), rule.withSources().apply(item, sources));
    }
    all.addAll(read.subList(next, read.size()));
    return all;
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
