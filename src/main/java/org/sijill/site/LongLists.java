package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.MoveStatus;
import org.sijill.facts.Person;
import org.sijill.facts.Source;

/**
 * The lists of an entity page that grow with the archive: who joined and who left a company, its
 * people, its deals, the sentences that mention it or a person, and the sources of each fact (a
 * role, a move, a company fact, a deal). A company page shows the first {@value #SHOWN} of each of
 * its lists, most recent first; a person page the latest {@value #FEW} sentences that mention the
 * person, and the page of a fact its first {@value #FEW} sources. A longer list is given whole on
 * pages of its own, {@value #PER_PAGE} items a page: {@code <lang>/companies/<id>/left.html}, {@code left-2.html}, ..., {@code
 * <lang>/people/<id>/role-1.html}, {@code <lang>/deals/<id>/sources.html}. A fact listed on a page
 * that is not its own shows its first {@value #CITES} source and links to its own page.
 */
final class LongLists {
  /** Items of a company's long list (who joined, who left, deals, people, mentions) on its page. */
  static final int SHOWN = 10;
  /** Sentences mentioning a person on the person's page, and sources of a fact on its own page. */
  static final int FEW = 25;
  /** Items on each page of a whole list. */
  static final int PER_PAGE = 50;
  /** Articles on each page of the articles that mention a company (a line each, without notes). */
  static final int ARTICLES_PER_PAGE = 100;
  /** Sources shown for a fact listed away from its own page. */
  static final int CITES = 1;

  /** The lists of a company page that may be long, in the order the page shows them. */
  static final List<String> COMPANY = List.of("joined", "left", "deals", "people", "mentions");
  /** The lists of a person page that may be long. */
  static final List<String> PERSON = List.of("mentions");

  private LongLists() {}

  /**
   * The lists of an entity of {@code folder} that may be long, with the number of items each has:
   * the lists above, and the sources of each fact ({@code role-1}, {@code move-2}, {@code fact-3},
   * {@code sources} for a deal).
   */
  static java.util.SortedMap<String, Integer> of(SiteData data, String folder, String id) {
    java.util.SortedMap<String, Integer> lists = new java.util.TreeMap<>();
    switch (folder) {
      case "people" -> {
        Person person = data.facts.people().get(id);
        PERSON.forEach(list -> lists.put(list, size(data, folder, id, list)));
        for (int i = 0; i < person.roles().size(); i++) {
          lists.put("role-" + (i + 1), person.roles().get(i).sources().size());
        }
        for (int i = 0; i < person.moves().size(); i++) {
          lists.put("move-" + (i + 1), person.moves().get(i).sources().size());
        }
      }
      case "companies" -> {
        Company company = data.facts.companies().get(id);
        COMPANY.forEach(list -> lists.put(list, size(data, folder, id, list)));
        for (int i = 0; i < company.facts().size(); i++) {
          lists.put("fact-" + (i + 1), company.facts().get(i).sources().size());
        }
      }
      case "deals" -> lists.put("sources", data.facts.deals().get(id).sources().size());
      default -> throw new IllegalArgumentException("no lists of " + folder);
    }
    return lists;
  }

  /** The sources of a fact of the entity ({@code role-1}, ...), or null when {@code list} is none. */
  static List<Source> sources(SiteData data, String folder, String id, String list) {
    int dash = list.lastIndexOf('-');
    String kind = dash < 0 ? list : list.substring(0, dash);
    int n = dash < 0 ? 0 : Integer.parseInt(list.substring(dash + 1)) - 1;
    return switch (folder + "/" + kind) {
      case "people/role" -> data.facts.people().get(id).roles().get(n).sources();
      case "people/move" -> data.facts.people().get(id).moves().get(n).sources();
      case "companies/fact" -> data.facts.companies().get(id).facts().get(n).sources();
      case "deals/sources" -> data.facts.deals().get(id).sources();
      default -> null;
    };
  }

  /** How many items of list {@code list} the page of an entity of {@code folder} shows. */
  static int shown(String folder, String list) {
    return folder.equals("companies") && COMPANY.contains(list) ? SHOWN : FEW;
  }

  /**
   * How many pages of its own a list of {@code size} items gets when its entity's page shows
   * {@code shown}: none when that page holds it all.
   */
  static int pages(int size, int shown) {
    return pages(size, shown, PER_PAGE);
  }

