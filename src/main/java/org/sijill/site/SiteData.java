package org.sijill.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.MentionFinder;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Move;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Role;

/**
 * The fact base with the cross references pages need (labs of a company, deals of an entity,
 * careers, talent flows, the sentences mentioning each entity), the article texts, and the problems
 * found while building pages (pages may be built on several threads).
 */
final class SiteData {
  /** A person's move with its 1-based position among the person's moves. */
  record PersonMove(Person person, int number, Move move) {}

  /** A person's role with its 1-based position among the person's roles. */
  record PersonRole(Person person, int number, Role role) {}

  /** A deal and the party an entity is in it. */
  record DealParty(Deal deal, Party party) {}

  /** The fact base as pages read it, noting each read ({@link Reads}). */
  final Facts facts;
  /** The articles' texts by id, noting each read as {@code text/<id>}. */
  final Map<String, Article> articles;
  /** What the page being built on each thread reads. */
  final Reads reads = new Reads();
  final MentionFinder finder;
  final Orgs orgs;
  final Careers careers;
  final Flows flows;
  final MentionIndex mentions;
  private final Map<Lang, Messages> messages;
  private final Map<Lang, Formats> formats = new EnumMap<>(Lang.class);
  private final Map<String, List<Company>> labs = new TreeMap<>();
  private final Map<String, List<DealParty>> dealsOf = new TreeMap<>();
  private final Map<String, List<PersonRole>> rolesAt = new TreeMap<>();
  private final Set<Diagnostic> problems = new ConcurrentSkipListSet<>();
  private final Map<Lang, Citations> citations = new EnumMap<>(Lang.class);
  /**
   * The search keys of each entity ({@link SearchPages#keys}), by its folder and id: the same in
   * both languages, so made once.
   */
  private final Map<String, String> searchKeys = new java.util.concurrent.ConcurrentHashMap<>();

  SiteData(
      FactBase facts,
      Map<String, Article> articles,
      MentionFinder finder,
      Map<Lang, Messages> messages) {
    this.facts = new Facts(facts, reads);
    this.articles = new RecordedMap<>(new TreeMap<>(articles), "text", reads);
    this.finder = finder;
    this.orgs = new Orgs(facts);
    this.careers = new Careers(facts, orgs, reads);
    this.flows = new Flows(facts, orgs, reads);
    this.mentions = new MentionIndex(facts, articles, finder, reads);
    this.messages = new EnumMap<>(messages);
    messages.forEach((lang, m) -> formats.put(lang, new Formats(m)));
    index(facts);
    Map<String, java.util.SortedSet<String>> cited = Citations.index(facts);
    for (Lang lang : Lang.values()) {
      citations.put(lang, new Citations(this, lang, cited));
    }
  }

  private void index(FactBase facts) {
    for (Company company : facts.companies().values()) {
      if (company.parent() != null) {
        add(labs, company.parent(), company);
      }
    }
    for (Deal deal : facts.deals().values()) {
      for (Party party : deal.parties()) {
        add(dealsOf, key(party), new DealParty(deal, party));
      }
    }
    for (Person person : facts.people().values()) {
      for (int i = 0; i < person.roles().size(); i++) {
        Role role = person.roles().get(i);
        if (role.org() != null) {
          add(rolesAt, role.org(), new PersonRole(person, i + 1, role));
        }
      }
    }
  }

  private static String key(Party party) {
    return party.company() != null ? "companies/" + party.company() : "people/" + party.person();
  }

  private static <V> void add(Map<String, List<V>> map, String key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  Messages messages(Lang lang) {
    return messages.get(lang);
  }

  Formats formats(Lang lang) {
    return formats.get(lang);
  }

  List<Company> labs(String companyId) {
    reads.note("labs/" + companyId);
    return labs.getOrDefault(companyId, List.of());
  }

  /** Deals a person ({@code people/<id>}) or company ({@code companies/<id>}) is party to. */
  List<DealParty> dealsOf(String entityKey) {
    reads.note("deals-of/" + entityKey);
    return dealsOf.getOrDefault(entityKey, List.of());
  }

  List<PersonRole> rolesAt(String companyId) {
    reads.note("roles-at/" + companyId);
    return rolesAt.getOrDefault(companyId, List.of());
  }

  /** Whether the article has a page: a record and a text. */
  boolean hasArticlePage(String articleId) {
    return facts.articles().containsKey(articleId) && articles.containsKey(articleId);
  }

  /** The facts citing each sentence, as article pages in {@code lang} link them. */
  Citations citations(Lang lang) {
    return citations.get(lang);
  }

  /** A problem of the site; one found while a page is built is also noted as that page's. */
  /**
   * The search keys of the entity {@code <folder>/<id>}, made by {@code keys} from the record the
   * page has just read (so the read is noted) the first time they are asked for.
   */
  String searchKeys(String entity, java.util.function.Supplier<String> keys) {
    return searchKeys.computeIfAbsent(entity, e -> keys.get());
  }

  void problem(Diagnostic diagnostic) {
    problems.add(diagnostic);
    reads.problem(diagnostic);
  }

  Collection<Diagnostic> problems() {
    return List.copyOf(problems);
  }
}
