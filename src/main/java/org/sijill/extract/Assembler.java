package org.sijill.extract;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sijill.articles.Article;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyKind;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.FactKeys;
import org.sijill.facts.Ledger;
import org.sijill.facts.Mentions;
import org.sijill.facts.Person;
import org.sijill.facts.Review;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

/**
 * Turns what was found in an article into fact records: gives new entities ids and draft names,
 * merges repeated roles, moves and deals, and writes the article's record and ledger.
 */
final class Assembler {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”«»']+|[\"“”«»']+$");
  private final Lexicon lex;
  private final FactBase base;
  private final Article article;
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Bilingual> names = new HashMap<>();

  Assembler(Lexicon lex, FactBase base, Article article) {
    this.lex = lex;
    this.base = base;
    this.article = article;
  }

  /**
   * The article's facts. {@code entities}: those named in the text ({@code mentioned}) and the
   * page's outlet ({@code outlet}, a key, or null) even when the text does not name it. A name
   * that only a platform or product word announced is kept when it takes part in a deal, move or
   * role.
   */
  Extraction assemble(
      List<EntityTable.Entity> entities,
      Set<String> mentioned,
      List<RoleFinder.Found> roles,
      List<MoveFinder.Found> moves,
      List<DealFinder.Found> deals,
      String published,
      String outlet,
      String url) {
    Set<String> related = related(roles, moves, deals);
    entities =
        entities.stream()
            .filter(e -> e.key().equals(outlet) || (mentioned.contains(e.key()) && (e.orgKind != CompanyKind.PRODUCT || related.contains(e.key()) || e.knownId != null && e.knownOrg == null)))
            .toList();
    Set<String> used = new TakenIds(base);
    for (EntityTable.Entity e : entities) {
      Bilingual name = name(e);
      names.put(e.key(), name);
      String id = e.knownId != null ? e.knownId : unique(lex.romaniser().slug(name.en() != null ? name.en() : name.ar()), used);
      used.add(id);
      ids.put(e.key(), id);
    }
    List<Person> people = new ArrayList<>();
    List<Company> companies = new ArrayList<>();
    moves = employers(moves, entities);
    Set<String> mentionedIds = new TreeSet<>();
    for (EntityTable.Entity e : entities) {
      String id = ids.get(e.key());
      if (mentioned.contains(e.key())) {
        mentionedIds.add(id);
      }
      if (e.kind == EntityKind.PERSON) {
        Person known = base.people().get(id);
        people.add(new Person(id, names.get(e.key()), aliases(e), null, roles(e, roles), Moves.merge(e.key(), moves, ids), known == null ? Review.DRAFT : known.review()));
      } else {
        Company known = base.companies().get(id);
        CompanyKind kind = known != null ? known.kind() : e.orgKind == null || e.orgKind == CompanyKind.PRODUCT ? CompanyKind.COMPANY : e.orgKind;
        String parent = known != null ? known.parent() : e.parent != null && ids.containsKey(e.parent) ? ids.get(e.parent) : null;
        companies.add(new Company(id, names.get(e.key()), aliases(e), kind, parent, null, List.of(), known == null ? Review.DRAFT : known.review()));
      }
    }
    Set<String> personKeys = new HashSet<>();
    entities.stream().filter(e -> e.kind == EntityKind.PERSON).forEach(e -> personKeys.add(e.key()));
    List<Deal> dealRecords = KnownDeals.resolve(new Deals(lex, ids, names, personKeys, used).merge(deals), base);
    people.sort(java.util.Comparator.comparing(Person::id));
    companies.sort(java.util.Comparator.comparing(Company::id));
    Mentions mentions =
        new Mentions(
            people.stream().map(Person::id).filter(mentionedIds::contains).sorted().toList(),
            companies.stream().map(Company::id).filter(mentionedIds::contains).sorted().toList(),
            dealRecords.stream().map(Deal::id).sorted().toList());
    ArticleRecord record =
        new ArticleRecord(
            article.id(), article.file(), Bilingual.of(null, article.title()), outlet == null ? null : ids.get(outlet), published, url, "ar", mentions,
            new Ledger(article.sha256(), Extractor.VERSION, proposed(people, companies, dealRecords)));
    return new Extraction(record, people, companies, dealRecords);
  }

  /** The keys of every entity that takes part in a role, move or deal. */
  private static Set<String> related(List<RoleFinder.Found> roles, List<MoveFinder.Found> moves, List<DealFinder.Found> deals) {
    Set<String> out = new HashSet<>();
    roles.forEach(r -> out.add(r.org()));
    moves.forEach(m -> {
      out.add(m.from());
      out.add(m.to());
    });
    deals.forEach(d -> {
      out.add(d.subject());
      out.add(d.object());
      out.addAll(d.partners());
      out.addAll(d.others());
      out.addAll(d.sellers());
    });
    return out;
  }

  /**
   * Moves are between employers: a lab or unit named as an end stands for the organisation it
   * belongs to, when that one is named in the article too, unless the move stays inside it.
   */
  private static List<MoveFinder.Found> employers(List<MoveFinder.Found> moves, List<EntityTable.Entity> entities) {
    Set<String> keys = new HashSet<>();
    entities.forEach(e -> keys.add(e.key()));
    Map<String, String> parent = new HashMap<>();
    for (EntityTable.Entity e : entities) {
      if (e.parent != null && keys.contains(e.parent)) {
        parent.put(e.key(), e.parent);
      }
    }
    List<MoveFinder.Found> out = new ArrayList<>();
    for (MoveFinder.Found f : moves) {
      out.add(new MoveFinder.Found(f.person(), up(f.from(), f.to(), parent), up(f.to(), f.from(), parent), f.date(), f.status(), f.source()));
    }
    return out;
  }

  private static String up(String end, String other, Map<String, String> parent) {
    String p = end == null ? null : parent.get(end);
    if (p == null || (other != null && (other.equals(p) || p.equals(parent.get(other))))) {
      return end;
    }
    return p;
  }

  private static String unique(String slug, Set<String> used) {
    String id = slug;
    for (int n = 2; used.contains(id); n++) {
      id = slug + "-" + n;
    }
    return id;
  }

  /** The entity's name: from the fact base or the organisation list, else drafted from the text. */
  private Bilingual name(EntityTable.Entity e) {
    if (e.knownId != null && base.people().containsKey(e.knownId)) {
      return DraftNames.completed(base.people().get(e.knownId), List.copyOf(e.names), ar -> draftPerson(ar, null));
    }
    if (e.knownId != null && base.companies().containsKey(e.knownId)) {
      return base.companies().get(e.knownId).name();
    }
    if (e.knownOrg != null) {
      return Bilingual.of(e.knownOrg.en(), e.knownOrg.ar());
    }
    String latin = null;
    String arabic = null;
    int minWords = e.kind == EntityKind.PERSON ? 2 : 1;
    for (String n : e.names) {
      boolean isArabic = n.codePoints().anyMatch(ArabicText::isArabicLetter);
      if (SPACES.split(n).length < minWords) {
        continue;
      }
      if (isArabic && (arabic == null || arabic.equals(RulingFamilies.withoutFamily(n)))) { // the whole chain
        arabic = n;
      } else if (!isArabic && (latin == null || (e.kind == EntityKind.COMPANY && n.length() < latin.length()))) {
        latin = n;
      }
    }
    if (latin == null && arabic != null) {
      latin = e.kind == EntityKind.PERSON ? draftPerson(arabic, e.latinSurname) : lex.romaniser().draftName(arabic);
    }
    return Bilingual.of(latin, arabic);
  }

  /** A draft English name: the Latin form of a known given name, the surname seen in Latin, or a romanisation. */
  private String draftPerson(String arabic, String latinSurname) {
    String[] words = SPACES.split(arabic);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      // a listed given name is one wherever it stands: the person's, a father's ("محمد بن سلمان",
      // "أحمد محمد الشريف"), a grandfather's that is the family name ("أحمد محمد حسن"), a foreign
      // middle name; a surname seen in Latin comes first
      boolean latinLast = i == words.length - 1 && latinSurname != null;
      String given = latinLast ? null : lex.givenNames().get(Lexicon.norm(words[i]));
      // "عبد" and its second half are one given name, listed joined ("عبد الله": Abdullah), and so
      // is a compound with "الله" whose spelling is known ("فرج الله": Faragallah)
      String joined = i + 1 >= words.length ? null
          : words[i].equals("عبد") ? lex.givenNames().get(Lexicon.norm("عبد" + words[i + 1]))
          : words[i + 1].equals("الله") ? lex.romaniser().known(words[i] + words[i + 1]) : null;
      if (joined != null) {
        out.add(joined);
        i++;
      } else if (given != null) {
        out.add(given);
      } else if (latinLast) {
        out.add(latinSurname);
      } else if (i > 0 && words[i].startsWith("ال") && words[i].length() > 3 && lex.romaniser().known(words[i]) == null) {
        // a family name with the article, as English writes it: "الحربي" Al-Harbi, not "Alhrbi"
        out.add("Al-" + lex.romaniser().draftName(words[i].substring(2)));
      } else {
        out.add(lex.romaniser().draftName(words[i]));
      }
    }
    return String.join(" ", out);
  }

  /**
   * The spellings of an entity; a person's only as the article writes them (a surname alone
   * linked to a listed public figure does not add the full name the article never wrote).
   */
  private List<String> aliases(EntityTable.Entity e) {
    TreeSet<String> out = new TreeSet<>();
    for (String s : e.spellings) {
      String clean = EDGE_QUOTES.matcher(s.strip()).replaceAll("").strip();
      boolean written = e.kind != EntityKind.PERSON || e.knownId != null || article.text().contains(clean);
      if (!clean.isEmpty() && written) {
        out.add(clean);
      }
    }
    return List.copyOf(out);
  }

  private List<Role> roles(EntityTable.Entity e, List<RoleFinder.Found> found) {
    Map<String, Role> out = new LinkedHashMap<>();
    for (RoleFinder.Found r : found) {
      if (!r.person().equals(e.key())) {
        continue;
      }
      String org = r.org() == null ? null : ids.get(r.org());
      String key = org + "|" + (r.gloss() != null ? r.gloss() : r.title());
      Role old = out.get(key);
      List<Source> sources = new ArrayList<>(old == null ? List.of() : old.sources());
      if (!sources.contains(r.source())) {
        sources.add(r.source());
      }
      out.put(key, new Role(Bilingual.of(r.gloss(), r.title()), org, sources));
    }
    return List.copyOf(out.values());
  }

  private static List<String> proposed(List<Person> people, List<Company> companies, List<Deal> deals) {
    TreeSet<String> keys = new TreeSet<>();
    for (Person p : people) {
      String key = FactKeys.person(p.id());
      keys.add(key);
      p.aliases().forEach(a -> keys.add(FactKeys.alias(key, a)));
      p.roles().forEach(r -> keys.add(FactKeys.role(p.id(), r)));
      p.moves().forEach(m -> keys.add(FactKeys.move(p.id(), m)));
    }
    for (Company c : companies) {
      String key = FactKeys.company(c.id());
      keys.add(key);
      c.aliases().forEach(a -> keys.add(FactKeys.alias(key, a)));
      c.facts().forEach(f -> keys.add(FactKeys.fact(c.id(), f)));
    }
    for (Deal d : deals) {
      keys.add(FactKeys.deal(d.id()));
      d.parties().forEach(p -> keys.add(FactKeys.party(d.id(), p)));
    }
    return List.copyOf(keys);
  }
}
