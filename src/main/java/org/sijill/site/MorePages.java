package org.sijill.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijill.extract.EntityKind;
import org.sijill.facts.Company;
import org.sijill.facts.Person;

/** The pages of the lists too long for an entity's page ({@link LongLists}). */
final class MorePages {
  private final SiteData data;
  private final Lang lang;

  MorePages(SiteData data, Lang lang) {
    this.data = data;
    this.lang = lang;
  }

  /** The id of a page of a list, as the outline names it: {@code companies/<id>/<list>/<n>}. */
  static String id(String folder, String entity, String list, int page) {
    return folder + "/" + entity + "/" + list + "/" + page;
  }

  /** The page named {@code id} ({@link #id}). */
  MorePage page(String id) {
    String[] parts = id.split("/");
    String folder = parts[0];
    String entity = parts[1];
    String list = parts[2];
    int number = Integer.parseInt(parts[3]);
    On on = new On(data, lang, LongLists.path(lang, folder, entity, list, number));
    int perPage = LongLists.perPage(folder, list);
    int from = (number - 1) * perPage;
    int to = from + perPage;
    List<Parts.MoveItem> moves = List.of();
    List<Parts.PersonRole> people = List.of();
    List<Parts.DealRow> deals = List.of();
    List<Parts.ArticleMentions> articles = List.of();
    List<Parts.Quote> quotes = List.of();
    List<org.sijill.facts.Source> sources = LongLists.sources(data, folder, entity, list);
    if (sources != null) {
      return sources(on, folder, entity, list, number, sources, from, to);
    }
    int size;
    String heading;
    Parts.Link owner;
    if (folder.equals("people")) {
      Person person = data.facts.people().get(entity);
      owner = on.person(person.id());
      List<MentionIndex.SentenceRef> all = LongLists.sentences(data, "people/" + entity);
      size = all.size();
      heading = "person.mentions";
      quotes = Mentioned.quotes(on, EntityKind.PERSON, entity, LongLists.slice(all, from, to));
    } else {
      Company company = data.facts.companies().get(entity);
      owner = on.company(company.id());
      switch (list) {
        case "joined", "left" -> {
          List<SiteData.PersonMove> all =
              LongLists.completedFirst(
                  list.equals("joined") ? data.flows.joined(entity) : data.flows.left(entity));
          size = all.size();
          heading = "company." + list;
          moves =
              LongLists.slice(all, from, to).stream().map(pm -> on.move(pm, LongLists.CITES)).toList();
        }
        case "people" -> {
          List<SiteData.PersonRole> all = data.rolesAt(entity);
          size = all.size();
          heading = "company.people";
          people = LongLists.slice(all, from, to).stream().map(pr -> CompanyPages.role(on, pr)).toList();
        }
        case "deals" -> {
          List<SiteData.DealParty> all = LongLists.deals(data, "companies/" + entity);
          size = all.size();
          heading = "deals";
          deals =
              LongLists.slice(all, from, to).stream()
                  .map(dp -> on.dealRow(dp.deal(), LongLists.role(dp), LongLists.CITES))
                  .toList();
        }
        case "mentions" -> {
          List<Map.Entry<String, List<MentionIndex.SentenceRef>>> all =
              LongLists.byArticle(data, "companies/" + entity);
          size = all.stream().mapToInt(e -> e.getValue().size()).sum();
          heading = "company.mentions";
          articles = Mentioned.lines(on, LongLists.slice(all, from, to));
          int groups = all.size();
          return page(on, owner, null, folder, entity, list, heading, "count.sentences", groups,
              size, number, moves, people, deals, articles, quotes, List.of());
        }
        default -> throw new IllegalArgumentException("no list " + list);
      }
    }
    String countKey = switch (list) {
      case "joined", "left", "people" -> "count.people";
      case "deals" -> "count.deals";
      default -> "count.sentences";
    };
    return page(on, owner, null, folder, entity, list, heading, countKey, size, size, number,
        moves, people, deals, articles, quotes, List.of());
  }

