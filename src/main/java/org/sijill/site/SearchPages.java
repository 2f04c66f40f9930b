package org.sijill.site;

import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sijill.extract.ArabicText;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.Person;

/** The search page of each language, with its index built at site-generation time. */
final class SearchPages {
  private final SiteData data;
  private final Lang lang;

  SearchPages(SiteData data, Lang lang) {
    this.data = data;
    this.lang = lang;
  }

  SearchPage page() {
    On on = new On(data, lang, lang.code() + "/search.html");
    Collator collator = Collator.getInstance(lang.locale());
    List<SearchPage.Section> sections = new ArrayList<>();
    List<SearchPage.Item> people = new ArrayList<>();
    for (Person p : data.facts.people().values()) {
      Parts.Name name = Texts.name(p.name(), p.id(), lang);
      Txt detail = p.roles().isEmpty() ? null : on.text(p.roles().get(0).title());
      people.add(item(on.person(p.id()), name, EntityPages.aliases(p.aliases(), name), detail,
          data.searchKeys("people/" + p.id(), () -> keys(p.name(), p.aliases()))));
    }
    List<SearchPage.Item> companies = new ArrayList<>();
    for (Company c : data.facts.companies().values()) {
      Parts.Name name = Texts.name(c.name(), c.id(), lang);
      Txt detail =
          c.kind() == null
              ? null
              : Scripts.in(lang, on.messages().get("company.kind." + c.kind().yaml()));
      companies.add(item(on.company(c.id()), name, EntityPages.aliases(c.aliases(), name), detail,
          data.searchKeys("companies/" + c.id(), () -> keys(c.name(), c.aliases()))));
    }
    List<SearchPage.Item> deals = new ArrayList<>();
    for (Deal d : data.facts.deals().values()) {
      Parts.Name name = Texts.name(d.title(), d.id(), lang);
      Txt detail =
          d.type() == null
              ? null
              : Scripts.in(lang, on.messages().get("deal.type." + d.type().yaml()));
      List<String> words = new ArrayList<>();
      for (var party : d.parties()) {
        if (party.company() != null && data.facts.companies().containsKey(party.company())) {
          Company c = data.facts.companies().get(party.company());
          words.add(c.name().en() == null ? "" : c.name().en());
          words.add(c.name().ar() == null ? "" : c.name().ar());
        }
      }
      deals.add(item(on.deal(d.id()), name, List.of(), detail,
          data.searchKeys("deals/" + d.id(), () -> keys(d.title(), words))));
    }
    Comparator<SearchPage.Item> order =
        Comparator.comparing((SearchPage.Item i) -> i.link().label().plain(), collator::compare);
    people.sort(order);
    companies.sort(order);
    deals.sort(order);
    sections.add(new SearchPage.Section("people", people));
    sections.add(new SearchPage.Section("companies", companies));
    sections.add(new SearchPage.Section("deals", deals));
    int total = people.size() + companies.size() + deals.size();
    Parts.Head head = on.head("search", on.messages().get("nav.search"));
    head = head.with(head.meta().with(on.messages().get("search.description"), "website", null));
    return new SearchPage(
        head,
        on.formats().count("count.entries", total),
        on.messages().pluralForms("search.found"),
        sections);
  }

  private static SearchPage.Item item(
      Parts.Link link, Parts.Name name, List<Txt> aliases, Txt detail, String keys) {
    return new SearchPage.Item(link, name.other(), aliases, detail, keys);
  }

  /**
   * The search keys of an entity: its names and aliases, each normalised as extraction normalises
   * Arabic ({@link ArabicText#normalizeString}), distinct, joined by {@code |}.
   */
  static String keys(Bilingual name, List<String> more) {
    Set<String> keys = new LinkedHashSet<>();
    if (name != null) {
      add(keys, name.en());
      add(keys, name.ar());
    }
    more.forEach(m -> add(keys, m));
    return String.join("|", keys);
  }

  private static void add(Set<String> keys, String text) {
    if (text != null && !text.isBlank()) {
      keys.add(ArabicText.normalizeString(text).replaceAll("\\s+", " ").strip());
    }
  }
}
