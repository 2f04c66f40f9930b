package org.sijill.site;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.Person;
import org.sijill.facts.SiteConfig;

/** The root chooser, each language's home and the index of each kind. */
final class IndexPages {
  static final List<String> KINDS = List.of("people", "companies", "deals", "articles");
  private static final int RECENT = 10;

  private final SiteData data;
  private final Lang lang;
  private final Collator collator;

  IndexPages(SiteData data, Lang lang) {
    this.data = data;
    this.lang = lang;
    this.collator = Collator.getInstance(ULocale.forLanguageTag(lang.code()));
  }

  static RootPage root(SiteData data) {
    SiteConfig site = data.facts.site();
    String title = site == null ? "Sijill" : site.title().in("ar") + " | " + site.title().in("en");
    Parts.Head head =
        new Parts.Head(
            Lang.AR.code(),
            Lang.AR.dir(),
            "index.html",
            "",
            "",
            title,
            List.of(
                new Parts.Alternate("ar", "ar/index.html"),
                new Parts.Alternate("en", "en/index.html"),
                new Parts.Alternate("x-default", "index.html")),
            "en/index.html",
            Lang.EN.code(),
            On.canonical(site, "index.html"),
            "root",
            site == null ? null : Texts.of(site.title(), Lang.AR),
            site == null ? null : Texts.of(site.licence(), Lang.AR));
    return new RootPage(
        head,
        site == null ? null : Texts.of(site.title(), Lang.AR),
        site == null ? null : Texts.of(site.title(), Lang.EN),
        site == null ? null : Texts.of(site.description(), Lang.AR),
        site == null ? null : Texts.of(site.description(), Lang.EN));
  }

  HomePage home(int articlePages) {
    On on = new On(data, lang, lang.code() + "/index.html");
    SiteConfig site = data.facts.site();
    String title = site == null ? "Sijill" : site.title().in(lang.code());
    List<Parts.Count> counts =
        List.of(
            new Parts.Count("people", data.facts.people().size(), "people/index.html"),
            new Parts.Count("companies", data.facts.companies().size(), "companies/index.html"),
            new Parts.Count("deals", data.facts.deals().size(), "deals/index.html"),
            new Parts.Count("articles", articlePages, "articles/index.html"));
    List<SiteData.PersonMove> moves = new ArrayList<>();
    for (Person person : data.facts.people().values()) {
      for (int i = 0; i < person.moves().size(); i++) {
        moves.add(new SiteData.PersonMove(person, i + 1, person.moves().get(i)));
      }
    }
    moves.sort(
        Comparator.comparing((SiteData.PersonMove pm) -> pm.move().date(), IndexPages::latestFirst)
            .thenComparing(pm -> pm.person().id())
            .thenComparingInt(SiteData.PersonMove::number));
    List<Deal> deals = new ArrayList<>(data.facts.deals().values());
    deals.sort(Comparator.comparing(Deal::date, IndexPages::latestFirst).thenComparing(Deal::id));
    return new HomePage(
        on.head("home", title),
        site == null ? null : on.text(site.description()),
        counts,
        moves.stream().limit(RECENT).map(on::move).toList(),
        deals.stream().limit(RECENT).map(d -> on.dealRow(d, null)).toList());
  }

  /** Later dates first; a missing date after every date. */
  private static int latestFirst(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return b.compareTo(a);
  }

  ListingPage listing(String kind) {
    On on = new On(data, lang, lang.code() + "/" + kind + "/index.html");
    Messages messages = on.messages();
    List<Parts.Entry> entries = new ArrayList<>();
    switch (kind) {
      case "people" -> {
        for (Person p : data.facts.people().values()) {
          Txt detail = p.roles().isEmpty() ? null : on.text(p.roles().get(0).title());
          entries.add(new Parts.Entry(on.person(p.id()), detail));
        }
      }
      case "companies" -> {
        for (Company c : data.facts.companies().values()) {
          Txt detail =
              c.kind() == null
                  ? null
                  : Scripts.in(lang, messages.get("company.kind." + c.kind().yaml()));
          entries.add(new Parts.Entry(on.company(c.id()), detail));
        }
      }
      case "deals" -> {
        for (Deal d : data.facts.deals().values()) {
          List<String> parts = new ArrayList<>();
          if (d.status() != null) {
            parts.add(messages.get("deal.status." + d.status().yaml()));
          }
          Txt when = on.when(d.date(), null);
          if (when != null) {
            parts.add(when.plain());
          }
          entries.add(new Parts.Entry(on.deal(d.id()), detail(parts)));
        }
      }
      case "articles" -> {
        for (ArticleRecord a : data.facts.articles().values()) {
          if (!data.hasArticlePage(a.id())) {
            continue;
          }
          List<String> parts = new ArrayList<>();
          if (a.outlet() != null) {
            parts.add(on.company(a.outlet()).label().plain());
          }
          if (a.published() != null) {
            parts.add(on.formats().date(a.published()).plain());
          }
          entries.add(new Parts.Entry(on.article(a.id()), detail(parts)));
        }
      }
      default -> throw new IllegalArgumentException("no index for " + kind);
    }
    entries.sort(
        Comparator.comparing((Parts.Entry e) -> e.link().label().plain(), collator::compare)
            .thenComparing(e -> e.link().href()));
    return new ListingPage(on.head(kind, messages.get("nav." + kind)), kind, entries);
  }

  private Txt detail(List<String> parts) {
    String separator = data.messages(lang).get("detail.sep");
    return parts.isEmpty() ? null : Scripts.in(lang, String.join(separator, parts));
  }
}
