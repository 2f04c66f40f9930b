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
    int from = (number - 1) * LongLists.PER_PAGE;
    int to = from + LongLists.PER_PAGE;
    List<Parts.MoveItem> moves = List.of();
    List<Parts.PersonRole> people = List.of();
    List<Parts.DealRow> deals = List.of();
    List<Parts.ArticleMentions> articles = List.of();
    List<Parts.Quote> quotes = List.of();
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
          articles = Mentioned.byArticle(on, LongLists.slice(all, from, to));
          int groups = all.size();
          return page(on, owner, folder, entity, list, heading, "count.sentences", groups,
              size, number, moves, people, deals, articles, quotes);
        }
        default -> throw new IllegalArgumentException("no list " + list);
      }
    }
    String countKey = switch (list) {
      case "joined", "left", "people" -> "count.people";
      case "deals" -> "count.deals";
      default -> "count.sentences";
    };
    return page(on, owner, folder, entity, list, heading, countKey, size, size, number,
        moves, people, deals, articles, quotes);
  }

  /**
   * The page, {@code items} being what the list's pages are cut into ({@code count} of them are
   * counted in the heading under {@code countKey}).
   */
  private MorePage page(
      On on,
      Parts.Link owner,
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
      List<Parts.Quote> quotes) {
    Messages msg = on.messages();
    int total = LongLists.pages(items);
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
    String title = owner.label().plain() + " — " + msg.get(heading) + " (" + position + ")";
    Parts.Head head = on.head(folder, title);
    head = head.with(head.meta().with(title, "website", null));
    return new MorePage(
        head,
        owner,
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
        notes);
  }
}
