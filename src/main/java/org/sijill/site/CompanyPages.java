package org.sijill.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.Review;

/** Company pages: the infobox, facts, people, talent flow, deals by role and mentions. */
final class CompanyPages {
  /** The order of deal groups on a company page; roles not listed come after, by name. */
  static final List<String> ROLE_ORDER =
      List.of(
          "acquirer", "target", "investor", "investee", "bidder", "seller", "partner", "client",
          "contractor", "other");

  private final SiteData data;
  private final Lang lang;
  private final EntityPages shared;
  private final JsonLd jsonLd;

  CompanyPages(SiteData data, Lang lang, EntityPages shared) {
    this.data = data;
    this.lang = lang;
    this.shared = shared;
    this.jsonLd = new JsonLd(data);
  }

  CompanyPage company(Company company) {
    On on = new On(data, lang, On.entityPath(lang, "companies", company.id()));
    String owner = "content/companies/" + company.id() + ".yaml";
    Parts.Name name = Texts.name(company.name(), company.id(), lang);
    // built in the order the page shows them, so sources are numbered in reading order
    Map<String, Parts.More> more = new LinkedHashMap<>();
    List<Parts.MoveItem> joined = moves(on, data.flows.joined(company.id()), company.id(), "joined", more);
    List<Parts.MoveItem> left = moves(on, data.flows.left(company.id()), company.id(), "left", more);
    List<CompanyPage.DealGroup> deals = dealGroups(on, company.id(), more);
    List<Parts.FactItem> facts = new ArrayList<>();
    for (int i = 0; i < company.facts().size(); i++) {
      CompanyFact fact = company.facts().get(i);
      facts.add(
          new Parts.FactItem(
              "fact-" + (i + 1),
              on.text(fact.text()),
              fact.date() == null ? null : on.when(fact.date(), null),
              on.ownCites(fact.sources(), owner),
              on.ownMore(fact.sources(), "companies", company.id(), "fact-" + (i + 1))));
    }
    List<SiteData.PersonRole> roles = data.rolesAt(company.id());
    List<Parts.PersonRole> people =
        On.first(roles, LongLists.SHOWN).stream().map(pr -> role(on, pr)).toList();
    more(on, company.id(), "people", roles.size(), "more.some", more);
    var byArticle = LongLists.byArticle(data, "companies/" + company.id());
    List<Parts.ArticleMentions> mentions =
        Mentioned.byArticle(on, On.first(byArticle, LongLists.SHOWN));
    more(on, company.id(), "mentions", byArticle.size(), "more.latest", more);
    int mentionCount = byArticle.stream().mapToInt(e -> e.getValue().size()).sum();
    CompanyPage.Net net = net(on, company.id());
    List<CompanyPage.Exchange> exchanges = new ArrayList<>();
    for (Flows.Exchange e : data.flows.exchanges(company.id())) {
      exchanges.add(new CompanyPage.Exchange(on.company(e.other()), e.in().size(), e.out().size()));
    }
    List<String> labs = data.labs(company.id()).stream().map(Company::id).toList();
    Messages msg = on.messages();
    List<String> parts = new ArrayList<>();
    if (company.kind() != null) {
      parts.add(msg.get("company.kind." + company.kind().yaml()));
    }
    parts.add(net.joined().plain());
    parts.add(net.left().plain());
    List<Parts.Note> notes = on.notes();
    Parts.Head head = on.head("companies", name.main().plain());
    head =
        head.with(
            head.meta()
                .with(
                    EntityPages.join(name, parts, msg),
                    "profile",
                    jsonLd.organization(company, lang, labs, on.cited())));
    return new CompanyPage(
        head,
        name,
        EntityPages.aliases(company.aliases(), name),
        company.kind() == null ? null : company.kind().yaml(),
        company.parent() == null ? null : on.company(company.parent()),
        labs.stream().map(on::company).toList(),
        shared.summary(company.summary()),
        company.review() == Review.DRAFT,
        net,
        facts,
        people,
        joined,
        left,
        exchanges,
        deals,
        mentions,
        on.formats().count("count.sentences", mentionCount),
        more,
        notes);
  }

  /** Someone's role at the company, with its first source (the person's page has them all). */
  static Parts.PersonRole role(On on, SiteData.PersonRole pr) {
    Parts.Link who = on.person(pr.person().id());
    List<org.sijill.facts.Source> sources = pr.role().sources();
    return new Parts.PersonRole(
        On.anchor(who, "role-" + pr.number()),
        on.text(pr.role().title()),
        on.cites(On.first(sources, LongLists.CITES), "content/people/" + pr.person().id() + ".yaml"),
        on.more(sources.size() - LongLists.CITES, who.href() == null ? null : who.href() + "#role-" + pr.number()));
  }

  /** The first moves of a list, each with its first source, and the link to the whole list. */
  private List<Parts.MoveItem> moves(
      On on, List<SiteData.PersonMove> all, String id, String list, Map<String, Parts.More> more) {
    List<SiteData.PersonMove> ordered = LongLists.completedFirst(all);
    more(on, id, list, ordered.size(), "more.latest", more);
    return On.first(ordered, LongLists.SHOWN).stream()
        .map(pm -> on.move(pm, LongLists.CITES))
        .toList();
  }

  /** Notes the link to the pages of a list too long for the company page, if it is. */
  private void more(On on, String id, String list, int size, String shown, Map<String, Parts.More> more) {
    if (LongLists.pages(size, LongLists.SHOWN) > 0) {
      more.put(
          list,
          new Parts.More(
              on.rel(LongLists.path(lang, "companies", id, list, 1)),
              on.formats().count("more.all", size),
              on.formats().count(shown, LongLists.SHOWN)));
    }
  }

  private CompanyPage.Net net(On on, String id) {
    int in = (int) data.flows.joined(id).stream().filter(LongLists::completed).count();
    int out = (int) data.flows.left(id).stream().filter(LongLists::completed).count();
    int value = in - out;
    String signed = value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    return new CompanyPage.Net(
        value,
        signed,
        on.formats().count("count.joined", in),
        on.formats().count("count.left", out),
        on.formats().count("count.people", in),
        on.formats().count("count.people", out));
  }

  /** The latest deals, grouped by the company's role, each with its first source. */
  private List<CompanyPage.DealGroup> dealGroups(On on, String id, Map<String, Parts.More> more) {
    Map<String, List<Parts.DealRow>> byRole = new LinkedHashMap<>();
    for (String role : ROLE_ORDER) {
      byRole.put(role, new ArrayList<>());
    }
    List<SiteData.DealParty> all = LongLists.deals(data, "companies/" + id);
    more(on, id, "deals", all.size(), "more.latest", more);
    for (SiteData.DealParty dp : On.first(all, LongLists.SHOWN)) {
      String role = LongLists.role(dp);
      byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(on.dealRow(dp.deal(), role, LongLists.CITES));
    }
    List<CompanyPage.DealGroup> groups = new ArrayList<>();
    byRole.forEach(
        (role, rows) -> {
          if (!rows.isEmpty()) {
            groups.add(new CompanyPage.DealGroup(role, rows));
          }
        });
    return groups;
  }
}
