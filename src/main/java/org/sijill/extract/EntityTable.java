package org.sijill.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijill.facts.CompanyKind;

/**
 * The entities of one article while it is read: known ones (from the fact base or the list of
 * well-known organisations) and drafts for names seen for the first time, with every spelling
 * seen. A name seen again is linked to its entity: the same words (up to spelling variants), a
 * person's surname alone ("بانسال" for Trapit Bansal), or the same name in the other script (by
 * {@link Skeleton}: "Musk" for إيلون ماسك), here or, for a person the fact base names in one
 * script only, there ({@link PeopleBySkeleton}); a chain with "بن" with or without its "آل" and
 * family ({@link RulingFamilies}); a Latin organisation's name without its last org word, once
 * the whole name was seen ("Inflection AI", then "Inflection").
 */
final class EntityTable {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** One entity of the article. Its {@link #key()} stands for it in mentions until ids are given. */
  static final class Entity {
    final int index;
    final EntityKind kind;
    final String knownId;
    final KnownOrg knownOrg;
    CompanyKind orgKind;
    /** The id of the organisation a lab belongs to, when the fact base or the list says. */
    String parent;
    final List<String> names = new ArrayList<>();
    final Set<String> spellings = new LinkedHashSet<>();
    /** A known organisation's Latin names as the article writes them, that a {@link ShortOrgNames short name} may come from. */
    final Set<String> shortenable = new LinkedHashSet<>();
    String latinSurname;
    private final String key;

    Entity(int index, EntityKind kind, String knownId, KnownOrg knownOrg, CompanyKind orgKind) {
      this.index = index;
      this.kind = kind;
      this.knownId = knownId;
      this.knownOrg = knownOrg;
      this.orgKind = orgKind;
      this.key = knownId != null ? knownId : "~" + index;
    }

    String key() {
      return key;
    }
  }

  private final Lexicon lex;
  private final PeopleBySkeleton knownPeople;
  private final Skeleton skeleton;
  private final List<Entity> entities = new ArrayList<>();
  /** Entities by {@link Entity#key()} and by known id. */
  private final Map<String, Entity> byKey = new HashMap<>();
  /** People by the {@link #key} of each of their names. */
  private final Map<String, Entity> byName = new HashMap<>();
  /** Organisations by the {@link #compact} form of each of their names. */
  private final Map<String, Entity> byCompact = new HashMap<>();
  /**
   * Per script (Arabic, Latin: {@link #script}), people by the key of their names' last word: for
   * a surname alone.
   */
  private final List<Map<String, Entity>> bySurname = List.of(new HashMap<>(), new HashMap<>());
  /** Per script, people by the skeleton of their names' last word: for a surname in the other script. */
  private final List<Map<String, Entity>> bySurnameSkeleton = List.of(new HashMap<>(), new HashMap<>());
  /** Per script, people by the skeletons of all their names' words: for a full name in the other script. */
  private final List<Map<String, Entity>> byNameSkeleton = List.of(new HashMap<>(), new HashMap<>());
  /** Per script, drafted organisations by the skeletons of their names' words: the same name in the other script. */
  private final List<Map<String, Entity>> orgsBySkeleton = List.of(new HashMap<>(), new HashMap<>());

  /** The organisations' short names ("Inflection" for "Inflection AI"). */
  private final ShortOrgNames shortNames;

  /** The word lists this table was built with. */
  Lexicon lexicon() {
    return lex;
  }

  EntityTable(Lexicon lex, PeopleBySkeleton knownPeople) {
    this.lex = lex;
    this.knownPeople = knownPeople;
    this.skeleton = new Skeleton(lex.romaniser());
    this.shortNames = new ShortOrgNames(lex);
  }

  List<Entity> entities() {
    return entities;
  }

  Entity byKey(String key) {
    return byKey.get(key);
  }

  /** The entity of a gazetteer match: known id (fact base or organisation list) or draft key. */
  Entity known(EntityKind kind, String id, KnownOrg org) {
    Entity e = byKey.get(id);
    if (e == null) {
      e = add(new Entity(entities.size(), kind, id, org, org == null ? null : org.kind()));
      e.parent = org == null ? null : org.parent();
    }
    return e;
  }

  /** The person named {@code name} (two or more words), linked or new. */
  Entity person(String name) {
    return person(name, null);
  }

  /**
   * The person named {@code name}, who is also written {@code other} (its spelling in the other
   * script, or null): linked by either name, or new.
   */
  Entity person(String name, String other) {
    Entity e = linked(name);
    if (e == null && other != null) {
      e = linked(other);
    }
    if (e == null) {
      e = add(new Entity(entities.size(), EntityKind.PERSON, null, null, null));
    }
    remember(e, name, false);
    return e;
  }

