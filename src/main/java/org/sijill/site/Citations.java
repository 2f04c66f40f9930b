package org.sijill.site;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.Deal;
import org.sijill.facts.Move;
import org.sijill.facts.Person;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

/**
 * For each sentence of each article, the facts that cite it, as links from an article page to the
 * fact's anchor on its entity's page ({@code ../people/<id>.html#move-2}).
 */
final class Citations {
  /** Sorted, so that the citations of one article are a range (for fingerprints). */
  private final TreeMap<String, List<Parts.FactRef>> bySentence = new TreeMap<>();
  /**
   * For each article, the records its citations are made from (the citing record, and the
   * companies a move's route names), as keys of {@link Fingerprints}: the citations of an article
   * are a function of these records alone.
   */
  private final java.util.Map<String, java.util.SortedSet<String>> madeFrom = new java.util.HashMap<>();
  private final Reads reads;
  private final String key;

  /** Built with the site's data, before any page, so that no page notes the reads it makes. */
  Citations(SiteData data, Lang lang) {
    this.reads = data.reads;
    this.key = "citing/" + lang.code() + "/";
    On from = new On(data, lang, On.entityPath(lang, "articles", "index"));
    for (Person person : data.facts.people().values()) {
      Txt name = Texts.label(person.name(), person.id(), lang);
      String page = from.rel(On.entityPath(lang, "people", person.id()));
      for (int i = 0; i < person.roles().size(); i++) {
        Role role = person.roles().get(i);
        add(role.sources(), page + "#role-" + (i + 1), "role", name, Texts.of(role.title(), lang));
        note(role.sources(), "people/" + person.id());
      }
      for (int i = 0; i < person.moves().size(); i++) {
        Move move = person.moves().get(i);
        add(move.sources(), page + "#move-" + (i + 1), "move", name, route(from, move));
        note(move.sources(), "people/" + person.id());
        if (move.from() != null) {
          note(move.sources(), "companies/" + move.from());
        }
        if (move.to() != null) {
          note(move.sources(), "companies/" + move.to());
        }
      }
    }
    for (Company company : data.facts.companies().values()) {
      Txt name = Texts.label(company.name(), company.id(), lang);
      String page = from.rel(On.entityPath(lang, "companies", company.id()));
      List<CompanyFact> facts = company.facts();
      for (int i = 0; i < facts.size(); i++) {
        add(facts.get(i).sources(), page + "#fact-" + (i + 1), "fact", name, null);
        note(facts.get(i).sources(), "companies/" + company.id());
      }
    }
    for (Deal deal : data.facts.deals().values()) {
      Txt title = Texts.label(deal.title(), deal.id(), lang);
      add(
          deal.sources(),
          from.rel(On.entityPath(lang, "deals", deal.id())) + "#terms",
          "deal",
          title,
          null);
      note(deal.sources(), "deals/" + deal.id());
    }
  }

  /** Notes that the citations of the articles {@code sources} name are made from {@code record}. */
  private void note(List<Source> sources, String record) {
    for (Source source : sources) {
      madeFrom.computeIfAbsent(source.article(), a -> new java.util.TreeSet<>()).add(record);
    }
  }

  /** The records the citations of {@code article}'s sentences are made from, sorted. */
  java.util.SortedSet<String> madeFrom(String article) {
    return madeFrom.getOrDefault(article, java.util.Collections.emptySortedSet());
  }

  /** "OpenAI to Meta": where a move went, in the page's language. */
  private static Txt route(On on, Move move) {
    Messages msg = on.messages();
    String from = move.from() == null ? msg.get("unknown") : on.company(move.from()).label().plain();
    String to = move.to() == null ? msg.get("unknown") : on.company(move.to()).label().plain();
    return Scripts.in(on.lang, msg.format("flow.route", java.util.Map.of("from", from, "to", to)));
  }

  private void add(List<Source> sources, String href, String kind, Txt entity, Txt detail) {
    for (Source source : sources) {
      List<Parts.FactRef> refs =
          bySentence.computeIfAbsent(
              key(source.article(), source.sentence()), k -> new ArrayList<>());
      Parts.FactRef ref = new Parts.FactRef(href, kind, entity, detail);
      if (!refs.contains(ref)) {
        refs.add(ref);
      }
    }
  }

  /** The facts citing sentence {@code sentence} of {@code article}, in fact base order. */
  List<Parts.FactRef> citing(String article, int sentence) {
    reads.note(key + article);
    return bySentence.getOrDefault(key(article, sentence), List.of());
  }

  /** The facts citing each sentence of {@code article}, by sentence, for fingerprints. */
  java.util.SortedMap<String, List<Parts.FactRef>> of(String article) {
    return bySentence.subMap(article + "#", article + "$");
  }

  private static String key(String article, int sentence) {
    return article + "#" + sentence;
  }
}