  /** {@link #pages(int, int)} for a list of {@code perPage} items a page. */
  static int pages(int size, int shown, int perPage) {
    return size <= shown ? 0 : (size + perPage - 1) / perPage;
  }

  /** Items on each page of list {@code list} of an entity of {@code folder}. */
  static int perPage(String folder, String list) {
    return folder.equals("companies") && list.equals("mentions") ? ARTICLES_PER_PAGE : PER_PAGE;
  }

  /** The path of page {@code page} (1-based) of a list: {@code ar/companies/x/left-2.html}. */
  static String path(Lang lang, String folder, String id, String list, int page) {
    return lang.code() + "/" + folder + "/" + id + "/" + list + (page == 1 ? "" : "-" + page) + ".html";
  }

  /** The number of items of list {@code list} of the entity. */
  static int size(SiteData data, String folder, String id, String list) {
    if (folder.equals("people")) {
      return data.mentions.of("people/" + id).size();
    }
    return switch (list) {
      case "joined" -> data.flows.joined(id).size();
      case "left" -> data.flows.left(id).size();
      case "deals" -> data.dealsOf("companies/" + id).size();
      case "people" -> data.rolesAt(id).size();
      case "mentions" -> byArticle(data, "companies/" + id).size();
      default -> throw new IllegalArgumentException("no list " + list);
    };
  }

  /** Completed moves, then expected and declined ones, each latest first, as the page shows them. */
  static List<SiteData.PersonMove> completedFirst(List<SiteData.PersonMove> moves) {
    List<SiteData.PersonMove> ordered = new ArrayList<>(moves.stream().filter(LongLists::completed).toList());
    moves.stream().filter(pm -> !completed(pm)).forEach(ordered::add);
    return ordered;
  }

  static boolean completed(SiteData.PersonMove pm) {
    return pm.move().status() == null || pm.move().status() == MoveStatus.COMPLETED;
  }

  /** The deals of an entity, latest first (undated last), then by id. */
  static List<SiteData.DealParty> deals(SiteData data, String entityKey) {
    List<SiteData.DealParty> deals = new ArrayList<>(data.dealsOf(entityKey));
    deals.sort(
        Comparator.comparing(
                (SiteData.DealParty dp) -> dp.deal().date(),
                Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(dp -> dp.deal().id())
            .thenComparing(dp -> String.valueOf(dp.party().role())));
    return deals;
  }

  /** The role of {@code dp}'s entity in its deal, {@code other} when none is given. */
  static String role(SiteData.DealParty dp) {
    return dp.party().role() == null ? "other" : dp.party().role();
  }

  /**
   * The sentences mentioning the entity, grouped by article, the latest article first (by its
   * published date; undated ones last, then by id).
   */
  static List<Map.Entry<String, List<MentionIndex.SentenceRef>>> byArticle(
      SiteData data, String entityKey) {
    Map<String, List<MentionIndex.SentenceRef>> grouped = new LinkedHashMap<>();
    for (MentionIndex.SentenceRef ref : data.mentions.of(entityKey)) {
      grouped.computeIfAbsent(ref.article(), k -> new ArrayList<>()).add(ref);
    }
    List<Map.Entry<String, List<MentionIndex.SentenceRef>>> list = new ArrayList<>(grouped.entrySet());
    list.sort(
        Comparator.comparing(
                (Map.Entry<String, List<MentionIndex.SentenceRef>> e) -> published(data, e.getKey()),
                Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(Map.Entry::getKey));
    return list;
  }

  /** The sentences mentioning the entity, the latest article first, in text order within one. */
  static List<MentionIndex.SentenceRef> sentences(SiteData data, String entityKey) {
    List<MentionIndex.SentenceRef> refs = new ArrayList<>();
    byArticle(data, entityKey).forEach(e -> refs.addAll(e.getValue()));
    return refs;
  }

  private static String published(SiteData data, String article) {
    ArticleRecord record = data.facts.articles().get(article);
    return record == null || !Formats.isDate(record.published()) ? null : record.published();
  }

  /** Items {@code from} (0-based) to {@code to} of {@code list}, bounded by its size. */
  static <T> List<T> slice(List<T> list, int from, int to) {
    return list.subList(Math.min(from, list.size()), Math.min(to, list.size()));
  }
}