  /** The person of this article or of the fact base that {@code name} names, or null. */
  private Entity linked(String name) {
    Entity e = byName.get(key(name));
    String chain = e == null ? RulingFamilies.withoutFamily(name) : null;
    e = chain != null ? byName.get(key(chain)) : e;
    if (e == null) {
      e = crossScript(name);
    }
    String knownId = e == null ? knownPeople.inOtherScript(name) : null;
    knownId = e == null && knownId == null ? knownPeople.sameNameOtherwiseSpelt(name) : knownId;
    return knownId != null ? known(EntityKind.PERSON, knownId, null) : e;
  }

  /** Whether a person of this article is named {@code name}. */
  boolean hasPerson(String name) {
    return byName.containsKey(key(name));
  }

  /** Records {@code name} as another name of person {@code e} (its spelling in the other script). */
  void alsoNamed(Entity e, String name) {
    Entity other = byName.get(key(name));
    if (other == null || other == e) {
      remember(e, name, false);
    }
  }

  /** Records {@code name} as another name of organisation {@code e} (its spelling in brackets), unless another one has it. */
  void alsoNamedOrganisation(Entity e, String name) {
    Entity other = byCompact.get(compact(name));
    if (other == null || other == e) {
      remember(e, name, true);
    }
  }

  /**
   * The organisation named {@code name}, linked (same words without spaces, or without "Inc", or
   * the same name in the other script: «نبتون» and Neptune, أردوينو and Arduino) or new.
   */
  Entity organisation(String name, CompanyKind kind) {
    Entity e = byCompact.get(compact(name));
    String sk = orgSkeleton(name);
    if (e == null && sk != null) {
      e = orgsBySkeleton.get(script(!isLatin(name))).get(sk);
    }
    if (e == null) {
      e = add(new Entity(entities.size(), EntityKind.COMPANY, null, null, kind));
    }
    if (sk != null && e.knownId == null) {
      orgsBySkeleton.get(script(isLatin(name))).putIfAbsent(sk, e);
    }
    remember(e, name, true);
    return e;
  }

  /** A lone word linked to a person's surname or an organisation seen in this article, or null. */
  Entity single(String word) {
    boolean latin = isLatin(word);
    Entity e = bySurname.get(script(latin)).get(key(word));
    if (e == null) {
      String sk = skeleton(word);
      e = sk.length() >= Skeleton.MIN_CONSONANTS ? bySurnameSkeleton.get(script(!latin)).get(sk) : null;
      if (e != null && latin) {
        e.latinSurname = word;
      }
    }
    if (e != null) {
      e.spellings.add(word);
      return e;
    }
    Entity org = byCompact.get(compact(word));
    if (org != null) {
      org.spellings.add(word);
    }
    return org;
  }

  /** Records that the article writes known organisation {@code e} as {@code spelling}, for its {@link ShortOrgNames short name}. */
  void written(Entity e, String spelling) {
    if (e.kind == EntityKind.COMPANY && e.knownId != null && shortNames.of(spelling) != null) {
      e.shortenable.add(spelling);
    }
  }

  /** Records {@code spelling} as seen for {@code e}. */
  void seen(Entity e, String spelling) {
    e.spellings.add(spelling);
  }

  /** Every entity's spellings, and each person's surname when no other person shares it. */
  Gazetteer.Builder addTo(Gazetteer.Builder builder) {
    return addTo(builder, null, "");
  }

  /**
   * Every entity's spellings, each person's surname when no other person shares it, and each
   * organisation's {@link ShortOrgNames short name} when {@code text} (the article's) writes it alone, no other
   * entity has it and {@code current} (the article's gazetteer so far, or null for none) reads it
   * as no other entity.
   */
  Gazetteer.Builder addTo(Gazetteer.Builder builder, Gazetteer current, String text) {
    Map<String, List<Entity>> byShortName = new HashMap<>();
    for (Entity e : entities) {
      List<String> names = new ArrayList<>(e.names);
      names.addAll(e.shortenable);
      for (String name : e.kind == EntityKind.COMPANY && current != null ? names : List.<String>of()) {
        String shortName = shortNames.of(name);
        shortName = shortName != null && ShortOrgNames.alone(text, shortName, name) ? shortName : null;
        List<Entity> owners = shortName == null ? null : byShortName.computeIfAbsent(shortName, k -> new ArrayList<>());
        if (owners != null && !owners.contains(e)) {
          owners.add(e);
        }
      }
    }
    byShortName.forEach((name, owners) -> {
      Entity e = owners.get(0);
      Entity other = byCompact.get(compact(name));
      if (owners.size() == 1 && (other == null || other == e)
          && current.find(name).stream().allMatch(m -> m.id().equals(e.key()))) {
        builder.add(EntityKind.COMPANY, e.key(), name);
      }
    });
    Map<String, List<Entity>> surnames = new HashMap<>();
    for (Entity e : entities) {
      e.spellings.forEach(s -> builder.add(e.kind, e.key(), s));
      if (e.kind == EntityKind.PERSON) {
        for (String name : e.names) {
          String last = lastWord(name);
          List<Entity> owners = surnames.computeIfAbsent(key(last), k -> new ArrayList<>());
          if (ArabicText.letters(last) >= 3 && !owners.contains(e)) {
            owners.add(e);
          }
        }
      }
    }
    for (Entity e : entities) {
      for (String name : e.names) {
        String last = lastWord(name);
        if (e.kind == EntityKind.PERSON && surnames.get(key(last)).size() == 1) {
          builder.add(EntityKind.PERSON, e.key(), last);
        }
      }
    }
    return builder;
  }

