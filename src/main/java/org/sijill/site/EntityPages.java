package org.sijill.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sijill.extract.EntityKind;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Deal;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Review;
import org.sijill.facts.Role;
import org.sijill.facts.Source;

/** Person and deal pages: every fact with its citations, and what the pages share. */
final class EntityPages {
  private final SiteData data;
  private final Lang lang;
  private final Markdown markdown = new Markdown();
  private final JsonLd jsonLd;

  EntityPages(SiteData data, Lang lang) {
    this.data = data;
    this.lang = lang;
    this.jsonLd = new JsonLd(data);
  }

  PersonPage person(Person person) {
    On on = new On(data, lang, On.entityPath(lang, "people", person.id()));
    String owner = "content/people/" + person.id() + ".yaml";
    Parts.Name name = Texts.name(person.name(), person.id(), lang);
    String current = data.careers.current(person);
    List<String> previous = data.careers.previous(person);
    List<Parts.RoleItem> roles = new ArrayList<>();
    for (int i = 0; i < person.roles().size(); i++) {
      Role role = person.roles().get(i);
      roles.add(
          new Parts.RoleItem(
              "role-" + (i + 1),
              on.text(role.title()),
              role.org() == null ? null : on.company(role.org()),
              on.cites(role.sources(), owner)));
    }
    List<Parts.MoveItem> moves =
        Careers.timeline(person).stream().map(on::move).toList();
    List<Parts.DealRow> deals = deals(on, "people/" + person.id());
    List<Parts.MoveItem> movedWith = data.careers.movedWith(person).stream().map(on::brief).toList();
    List<Parts.Quote> mentions = Mentioned.quotes(on, EntityKind.PERSON, person.id());
    String description = describePerson(on, name, person, current);
    Parts.Head head = on.head("people", name.main().plain());
    head =
        head.with(
            head.meta()
                .with(
                    description,
                    "profile",
                    jsonLd.person(person, lang, current, previous, sourcesOf(person))));
    return new PersonPage(
        head,
        name,
        aliases(person.aliases(), name),
        summary(person.summary()),
        person.review() == Review.DRAFT,
        current == null ? null : on.company(current),
        previous.stream().map(on::company).toList(),
        roles,
        moves,
        deals,
        movedWith,
        mentions,
        on.formats().count("count.sentences", mentions.size()),
        on.notes());
  }

  /** The articles a person's facts cite, sorted. */
  private static Set<String> sourcesOf(Person person) {
    Set<String> ids = new TreeSet<>();
    person.roles().forEach(r -> r.sources().forEach(s -> ids.add(s.article())));
    person.moves().forEach(m -> m.sources().forEach(s -> ids.add(s.article())));
    return ids;
  }

  private String describePerson(On on, Parts.Name name, Person person, String current) {
    Messages msg = on.messages();
    List<String> parts = new ArrayList<>();
    for (Role role : person.roles()) {
      Txt title = on.text(role.title());
      if (title != null) {
        parts.add(
            title.plain()
                + (role.org() == null ? "" : msg.get("list.sep") + on.company(role.org()).label().plain()));
      }
      if (parts.size() == 2) {
        break;
      }
    }
    if (current != null) {
      parts.add(msg.get("person.current") + ": " + on.company(current).label().plain());
    }
    return join(name, parts, msg);
  }

  /**
   * "Name — part · part" for a page's description; an Arabic page also gives the Latin name, so
   * that the description finds readers who search for either.
   */
  static String join(Parts.Name name, List<String> parts, Messages msg) {
    boolean withOther = name.other() != null && msg.lang() == Lang.AR;
    String head = name.main().plain() + (withOther ? " (" + name.other().plain() + ")" : "");
    return parts.isEmpty() ? head : head + " — " + String.join(msg.get("detail.sep"), parts);
  }

