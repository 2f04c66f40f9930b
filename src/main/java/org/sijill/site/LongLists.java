package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.MoveStatus;

/**
 * The lists of an entity page that grow with the archive (who joined and who left a company, its
 * people, its deals, the sentences that mention it or a person). An entity page shows the first
 * {@value #SHOWN} of each, most recent first; a longer list is given whole on pages of its own,
 * {@value #PER_PAGE} items a page: {@code <lang>/companies/<id>/left.html}, {@code left-2.html},
 * .... A fact listed on a page that is not its own shows its first {@value #CITES} source; its own
 * page (the person's move or role, the deal) lists them all.
 */
final class LongLists {
  /** Items of a long list on the entity page. */
  static final int SHOWN = 10;
  /** Items on each page of a whole list. */
  static final int PER_PAGE = 50;
  /** Sources shown for a fact listed away from its own page. */
  static final int CITES = 1;

  /** The lists of a company page that may be long, in the order the page shows them. */
  static final List<String> COMPANY = List.of("joined", "left", "deals", "people", "mentions");
  /** The lists of a person page that may be long. */
  static final List<String> PERSON = List.of("mentions");

  private LongLists() {}

  /** The lists of an entity of {@code folder} ({@code people}, {@code companies}) that may be long. */
  static List<String> of(String folder) {
    return folder.equals("companies") ? COMPANY : folder.equals("people") ? PERSON : List.of();
  }

  /** How many pages of its own a list of {@code size} items gets: none when the entity page holds it. */
  static int pages(int size) {
    return size <= SHOWN ? 0 : (size + PER_PAGE - 1) / PER_PAGE;
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
