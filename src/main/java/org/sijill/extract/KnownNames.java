package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;

/**
 * What extraction knows before it reads an article: the spellings of the fact base's people and
 * companies, the listed organisations that do not clash with them, and the fact base's outlets by
 * name. When the fact base changes (a build merges each article before reading the next), only the
 * records that changed are indexed again, so the cost of an article does not grow with the base.
 * Not thread-safe: the {@link Extractor} holds its lock while using it.
 */
final class KnownNames {
  private final Lexicon lex;
  private final List<KnownOrg> listed;
  /** Per listed organisation: the words a change to the base must touch to change its clash. */
  private final Map<String, List<Integer>> probes = new HashMap<>();
  private final boolean[] clashes;
  private final Names baseNames;
  private final PeopleBySkeleton peopleBySkeleton;
  /** Lookups over the base's and the listed organisations' names; new whenever those change. */
  private Lookups lookups;
  private final Map<String, List<Gazetteer.Entry>> entriesByRecord = new HashMap<>();
  /** Outlet companies of the base by the key of each spelling ({@link EntityTable#key}). */
  private final Map<String, TreeSet<String>> outlets = new HashMap<>();
  private final Map<String, Set<String>> outletKeys = new HashMap<>();
  private final Map<KnownOrg, List<String>> orgKeys = new HashMap<>();
  /**
   * For each listed organisation whose id the base has as a company: the list's spellings the base
   * does not read as another entity, kept as more names of that company.
   */
  private final List<List<String>> extraSpellings = new ArrayList<>();
  private Names orgNames;
  private Map<String, KnownOrg> orgs = new HashMap<>();
  private FactBase base;
  /** How many spellings were added to or removed from the base's names so far. */
  private long edits;

  KnownNames(Lexicon lex) {
    this.lex = lex;
    this.listed = lex.organisations();
    this.clashes = new boolean[listed.size()];
    for (int i = 0; i < listed.size(); i++) {
      extraSpellings.add(List.of());
    }
    this.baseNames = new Names(lex);
    this.peopleBySkeleton = new PeopleBySkeleton(lex);
    for (int i = 0; i < listed.size(); i++) {
      for (String s : spellings(listed.get(i))) {
        for (String word : probeWords(s)) {
          List<Integer> owners = probes.computeIfAbsent(word, k -> new ArrayList<>());
          if (owners.isEmpty() || owners.get(owners.size() - 1) != i) {
            owners.add(i);
          }
        }
      }
    }
  }

  FactBase base() {
    return base;
  }

  /** The base's people named in one script only, by their names' skeletons. */
  PeopleBySkeleton peopleBySkeleton() {
    return peopleBySkeleton;
  }

  /** The listed organisations in use, by id. */
  Map<String, KnownOrg> orgs() {
    return orgs;
  }

  /** A builder of an article's gazetteer over the known names (which must not change meanwhile). */
  Gazetteer.Builder builder() {
    return Gazetteer.over(lex, lookups);
  }

  /** The id of the base's first outlet (by id) with a spelling of key {@code key}, or null. */
  String outlet(String key) {
    TreeSet<String> ids = outlets.get(key);
    return ids == null ? null : ids.first();
  }

  /** The keys of a listed organisation's spellings, English name last. */
  List<String> keys(KnownOrg o) {
    return orgKeys.computeIfAbsent(o, k -> spellings(k).stream().map(s -> EntityTable.key(lex, s)).toList());
  }

  /** Brings the names up to {@code next}, re-indexing only the records that changed. */
  void update(FactBase next) {
    if (next == base) {
      return;
    }
    Set<Integer> touched = new LinkedHashSet<>();
    boolean first = base == null;
    long edits = this.edits;
    diff(first ? null : base.people(), next.people(), (before, after) -> person(before, after, touched));
    diff(first ? null : base.companies(), next.companies(), (before, after) -> company(before, after, touched));
    base = next;
    boolean changed = first;
    Gazetteer baseOnly = Gazetteer.over(lex, new Lookups(lex, List.of(baseNames))).build();
    for (int i : first ? allListed() : touched) {
      boolean clash = clashes(listed.get(i), baseOnly);
      changed |= clash != clashes[i];
      clashes[i] = clash;
      List<String> extra = extraSpellings(listed.get(i), baseOnly);
      changed |= !extra.equals(extraSpellings.get(i));
      extraSpellings.set(i, extra);
    }
    if (changed) {
      rebuildOrgs();
    }
    if (changed || edits != this.edits) {
      lookups = new Lookups(lex, List.of(baseNames, orgNames));
    }
  }

