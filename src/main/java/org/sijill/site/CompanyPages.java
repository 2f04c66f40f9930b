package org.sijill.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sijill.extract.EntityKind;
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
    List<Parts.MoveItem> joined = completedFirst(data.flows.joined(company.id())).stream().map(on::move).toList();
    List<Parts.MoveItem> left = completedFirst(data.flows.left(company.id())).stream().map(on::move).toList();
    List<CompanyPage.DealGroup> deals = dealGroups(on, company.id());
    List<Parts.FactItem> facts = new ArrayList<>();
    for (int i = 0; i < company.facts().size(); i++) {
      CompanyFact fact = company.facts().get(i);
      facts.add(
          new Parts.FactItem(
              "fact-" + (i + 1),
              on.text(fact.text()),
              fact.date() == null ? null : on.when(fact.date(), null),
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
    List<Parts.ArticleMentions> mentions = Mentioned.byArticle(on, EntityKind.COMPANY, company.id());
    int mentionCount = mentions.stream().mapToInt(m -> m.sentences().size()).sum();
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
    Set<String> articles = new TreeSet<>();
    data.mentions.of("companies/" + company.id()).forEach(r -> articles.add(r.article()));
    Parts.Head head = on.head("companies", name.main().plain());
    head =
        head.with(
            head.meta()
                .with(
                    EntityPages.join(name, parts, msg),
                    "profile",
                    jsonLd.organization(company, lang, labs, articles)));
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
        on.notes());
  }

  private CompanyPage.Net net(On on, String id) {
    int in = (int) data.flows.joined(id).stream().filter(CompanyPages::completed).count();
    int out = (int) data.flows.left(id).stream().filter(CompanyPages::completed).count();
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

  /** Completed moves, then expected and declined ones, as the page shows them. */
  private static List<SiteData.PersonMove> completedFirst(List<SiteData.PersonMove> moves) {
    List<SiteData.PersonMove> ordered = new ArrayList<>(moves.stream().filter(CompanyPages::completed).toList());
    moves.stream().filter(pm -> !completed(pm)).forEach(ordered::add);
    return ordered;
  }

  private static boolean completed(SiteData.PersonMove pm) {
    return pm.move().status() == null
        || pm.move().status() == org.sijill.facts.MoveStatus.COMPLETED;
  }

  private List<CompanyPage.DealGroup> dealGroups(On on, String id) {
    Map<String, List<Parts.DealRow>> byRole = new LinkedHashMap<>();
    for (String role : ROLE_ORDER) {
      byRole.put(role, new ArrayList<>());
    }
    for (SiteData.DealParty dp : data.dealsOf("companies/" + id)) {
      String role = dp.party().role() == null ? "other" : dp.party().role();
      byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(on.dealRow(dp.deal(), role));
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
