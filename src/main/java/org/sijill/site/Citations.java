package org.sijill.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Move;
import org.sijill.facts.Person;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

/**
 * For each sentence of each article, the facts that cite it, as links from an article page to the
 * fact's anchor on its entity's page ({@code ../people/<id>.html#move-2}).
 *
 * <p>Only the records each article's citations are made from are gathered for every article (see
 * {@link #madeFrom}); the links of an article are made from those records when a page first asks
 * for them, so a build that renders few article pages does not make the links of all of them. The
 * records are visited in fact base order (people, companies, deals, each by id), which gives each
 * sentence its links in the order a pass over the whole fact base gives them.
 */
final class Citations {
  private final SiteData data;
  private final Lang lang;
  private final Map<String, SortedSet<String>> madeFrom;
  private final Map<String, Map<Integer, List<Parts.FactRef>>> byArticle =
      new ConcurrentHashMap<>();
  private final String key;

  /** {@code madeFrom}: {@link #index} of the site's fact base, shared by the languages. */
  Citations(SiteData data, Lang lang, Map<String, SortedSet<String>> madeFrom) {
    this.data = data;
    this.lang = lang;
    this.madeFrom = madeFrom;
    this.key = "citing/" + lang.code() + "/";
  }

  /**
   * For each article, the records its citations are made from (the citing record, and the
   * companies a move's route names), as keys of {@link Fingerprints}: the citations of an article
   * are a function of these records alone.
   */
  static Map<String, SortedSet<String>> index(FactBase facts) {
    Map<String, SortedSet<String>> madeFrom = new HashMap<>();
    for (Person person : facts.people().values()) {
      String record = "people/" + person.id();
      for (Role role : person.roles()) {
        note(madeFrom, role.sources(), record);
      }
      for (Move move : person.moves()) {
        note(madeFrom, move.sources(), record);
        if (move.from() != null) {
          note(madeFrom, move.sources(), "companies/" + move.from());
        }
        if (move.to() != null) {
          note(madeFrom, move.sources(), "companies/" + move.to());
        }
      }
    }
    for (Company company : facts.companies().values()) {
      for (CompanyFact fact : company.facts()) {
        note(madeFrom, fact.sources(), "companies/" + company.id());
      }
    }
    for (Deal deal : facts.deals().values()) {
      note(madeFrom, deal.sources(), "deals/" + deal.id());
    }
    return madeFrom;
  }

  private static void note(
      Map<String, SortedSet<String>> madeFrom, List<Source> sources, String record) {
    for (Source source : sources) {
      madeFrom.computeIfAbsent(source.article(), a -> new TreeSet<>()).add(record);
    }
  }

  /** The records the citations of {@code article}'s sentences are made from, sorted. */
  SortedSet<String> madeFrom(String article) {
    return madeFrom.getOrDefault(article, Collections.emptySortedSet());
  }

  /** The facts citing sentence {@code sentence} of {@code article}, in fact base order. */
  List<Parts.FactRef> citing(String article, int sentence) {
    data.reads.note(key + article);
    return linksOf(article).getOrDefault(sentence, List.of());
  }

  /** The facts citing each sentence of {@code article}, by sentence. */
  SortedMap<Integer, List<Parts.FactRef>> of(String article) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(linksOf(article)));
  }

  /** The links of {@code article}'s sentences, made once per build and not noted as read. */
  private Map<Integer, List<Parts.FactRef>> linksOf(String article) {
    return byArticle.computeIfAbsent(article, a -> data.reads.unrecorded(() -> links(a)));
  }

  /** The links citing {@code article}'s sentences, made from the records that cite it. */
  private Map<Integer, List<Parts.FactRef>> links(String article) {
    FactBase facts = data.facts.base();
    SortedSet<String> records = madeFrom(article);
    Links links = new Links(article, new On(data, lang, On.entityPath(lang, "articles", "index")));
    for (String id : ids(records, "people/")) {
      Person person = facts.people().get(id);
      if (person != null) {
        links.person(person);
      }
    }
    for (String id : ids(records, "companies/")) {
      Company company = facts.companies().get(id);
      if (company != null) {
        links.company(company);
      }
    }
    for (String id : ids(records, "deals/")) {
      Deal deal = facts.deals().get(id);
      if (deal != null) {
        links.deal(deal);
      }
    }
    return links.bySentence;
  }

  /** The ids of the records of one folder ({@code people/}), sorted as the fact base is. */
  private static List<String> ids(SortedSet<String> records, String folder) {
    List<String> ids = new ArrayList<>();
    for (String record : records.subSet(folder, folder + Character.MAX_VALUE)) {
      ids.add(record.substring(folder.length()));
    }
    return ids;
  }

  /** The links of one article's sentences, as records citing it are visited. */
  private final class Links {
    final Map<Integer, List<Parts.FactRef>> bySentence = new HashMap<>();
    private final String article;
    private final On from;

    Links(String article, On from) {
      this.article = article;
      this.from = from;
    }

    void person(Person person) {
      Txt name = Texts.label(person.name(), person.id(), lang);
      String page = from.rel(On.entityPath(lang, "people", person.id()));
      for (int i = 0; i < person.roles().size(); i++) {
        Role role = person.roles().get(i);
        add(role.sources(), page + "#role-" + (i + 1), "role", name, Texts.of(role.title(), lang));
      }
      for (int i = 0; i < person.moves().size(); i++) {
        Move move = person.moves().get(i);
        add(move.sources(), page + "#move-" + (i + 1), "move", name, route(move));
      }
    }

    void company(Company company) {
      Txt name = Texts.label(company.name(), company.id(), lang);
      String page = from.rel(On.entityPath(lang, "companies", company.id()));
      List<CompanyFact> facts = company.facts();
      for (int i = 0; i < facts.size(); i++) {
        add(facts.get(i).sources(), page + "#fact-" + (i + 1), "fact", name, null);
      }
    }

    void deal(Deal deal) {
      Txt title = Texts.label(deal.title(), deal.id(), lang);
      String href = from.rel(On.entityPath(lang, "deals", deal.id())) + "#terms";
      add(deal.sources(), href, "deal", title, null);
    }

    /** "OpenAI to Meta": where a move went, in the page's language. */
    private Txt route(Move move) {
      Messages msg = from.messages();
      String start =
          move.from() == null ? msg.get("unknown") : from.company(move.from()).label().plain();
      String to = move.to() == null ? msg.get("unknown") : from.company(move.to()).label().plain();
      return Scripts.in(lang, msg.format("flow.route", Map.of("from", start, "to", to)));
    }

    private void add(List<Source> sources, String href, String kind, Txt entity, Txt detail) {
      Parts.FactRef ref = null;
      for (Source source : sources) {
        if (!source.article().equals(article)) {
          continue;
        }
        if (ref == null) {
          ref = new Parts.FactRef(href, kind, entity, detail);
        }
        List<Parts.FactRef> refs =
            bySentence.computeIfAbsent(source.sentence(), s -> new ArrayList<>());
        if (!refs.contains(ref)) {
          refs.add(ref);
        }
      }
    }
  }
}