  DealPage deal(Deal deal) {
    On on = new On(data, lang, On.entityPath(lang, "deals", deal.id()));
    Txt title = Texts.label(deal.title(), deal.id(), lang);
    Txt otherTitle = otherSide(deal.title());
    List<Parts.PartyRow> parties = new ArrayList<>();
    for (Party party : deal.parties()) {
      parties.add(
          new Parts.PartyRow(
              on.party(party), party.company() != null ? "company" : "person", party.role()));
    }
    List<Parts.Cite> sources = on.cites(deal.sources(), "content/deals/" + deal.id() + ".yaml");
    List<Parts.MoveItem> brought =
        data.flows.brought(deal).stream().map(on::brief).toList();
    Messages msg = on.messages();
    List<String> parts = new ArrayList<>();
    if (deal.type() != null) {
      parts.add(msg.get("deal.type." + deal.type().yaml()));
    }
    if (deal.status() != null) {
      parts.add(msg.get("deal.status." + deal.status().yaml()));
    }
    Txt amount = deal.amount() == null ? null : on.formats().money(deal.amount());
    if (amount != null) {
      parts.add(amount.plain());
    }
    Parts.When when = on.when(deal.date(), null);
    if (when != null) {
      parts.add(when.text().plain());
    }
    String description = title.plain() + " — " + String.join(msg.get("detail.sep"), parts);
    Set<String> articles = new LinkedHashSet<>();
    deal.sources().stream().map(Source::article).forEach(articles::add);
    Parts.Head head = on.head("deals", title.plain());
    head = head.with(head.meta().with(description, "article", jsonLd.deal(deal, lang, description, articles)));
    Formats.Precision precision = Formats.precision(deal.date());
    return new DealPage(
        head,
        title,
        otherTitle,
        deal.type() == null ? null : deal.type().yaml(),
        deal.status() == null ? null : deal.status().yaml(),
        parties,
        amount,
        deal.amount() == null ? null : deal.amount().value().toPlainString(),
        deal.amount() == null ? null : deal.amount().currency(),
        deal.stakePercent() == null ? null : on.formats().percent(deal.stakePercent()),
        when,
        precision == null ? null : precision.key(),
        deal.dateText() == null || deal.dateText().isBlank()
            ? null
            : Scripts.in(Lang.AR, deal.dateText()),
        deal.review() == Review.DRAFT,
        brought,
        sources,
        on.notes());
  }

  /** The text in the other language, when it exists and differs. */
  Txt otherSide(Bilingual text) {
    if (text == null) {
      return null;
    }
    String wanted = lang == Lang.AR ? text.ar() : text.en();
    String other = lang == Lang.AR ? text.en() : text.ar();
    return other == null || other.isBlank() || other.equals(wanted)
        ? null
        : Scripts.in(lang.other(), other);
  }

  static List<Parts.DealRow> deals(On on, String entityKey) {
    List<Parts.DealRow> rows = new ArrayList<>();
    for (SiteData.DealParty dp : on.data.dealsOf(entityKey)) {
      rows.add(on.dealRow(dp.deal(), dp.party().role()));
    }
    return rows;
  }

  /** The aliases other than the names shown, each in the script it is written in. */
  static List<Txt> aliases(List<String> aliases, Parts.Name name) {
    List<Txt> out = new ArrayList<>();
    for (String alias : aliases) {
      boolean shown =
          alias.equals(name.main().plain())
              || (name.other() != null && alias.equals(name.other().plain()));
      if (!shown) {
        out.add(
            Scripts.in(Scripts.hasLatin(alias) && !hasArabic(alias) ? Lang.EN : Lang.AR, alias));
      }
    }
    return out;
  }

  private static boolean hasArabic(String text) {
    return text.codePoints().anyMatch(Scripts::isArabic);
  }

  Parts.Html summary(Bilingual summary) {
    if (summary == null) {
      return null;
    }
    String wanted = lang == Lang.AR ? summary.ar() : summary.en();
    String text = wanted != null ? wanted : summary.in(lang.code());
    Lang textLang = wanted != null ? lang : lang.other();
    return text == null || text.isBlank()
        ? null
        : new Parts.Html(textLang.code(), textLang.dir(), markdown.render(text, textLang));
  }
}
