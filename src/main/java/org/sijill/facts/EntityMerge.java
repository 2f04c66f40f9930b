package org.sijill.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sijill.diag.Diagnostic;

/**
 * Merges what one article proposes about one entity into its file: a new file for a new entity,
 * additions for an existing one. Only adds; a fact already in the article's ledger is skipped.
 */
final class EntityMerge {
  private final Set<String> ledger;
  private final Set<String> keys;
  private final DocumentCheck check;

  /**
   * A file after the merge ({@code file}), its record as the merge builds it ({@code record}) and
   * as the file will read ({@code read}), and what the schema says about it ({@code problems}):
   * about the whole file if it is new, else what it rejects in the additions ({@link AddedValues}).
   * For a new file the last two are worked out when first asked for (writing, parsing and checking
   * the file); {@code record} is then what the file is expected to read as, which {@code read}
   * confirms.
   */
  record Change(
      PendingFile file, Object record, Later<Object> read, Later<List<Diagnostic>> problems) {
    /** A change whose record and problems are known. */
    Change(PendingFile file, Object record, List<Diagnostic> problems) {
      this(file, record, Later.now(record), Later.now(problems));
    }
  }

  /**
   * {@code ledger}: keys proposed by earlier runs of the article; {@code keys} collects this run's.
   */
  EntityMerge(Set<String> ledger, Set<String> keys, DocumentCheck check) {
    this.ledger = ledger;
    this.keys = keys;
    this.check = check;
  }

  /**
   * The person's file after the merge, if anything is added; {@code existing} null for a new
   * person, {@code file} its file (null if none).
   */
  Optional<Change> person(Person existing, PendingFile file, Person p) {
    String entity = FactKeys.person(p.id());
    if (skipNew(existing, entity) || deletedUnderAnotherId(existing, p.aliases())) {
      return Optional.empty();
    }
    List<String> aliases =
        aliases(entity, existing == null ? List.of() : existing.aliases(), p.aliases());
    var roles =
        ListAdditions.of(
            existing == null ? List.of() : existing.roles(), p.roles(), roleRule(p.id()), ledger, keys);
    var moves =
        ListAdditions.of(
            existing == null ? List.of() : existing.moves(),
            p.moves(),
            moveRule(p.id()),
            ledger,
            keys);
    if (existing == null) {
      Person made =
          new Person(
              p.id(), p.name(), aliases, p.summary(), roles.added(), moves.added(), p.review());
      return Optional.of(created(FileKind.PERSON, p.id(), made, () -> FactWriter.write(made)));
    }
    Bilingual name = PersonNames.completed(existing, p);
    if (name == null && aliases.isEmpty() && roles.isEmpty() && moves.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Extended.person(
            existing, file, name, aliases, roles, moves, roleRule(p.id()), moveRule(p.id())));
  }

  Optional<Change> company(Company existing, PendingFile file, Company c) {
    String entity = FactKeys.company(c.id());
    if (skipNew(existing, entity) || deletedUnderAnotherId(existing, c.aliases())) {
      return Optional.empty();
    }
    List<String> aliases =
        aliases(entity, existing == null ? List.of() : existing.aliases(), c.aliases());
    ListAdditions.Rule<CompanyFact> factRule =
        new ListAdditions.Rule<>(
            f -> FactKeys.fact(c.id(), f),
            (a, b) -> sameText(a.text(), b.text()),
            CompanyFact::sources,
            (f, s) -> new CompanyFact(f.text(), f.value(), f.date(), s));
    var facts =
        ListAdditions.of(
            existing == null ? List.of() : existing.facts(), c.facts(), factRule, ledger, keys);
    if (existing == null) {
      Company made =
          new Company(
              c.id(), c.name(), aliases, c.kind(), c.parent(), c.summary(), facts.added(), c.review());
      Company read =
          new Company(
              c.id(),
              c.name(),
              aliases,
              c.kind(),
              c.parent(),
              c.summary(),
              facts.added().stream().map(Extended::asRead).toList(),
              c.review());
      return Optional.of(created(FileKind.COMPANY, c.id(), read, () -> FactWriter.write(made)));
    }
    if (aliases.isEmpty() && facts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Extended.company(existing, file, aliases, facts, factRule));
  }