  private List<Integer> allListed() {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      all.add(i);
    }
    return all;
  }

  private void person(Person before, Person after, Set<Integer> touched) {
    String id = before != null ? before.id() : after.id();
    List<Gazetteer.Entry> entries = new ArrayList<>();
    if (after != null) {
      add(entries, EntityKind.PERSON, id, after.name().en());
      add(entries, EntityKind.PERSON, id, after.name().ar());
      after.aliases().forEach(a -> add(entries, EntityKind.PERSON, id, a));
    }
    replace("P" + id, entries, touched);
    peopleBySkeleton.replace(id, after);
    touchId(id, touched);
  }

  private void company(Company before, Company after, Set<Integer> touched) {
    String id = before != null ? before.id() : after.id();
    List<Gazetteer.Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    if (after != null) {
      add(entries, EntityKind.COMPANY, id, after.name().en());
      add(entries, EntityKind.COMPANY, id, after.name().ar());
      after.aliases().forEach(a -> add(entries, EntityKind.COMPANY, id, a));
      if (after.kind() == CompanyKind.OUTLET) {
        List<String> spellings = new ArrayList<>(after.aliases());
        spellings.add(after.name().en());
        spellings.add(after.name().ar());
        spellings.stream().filter(Objects::nonNull).forEach(s -> keys.add(EntityTable.key(lex, s)));
      }
    }
    replace("C" + id, entries, touched);
    for (String key : outletKeys.getOrDefault(id, Set.of())) {
      TreeSet<String> ids = outlets.get(key);
      ids.remove(id);
      if (ids.isEmpty()) {
        outlets.remove(key);
      }
    }
    keys.forEach(key -> outlets.computeIfAbsent(key, k -> new TreeSet<>()).add(id));
    if (keys.isEmpty()) {
      outletKeys.remove(id);
    } else {
      outletKeys.put(id, keys);
    }
    touchId(id, touched);
  }

  private void add(List<Gazetteer.Entry> entries, EntityKind kind, String id, String spelling) {
    Gazetteer.Entry e = Names.entry(lex, kind, id, spelling);
    if (e != null && !entries.contains(e)) {
      entries.add(e);
    }
  }

  /** Swaps a record's entries for {@code now}, noting the listed organisations they may clash with. */
  private void replace(String record, List<Gazetteer.Entry> now, Set<Integer> touched) {
    List<Gazetteer.Entry> before = entriesByRecord.getOrDefault(record, List.of());
    for (Gazetteer.Entry e : before) {
      if (!now.contains(e) && baseNames.remove(e)) {
        edits++;
        touch(e, touched);
      }
    }
    for (Gazetteer.Entry e : now) {
      if (baseNames.add(e)) {
        edits++;
        touch(e, touched);
      }
    }
    if (now.isEmpty()) {
      entriesByRecord.remove(record);
    } else {
      entriesByRecord.put(record, now);
    }
  }

  private void touch(Gazetteer.Entry e, Set<Integer> touched) {
    for (String w : e.words()) {
      touched.addAll(probes.getOrDefault(w, List.of()));
      touched.addAll(probes.getOrDefault(lex.variants().fold(w), List.of()));
    }
  }

  private void touchId(String id, Set<Integer> touched) {
    for (int i = 0; i < listed.size(); i++) {
      if (listed.get(i).id().equals(id)) {
        touched.add(i);
      }
    }
  }

  /**
   * A listed organisation clashes with the base when the base has its id, or when the base's
   * names read one of its spellings to the end (the base's spelling wins).
   */
  private boolean clashes(KnownOrg o, Gazetteer baseOnly) {
    if (base.companies().containsKey(o.id()) || base.people().containsKey(o.id())) {
      return true;
    }
    for (String s : spellings(o)) {
      List<Mention> found = baseOnly.find(s);
      if (!found.isEmpty() && found.get(0).end() == s.length()) {
        return true;
      }
    }
    return false;
  }

  /** The spellings of {@code o} to add to the base's company of the same id ({@link #extraSpellings}). */
  private List<String> extraSpellings(KnownOrg o, Gazetteer baseOnly) {
    if (!base.companies().containsKey(o.id())) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : spellings(o)) {
      List<Mention> found = baseOnly.find(s);
      boolean readAsOther = !found.isEmpty() && found.get(0).end() == s.length() && !found.get(0).id().equals(o.id());
      if (!readAsOther) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private void rebuildOrgs() {
    Map<String, KnownOrg> in = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < listed.size(); i++) {
      KnownOrg o = listed.get(i);
      if (!clashes[i] && taken.add(o.id())) {
        in.put(o.id(), o);
      }
    }
    Names names = new Names(lex);
    for (KnownOrg o : in.values()) {
      add(names, o.id(), o.en());
      o.spellings().forEach(s -> add(names, o.id(), s));
    }
    for (int i = 0; i < listed.size(); i++) {
      String id = listed.get(i).id();
      extraSpellings.get(i).forEach(s -> add(names, id, s));
    }
    orgs = in;
    orgNames = names;
  }

  private void add(Names names, String id, String spelling) {
    Gazetteer.Entry e = Names.entry(lex, EntityKind.COMPANY, id, spelling);
    if (e != null) {
      names.add(e);
    }
  }

  private static List<String> spellings(KnownOrg o) {
    List<String> all = new ArrayList<>(o.spellings());
    all.add(o.en());
    return all;
  }

  /**
   * Every word a gazetteer may look up while reading {@code spelling}: the readings of its words,
   * and of every part a glued word may be split into, as written and folded.
   */
  private Set<String> probeWords(String spelling) {
    Set<String> out = new HashSet<>();
    for (Token t : Tokens.of(spelling).list()) {
      String w = t.norm();
      readings(w, out);
      for (int k = 1; k < w.length(); k++) {
        readings(w.substring(0, k), out);
        readings(w.substring(k), out);
      }
    }
    return out;
  }

  private void readings(String word, Set<String> out) {
    out.add(word);
    out.add(lex.variants().fold(word));
    for (Clitics.Stripped s : lex.clitics().candidates(word)) {
      out.add(s.stem());
      out.add(lex.variants().fold(s.stem()));
    }
  }

  /**
   * Calls {@code change} with (before, after) for every id whose record is not the same object in
   * both maps (before or after null when absent), walking both in key order.
   */
  private static <V> void diff(SortedMap<String, V> before, SortedMap<String, V> after, BiConsumer<V, V> change) {
    if (before == null) {
      after.values().forEach(v -> change.accept(null, v));
      return;
    }
    Iterator<Map.Entry<String, V>> a = before.entrySet().iterator();
    Iterator<Map.Entry<String, V>> b = after.entrySet().iterator();
    Map.Entry<String, V> x = a.hasNext() ? a.next() : null;
    Map.Entry<String, V> y = b.hasNext() ? b.next() : null;
    while (x != null || y != null) {
      int c = x == null ? 1 : y == null ? -1 : x.getKey().compareTo(y.getKey());
      if (c < 0) {
        change.accept(x.getValue(), null);
        x = a.hasNext() ? a.next() : null;
      } else if (c > 0) {
        change.accept(null, y.getValue());
        y = b.hasNext() ? b.next() : null;
      } else {
        if (x.getValue() != y.getValue()) {
          change.accept(x.getValue(), y.getValue());
        }
        x = a.hasNext() ? a.next() : null;
        y = b.hasNext() ? b.next() : null;
      }
    }
  }
}