  /** A page of the sources of one fact: a role, a move, a company fact, or a deal's. */
  private MorePage sources(
      On on,
      String folder,
      String entity,
      String list,
      int number,
      List<org.sijill.facts.Source> sources,
      int from,
      int to) {
    String owner = "content/" + folder + "/" + entity + ".yaml";
    Parts.Link link;
    Txt fact;
    int n = list.indexOf('-') < 0 ? 0 : Integer.parseInt(list.substring(list.indexOf('-') + 1)) - 1;
    switch (folder) {
      case "people" -> {
        Person person = data.facts.people().get(entity);
        link = On.anchor(on.person(entity), list);
        if (list.startsWith("role-")) {
          var role = person.roles().get(n);
          fact = join(on, on.text(role.title()), role.org() == null ? null : on.company(role.org()).label());
        } else {
          var move = person.moves().get(n);
          fact =
              join(
                  on,
                  move.from() == null ? Scripts.in(lang, on.messages().get("unknown")) : on.company(move.from()).label(),
                  move.to() == null ? Scripts.in(lang, on.messages().get("unknown")) : on.company(move.to()).label(),
                  "move.to");
        }
      }
      case "companies" -> {
        link = On.anchor(on.company(entity), list);
        fact = on.text(data.facts.companies().get(entity).facts().get(n).text());
      }
      default -> {
        link = On.anchor(on.deal(entity), "reported");
        fact = null;
      }
    }
    List<Parts.Cite> cites = on.cites(LongLists.slice(sources, from, to), owner);
    return page(on, link, fact, folder, entity, list, "notes", "more.sourcesCount",
        sources.size(), sources.size(), number, List.of(), List.of(), List.of(), List.of(),
        List.of(), cites);
  }

  /** Two texts as one, "a · b" (or "a to b" with {@code joiner}); the first alone when the second is null. */
  private Txt join(On on, Txt a, Txt b) {
    return join(on, a, b, null);
  }

  private Txt join(On on, Txt a, Txt b, String joiner) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    String sep = joiner == null ? on.messages().get("detail.sep") : " " + on.messages().get(joiner) + " ";
    return Scripts.in(lang, a.plain() + sep + b.plain());
  }

  /**
   * The page, {@code items} being what the list's pages are cut into ({@code count} of them are
   * counted in the heading under {@code countKey}).
   */
  private MorePage page(
      On on,
      Parts.Link owner,
      Txt fact,
      String folder,
      String entity,
      String list,
      String heading,
      String countKey,
      int items,
      int count,
      int number,
      List<Parts.MoveItem> moves,
      List<Parts.PersonRole> people,
      List<Parts.DealRow> deals,
      List<Parts.ArticleMentions> articles,
      List<Parts.Quote> quotes,
      List<Parts.Cite> cites) {
    Messages msg = on.messages();
    int total = LongLists.pages(items, LongLists.shown(folder, list), LongLists.perPage(folder, list));
    Formats formats = on.formats();
    String position =
        msg.format(
            "more.page",
            Map.of(
                "n", formats.number(BigDecimal.valueOf(number)),
                "total", formats.number(BigDecimal.valueOf(total))));
    List<Parts.Link> links = new ArrayList<>();
    for (int p = 1; p <= total; p++) {
      links.add(
          new Parts.Link(
              p == number ? null : on.rel(LongLists.path(lang, folder, entity, list, p)),
              Scripts.in(lang, formats.number(BigDecimal.valueOf(p)))));
    }
    List<Parts.Note> notes = on.notes();
    String title =
        owner.label().plain()
            + (fact == null ? "" : " — " + fact.plain())
            + " — "
            + msg.get(heading)
            + " ("
            + position
            + ")";
    Parts.Head head = on.head(folder, title);
    head = head.with(head.meta().with(title, "website", null));
    return new MorePage(
        head,
        owner,
        fact,
        list,
        heading,
        formats.count(countKey, count),
        Scripts.in(lang, position),
        links,
        moves,
        people,
        deals,
        articles,
        quotes,
        cites,
        notes);
  }
}
