package org.sijill.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.diag.Diagnostic;

/**
 * What a merge adds to an existing file, read as the file will read it without reading the file:
 * a slice (the record with, in each list, only the items added to and the items added, and of the
 * items added to only their new sources) is written as a file of its own, read back and checked
 * against the schema. Its size is that of the additions, not of the file.
 */
final class Slices {
  /** A deal's own sources: new ones only are added, never sources of sources. */
  private static final ListAdditions.Rule<Source> SOURCES =
      new ListAdditions.Rule<>(Source::quote, Source::equals, s -> List.of(), (s, more) -> s);

  private Slices() {}

  /** The slice as read back, and what the schema says about it. */
  private record Read(JsonNode json, List<Diagnostic> problems) {}

  private static Read read(DocumentCheck check, FileKind kind, PendingFile file, String text) {
    YamlDocument doc = PendingFile.parse(file.toString(), text);
    return new Read(doc.json(), check.check(kind, doc));
  }

  /** A person's file after a merge added {@code aliases}, {@code roles} and {@code moves}. */
  static EntityMerge.Change person(
      DocumentCheck check,
      Person existing,
      PendingFile file,
      List<String> aliases,
      ListAdditions<Role> roles,
      ListAdditions<Move> moves,
      ListAdditions.Rule<Role> roleRule,
      ListAdditions.Rule<Move> moveRule) {
    Person slice =
        new Person(
            existing.id(),
            existing.name(),
            concat(existing.aliases(), aliases),
            existing.summary(),
            items(existing.roles(), roles, roleRule),
            items(existing.moves(), moves, moveRule),
            existing.review());
    Read read = read(check, FileKind.PERSON, file, FactWriter.write(slice));
    Person bound = FactBinder.person(read.json());
    Person merged =
        new Person(
            existing.id(),
            existing.name(),
            known(existing.aliases(), bound.aliases()),
            existing.summary(),
            merged(existing.roles(), roles, bound.roles(), roleRule),
            merged(existing.moves(), moves, bound.moves(), moveRule),
            existing.review());
    PendingFile after =
        file.withAliases(aliases)
            .withList("roles", existing.roles().size(), roles, roleRule)
            .withList("moves", existing.moves().size(), moves, moveRule);
    return new EntityMerge.Change(after, merged, read.problems());
  }

  /** A company's file after a merge added {@code aliases} and {@code facts}. */
  static EntityMerge.Change company(
      DocumentCheck check,
      Company existing,
      PendingFile file,
      List<String> aliases,
      ListAdditions<CompanyFact> facts,
      ListAdditions.Rule<CompanyFact> factRule) {
    Company slice =
        with(
            existing,
            concat(existing.aliases(), aliases),
            items(existing.facts(), facts, factRule));
    Read read = read(check, FileKind.COMPANY, file, FactWriter.write(slice));
    Company bound = FactBinder.company(read.json());
    Company merged =
        with(
            existing,
            known(existing.aliases(), bound.aliases()),
            merged(existing.facts(), facts, bound.facts(), factRule));
    PendingFile after =
        file.withAliases(aliases).withList("facts", existing.facts().size(), facts, factRule);
    return new EntityMerge.Change(after, merged, read.problems());
  }

  /** A deal's file after a merge added {@code parties} and {@code sources}. */
  static EntityMerge.Change deal(
      DocumentCheck check,
      Deal existing,
      PendingFile file,
      ListAdditions<Party> parties,
      ListAdditions.Rule<Party> partyRule,
      List<Source> sources) {
    Deal slice = with(existing, parties.added(), sources);
    Read read = read(check, FileKind.DEAL, file, FactWriter.write(slice));
    Deal bound = FactBinder.deal(read.json());
    Deal merged =
        with(
            existing,
            concat(existing.parties(), bound.parties()),
            concat(existing.sources(), bound.sources()));
    PendingFile after =
        file.withList("parties", existing.parties().size(), parties, partyRule)
            .withList(
                "sources",
                existing.sources().size(),
                new ListAdditions<>(sources, new TreeMap<>()),
                SOURCES);
    return new EntityMerge.Change(after, merged, read.problems());
  }

  private static Company with(Company c, List<String> aliases, List<CompanyFact> facts) {
    return new Company(
        c.id(), c.name(), aliases, c.kind(), c.parent(), c.summary(), facts, c.review());
  }

  private static Deal with(Deal d, List<Party> parties, List<Source> sources) {
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

  /** The slice of one list: each item added to with its new sources only, then the new items. */
  static <T> List<T> items(
      List<T> existing, ListAdditions<T> additions, ListAdditions.Rule<T> rule) {
    List<T> items = new ArrayList<>();
    additions
        .sources()
        .forEach((at, sources) -> items.add(rule.withSources().apply(existing.get(at), sources)));
    items.addAll(additions.added());
    return items;
  }

  /** The list after the merge, from the slice of it as read back ({@code read}). */
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

  /** The aliases as read back: those on file, then the new ones as the slice reads them. */
  private static List<String> known(List<String> existing, List<String> read) {
    return concat(existing, read.subList(existing.size(), read.size()));
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
