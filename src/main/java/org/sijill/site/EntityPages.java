package org.sijill.site;

import java.util.ArrayList;
import java.util.List;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.Deal;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.Review;
import org.sijill.facts.Role;

/** Person, company and deal pages: every fact with its citations. */
final class EntityPages {
  private final SiteData data;
  private final Lang lang;
  private final Markdown markdown = new Markdown();

  EntityPages(SiteData data, Lang lang) {
    this.data = data;
    this.lang = lang;
  }

  PersonPage person(Person person) {
    On on = new On(data, lang, On.entityPath(lang, "people", person.id()));
    String owner = "content/people/" + person.id() + ".yaml";
    Parts.Name name = Texts.name(person.name(), person.id(), lang);
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
    List<Parts.MoveItem> moves = new ArrayList<>();
    for (int i = 0; i < person.moves().size(); i++) {
      moves.add(on.move(new SiteData.PersonMove(person, i + 1, person.moves().get(i))));
    }
    return new PersonPage(
        on.head("people", name.main().plain()),
        name,
        aliases(person.aliases(), name),
        summary(person.summary()),
        person.review() == Review.DRAFT,
        roles,
        moves,
        deals(on, "people/" + person.id()),
        on.mentionedIn("people/" + person.id()));
  }

  CompanyPage company(Company company) {
    On on = new On(data, lang, On.entityPath(lang, "companies", company.id()));
    String owner = "content/companies/" + company.id() + ".yaml";
    Parts.Name name = Texts.name(company.name(), company.id(), lang);
    List<Parts.FactItem> facts = new ArrayList<>();
    for (int i = 0; i < company.facts().size(); i++) {
      CompanyFact fact = company.facts().get(i);
      facts.add(
          new Parts.FactItem(
              "fact-" + (i + 1),
              on.text(fact.text()),
              fact.date() == null ? null : on.formats().date(fact.date()),
              on.cites(fact.sources(), owner)));
    }
    List<Parts.PersonRole> people = new ArrayList<>();
    for (SiteData.PersonRole pr : data.rolesAt(company.id())) {
      Parts.Link who = on.person(pr.person().id());
      people.add(
          new Parts.PersonRole(
              On.anchor(who, "role-" + pr.number()),
              on.text(pr.role().title()),
              on.cites(pr.role().sources(), "content/people/" + pr.person().id() + ".yaml")));
    }
    return new CompanyPage(
        on.head("companies", name.main().plain()),
        name,
        aliases(company.aliases(), name),
        company.kind() == null ? null : company.kind().yaml(),
        company.parent() == null ? null : on.company(company.parent()),
        data.labs(company.id()).stream().map(lab -> on.company(lab.id())).toList(),
        summary(company.summary()),
        company.review() == Review.DRAFT,
        facts,
        people,
        data.joined(company.id()).stream().map(on::move).toList(),
        data.left(company.id()).stream().map(on::move).toList(),
        deals(on, "companies/" + company.id()),
        on.mentionedIn("companies/" + company.id()));
  }

  DealPage deal(Deal deal) {
    On on = new On(data, lang, On.entityPath(lang, "deals", deal.id()));
    Txt title = Texts.label(deal.title(), deal.id(), lang);
    List<Parts.PartyRow> parties = new ArrayList<>();
    for (Party party : deal.parties()) {
      parties.add(
          new Parts.PartyRow(
              on.party(party), party.company() != null ? "company" : "person", party.role()));
    }
    return new DealPage(
        on.head("deals", title.plain()),
        title,
        deal.type() == null ? null : deal.type().yaml(),
        deal.status() == null ? null : deal.status().yaml(),
        parties,
        deal.amount() == null ? null : on.formats().money(deal.amount()),
        deal.stakePercent() == null ? null : on.formats().percent(deal.stakePercent()),
        on.when(deal.date(), deal.dateText()),
        deal.review() == Review.DRAFT,
        on.cites(deal.sources(), "content/deals/" + deal.id() + ".yaml"));
  }

  private static List<Parts.DealRow> deals(On on, String entityKey) {
    List<Parts.DealRow> rows = new ArrayList<>();
    for (SiteData.DealParty dp : on.data.dealsOf(entityKey)) {
      rows.add(on.dealRow(dp.deal(), dp.party().role()));
    }
    return rows;
  }

  /** The aliases other than the names shown, each in the script it is written in. */
  private List<Txt> aliases(List<String> aliases, Parts.Name name) {
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

  private Parts.Html summary(Bilingual summary) {
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
