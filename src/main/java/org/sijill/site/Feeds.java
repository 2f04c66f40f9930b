package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.CompanyFact;
import org.sijill.facts.Deal;
import org.sijill.facts.Move;
import org.sijill.facts.Person;
import org.sijill.facts.SiteConfig;
import org.sijill.facts.Source;

/**
 * An Atom feed per language ({@code <lang>/feed.xml}) of the moves and deals on file, newest
 * first. Nothing comes from the clock: an entry's {@code updated} is the latest of its own date
 * and the dates of the articles citing it, where an article's date is its publication date or,
 * without one, the latest date among the facts it reports; an entry with no date at all takes the
 * latest date of the whole corpus. Dates of less than a day count from their first day.
 */
final class Feeds {
  private record Entry(String id, String updated, String title, String link, String summary) {}

  private final SiteData data;
  private final String base;
  private final Map<String, String> articleDates = new java.util.HashMap<>();
  private String corpusDate = "1970-01-01";

  Feeds(SiteData data) {
    this.data = data;
    SiteConfig site = data.facts.site();
    String url = site == null || site.baseUrl() == null ? "" : site.baseUrl().strip();
    this.base = url.isEmpty() || url.endsWith("/") ? url : url + "/";
    datesOfArticles();
  }

  private void datesOfArticles() {
    for (ArticleRecord record : data.facts.articles().values()) {
      if (Formats.isDate(record.published())) {
        articleDates.put(record.id(), day(record.published()));
      }
    }
    Map<String, String> reported = new TreeMap<>();
    for (Person p : data.facts.people().values()) {
      for (Move m : p.moves()) {
        note(reported, m.date(), m.sources());
      }
    }
    for (Company c : data.facts.companies().values()) {
      for (CompanyFact f : c.facts()) {
        note(reported, f.date(), f.sources());
      }
    }
    for (Deal d : data.facts.deals().values()) {
      note(reported, d.date(), d.sources());
    }
    reported.forEach(articleDates::putIfAbsent);
    articleDates.values().stream().max(Comparator.naturalOrder()).ifPresent(d -> corpusDate = d);
  }

  private static void note(Map<String, String> reported, String date, List<Source> sources) {
    if (!Formats.isDate(date)) {
      return;
    }
    for (Source s : sources) {
      reported.merge(s.article(), day(date), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
  }

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as its first day, {@code YYYY-MM-DD}. */
  static String day(String date) {
    return switch (Formats.precision(date)) {
      case YEAR -> date + "-01-01";
      case MONTH -> date + "-01";
      case DAY -> date;
    };
  }

  private String updated(String date, List<Source> sources) {
    String latest = Formats.isDate(date) ? day(date) : null;
    for (Source s : sources) {
      String d = articleDates.get(s.article());
      if (d != null && (latest == null || d.compareTo(latest) > 0)) {
        latest = d;
      }
    }
    return (latest == null ? corpusDate : latest) + "T00:00:00Z";
  }

  /** The feed of {@code lang}. */
  String feed(Lang lang) {
    Messages msg = data.messages(lang);
    On on = new On(data, lang, lang.code() + "/feed.xml");
    List<Entry> entries = new ArrayList<>();
    for (Person p : data.facts.people().values()) {
      for (int i = 0; i < p.moves().size(); i++) {
        Move m = p.moves().get(i);
        Parts.MoveItem item = on.brief(new SiteData.PersonMove(p, i + 1, m));
        String title =
            item.person().label().plain() + ": "
                + (item.from() == null ? msg.get("unknown") : item.from().label().plain())
                + " " + msg.get("arrow") + " "
                + (item.to() == null ? msg.get("unknown") : item.to().label().plain())
                + (item.when() == null ? "" : msg.get("detail.sep") + item.when().text().plain());
        String link = base + On.entityPath(lang, "people", p.id()) + "#move-" + (i + 1);
        entries.add(new Entry(link, updated(m.date(), m.sources()), title, link, quotes(m.sources())));
      }
    }
    for (Deal d : data.facts.deals().values()) {
      Parts.DealRow row = on.dealRow(d, null, false);
      String title =
          row.deal().label().plain()
              + (row.when() == null ? "" : msg.get("detail.sep") + row.when().text().plain());
      String link = base + On.entityPath(lang, "deals", d.id());
      entries.add(new Entry(link, updated(d.date(), d.sources()), title, link, quotes(d.sources())));
    }
    entries.sort(
        Comparator.comparing(Entry::updated, Comparator.reverseOrder()).thenComparing(Entry::id));
    SiteConfig site = data.facts.site();
    String feedTitle = site == null ? msg.get("site.fallback") : site.title().in(lang.code());
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(lang.code())
        .append("\">\n");
    element(out, "  ", "title", feedTitle + " — " + msg.get("feed.title"));
    element(out, "  ", "id", base + lang.code() + "/feed.xml");
    out.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(Xml.escape(base + lang.code() + "/feed.xml"))
        .append("\"/>\n");
    out.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(Xml.escape(base + lang.code() + "/index.html"))
        .append("\"/>\n");
    element(out, "  ", "updated", entries.isEmpty() ? corpusDate + "T00:00:00Z" : entries.get(0).updated());
    out.append("  <author>\n");
    element(out, "    ", "name", feedTitle);
    out.append("  </author>\n");
    if (site != null && site.licence() != null) {
      element(out, "  ", "rights", site.licence().in(lang.code()));
    }
    for (Entry e : entries) {
      out.append("  <entry>\n");
      element(out, "    ", "id", e.id());
      element(out, "    ", "title", e.title());
      out.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(Xml.escape(e.link()))
          .append("\"/>\n");
      element(out, "    ", "updated", e.updated());
      out.append("    <summary xml:lang=\"ar\">").append(Xml.escape(e.summary())).append("</summary>\n");
      out.append("  </entry>\n");
    }
    out.append("</feed>\n");
    return out.toString();
  }

  private static String quotes(List<Source> sources) {
    List<String> quotes = new ArrayList<>();
    for (Source s : sources) {
      quotes.add("«" + s.quote() + "»");
    }
    return String.join(" ", quotes);
  }

  private static void element(StringBuilder out, String indent, String name, String text) {
    out.append(indent).append('<').append(name).append('>')
        .append(Xml.escape(text))
        .append("</").append(name).append(">\n");
  }
}