  Optional<Change> deal(Deal existing, PendingFile file, Deal d) {
    String entity = FactKeys.deal(d.id());
    boolean known = ledger.contains(entity);
    if (skipNew(existing, entity)) {
      return Optional.empty();
    }
    ListAdditions.Rule<Party> partyRule =
        new ListAdditions.Rule<>(
            p -> FactKeys.party(d.id(), p),
            (a, b) -> Objects.equals(a.entity(), b.entity()),
            p -> List.of(),
            (p, s) -> p);
    var parties =
        ListAdditions.of(
            existing == null ? List.of() : existing.parties(),
            d.parties(),
            partyRule,
            ledger,
            keys);
    List<Source> sources =
        known
            ? List.of()
            : ListAdditions.newSources(
                existing == null ? List.of() : existing.sources(), d.sources());
    if (existing == null) {
      Deal made = Extended.with(d, parties.added(), sources);
      return Optional.of(created(FileKind.DEAL, d.id(), made, () -> FactWriter.write(made)));
    }
    if (parties.isEmpty() && sources.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Extended.deal(existing, file, parties, partyRule, sources));
  }

  /** A new file: its text read back and checked whole. */
  private Change created(FileKind kind, String id, Object record, Supplier<String> text) {
    return created(kind.path(id), record, text, check);
  }

  /**
   * A new file at {@code path} whose record is expected to be {@code record}: its text, written
   * by {@code text}, is parsed, bound and checked whole when first asked for.
   */
  static Change created(String path, Object record, Supplier<String> text, DocumentCheck check) {
    FileKind kind = FileKind.ofPath(path).orElseThrow();
    Later<YamlDocument> doc = new Later<>(() -> PendingFile.parse(path, text.get()));
    return new Change(
        PendingFile.made(path, doc),
        record,
        new Later<>(() -> FactBinder.bind(kind, doc.get().json())),
        new Later<>(() -> check.check(kind, doc.get())));
  }

  static ListAdditions.Rule<Role> roleRule(String person) {
    return new ListAdditions.Rule<>(
        r -> FactKeys.role(person, r),
        EntityMerge::sameRole,
        Role::sources,
        (r, s) -> new Role(r.title(), r.org(), s));
  }

  static ListAdditions.Rule<Move> moveRule(String person) {
    return new ListAdditions.Rule<>(
        m -> FactKeys.move(person, m),
        EntityMerge::sameMove,
        Move::sources,
        (m, s) -> new Move(m.from(), m.to(), m.date(), m.dateText(), m.status(), s));
  }

  /**
   * Whether a new entity is one the article proposed before under another id, by a spelling it
   * proposed then: the editor deleted that entity, and without its file the extractor no longer
   * knows its id and drafts a new one.
   */
  private boolean deletedUnderAnotherId(Object existing, List<String> aliases) {
    if (existing != null) {
      return false;
    }
    for (String key : ledger) {
      int at = key.indexOf("#alias=");
      if (at >= 0 && aliases.contains(key.substring(at + "#alias=".length()))) {
        return true;
      }
    }
    return false;
  }

  /** Records the entity's key; true if it is new but was proposed before (an editor deleted it). */
  private boolean skipNew(Object existing, String entityKey) {
    keys.add(entityKey);
    return existing == null && ledger.contains(entityKey);
  }

  private List<String> aliases(String entityKey, List<String> existing, List<String> proposed) {
    Set<String> added = new LinkedHashSet<>();
    for (String alias : proposed) {
      String key = FactKeys.alias(entityKey, alias);
      keys.add(key);
      if (!ledger.contains(key) && !existing.contains(alias)) {
        added.add(alias);
      }
    }
    return List.copyOf(added);
  }

  /**
   * A proposed role is one already on file if it names the same organisation (or leaves it open)
   * and has the same title in either language or cites the same sentence.
   */
  static boolean sameRole(Role existing, Role proposed) {
    return (proposed.org() == null || proposed.org().equals(existing.org()))
        && (sameText(existing.title(), proposed.title())
            || ListAdditions.shareSentence(existing.sources(), proposed.sources()));
  }

  /**
   * A proposed move is one already on file if its known ends agree with it (an end it leaves open
   * matches any), or if one end agrees and both cite the same sentence (the other end then names
   * the same organisation differently, e.g. a lab for its parent company).
   */
  static boolean sameMove(Move existing, Move proposed) {
    boolean from = proposed.from() == null || proposed.from().equals(existing.from());
    boolean to = proposed.to() == null || proposed.to().equals(existing.to());
    return (from && to)
        || ((from || to) && ListAdditions.shareSentence(existing.sources(), proposed.sources()));
  }

  /** Two texts match if either language agrees. */
  static boolean sameText(Bilingual a, Bilingual b) {
    if (a == null || b == null) {
      return a == b;
    }
    return (a.en() != null && a.en().equals(b.en())) || (a.ar() != null && a.ar().equals(b.ar()));
  }
}