  private Entity add(Entity e) {
    entities.add(e);
    if (e.knownId != null) {
      byKey.put(e.knownId, e);
    }
    byKey.put(e.key(), e);
    return e;
  }

  /** Records {@code name} as a name of {@code e}, an organisation's or a person's. */
  private void remember(Entity e, String name, boolean organisation) {
    if (!e.names.contains(name)) {
      e.names.add(name);
      if (e.kind == EntityKind.PERSON) {
        index(e, name);
      }
    }
    e.spellings.add(name);
    if (organisation) {
      byCompact.putIfAbsent(compact(name), e);
    } else {
      byName.putIfAbsent(key(name), e);
      String chain = RulingFamilies.withoutFamily(name);
      if (chain != null) {
        byName.putIfAbsent(key(chain), e);
      }
    }
  }

  /** Adds a person's name to the indexes for surnames and for names in the other script. */
  private void index(Entity e, String name) {
    boolean latin = isLatin(name);
    String[] words = SPACES.split(name.strip());
    String last = words[words.length - 1];
    bySurname.get(script(latin)).putIfAbsent(key(last), e);
    String sk = skeleton(last);
    if (sk.length() >= Skeleton.MIN_CONSONANTS) {
      bySurnameSkeleton.get(script(latin)).putIfAbsent(sk, e);
    }
    String all = nameSkeleton(words);
    if (all != null) {
      byNameSkeleton.get(script(latin)).putIfAbsent(all, e);
    }
  }

  private String nameSkeleton(String[] words) {
    return Skeleton.ofName(words, this::skeleton);
  }

  /** The skeletons of an organisation's name's words, or null when they hold fewer than {@link Skeleton#MIN_CONSONANTS}. */
  private String orgSkeleton(String name) {
    String all = Skeleton.ofName(SPACES.split(name.strip()), w -> lex.memo().skeleton(w, skeleton::of));
    return all != null || skeleton.of(name).length() < Skeleton.MIN_CONSONANTS ? all : skeleton.of(name);
  }

  /** A person with the same name in the other script: every word has the same skeleton. */
  private Entity crossScript(String name) {
    String all = nameSkeleton(SPACES.split(name.strip()));
    return all == null ? null : byNameSkeleton.get(script(!isLatin(name))).get(all);
  }

  /** The skeleton of a word; an Arabic given name of the list by its Latin spelling ("أندريه" as "Andrej", whose j the letters lose). */
  private String skeleton(String word) {
    String given = isLatin(word) ? null : lex.givenName(Lexicon.norm(word));
    return lex.memo().skeleton(given != null ? given : word, skeleton::of);
  }

  private static boolean isLatin(String s) {
    return s.codePoints().noneMatch(ArabicText::isArabicLetter);
  }

  /** The index of a script in the per-script tables: 0 Arabic, 1 Latin. */
  private static int script(boolean latin) {
    return latin ? 1 : 0;
  }

  /** Normalised, variant-folded words: the identity of a name whatever its spelling. */
  String key(String name) {
    return lex.memo().key(name, n -> key(lex, n));
  }

  /** {@link #key(String)} without a table. */
  static String key(Lexicon lex, String name) {
    StringBuilder out = new StringBuilder();
    for (Token t : Tokens.of(name).list()) {
      out.append(out.length() == 0 ? "" : " ").append(lex.variants().fold(t.norm()));
    }
    return out.toString();
  }

  /** An organisation's words run together without a trailing legal form: "Play AI" = "PlayAI". */
  String compact(String name) {
    return lex.memo().compact(name, this::compactUncached);
  }

  private String compactUncached(String name) {
    List<String> words = new ArrayList<>(Tokens.of(name).list().stream().map(Token::norm).toList());
    while (words.size() > 1 && Set.of("inc", "corp", "ltd", "llc", "co", "plc").contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return lex.variants().fold(String.join("", words)).toLowerCase(Locale.ROOT);
  }

  static String lastWord(String name) {
    String[] words = SPACES.split(name.strip());
    return words[words.length - 1];
  }
}
