package org.sijill.site;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sijill.extract.ArabicText;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.Person;
import org.sijill.facts.SiteConfig;

/** The root chooser and the index of each kind. */
final class IndexPages {
  static final List<String> KINDS = List.of("people", "companies", "deals", "articles");

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
            site == null ? null : Texts.of(site.licence(), Lang.AR),
            On.meta(Lang.AR, "ar/feed.xml")
                .with(
                    site == null || site.description() == null ? title : site.description().in("ar")
                        + " | " + site.description().in("en"),
                    "website",
                    null));
    return new RootPage(
        head,
        site == null ? null : Texts.of(site.title(), Lang.AR),
        site == null ? null : Texts.of(site.title(), Lang.EN),
        site == null ? null : Texts.of(site.description(), Lang.AR),
        site == null ? null : Texts.of(site.description(), Lang.EN));
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
          Parts.When when = on.when(d.date(), null);
          if (when != null) {
            parts.add(when.text().plain());
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
    Parts.Head head = on.head(kind, messages.get("nav." + kind));
    String count = on.formats().count("count." + kind, entries.size()).plain();
    head = head.with(head.meta().with(messages.get("nav." + kind) + " — " + count, "website", null));
    return new ListingPage(
        head,
        kind,
        Scripts.in(lang, on.formats().number(java.math.BigDecimal.valueOf(entries.size()))),
        groups(kind, entries));
  }

  /** People and companies under their initial letters; other kinds in one group. */
  private List<ListingPage.Group> groups(String kind, List<Parts.Entry> entries) {
    if (!kind.equals("people") && !kind.equals("companies")) {
      return List.of(new ListingPage.Group("all", null, entries));
    }
    List<ListingPage.Group> groups = new ArrayList<>();
    String letter = null;
    List<Parts.Entry> current = new ArrayList<>();
    for (Parts.Entry entry : entries) {
      String initial = initial(entry.link().label().plain());
      if (letter != null && !initial.equals(letter)) {
        groups.add(
            new ListingPage.Group("letter-" + (groups.size() + 1), Scripts.in(lang, letter), current));
        current = new ArrayList<>();
      }
      letter = initial;
      current.add(entry);
    }
    if (!current.isEmpty()) {
      groups.add(
          new ListingPage.Group("letter-" + (groups.size() + 1), Scripts.in(lang, letter), current));
    }
    return groups;
  }

  /** The letter a name is filed under: its first letter, alef forms as alef, Latin upper-cased. */
  static String initial(String name) {
    String normal = ArabicText.normalizeString(name).strip();
    if (normal.isEmpty()) {
      return "#";
    }
    int cp = normal.codePointAt(0);
    if (!Character.isLetter(cp)) {
      return "#";
    }
    return new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT);
  }

  private Txt detail(List<String> parts) {
    String separator = data.messages(lang).get("detail.sep");
    return parts.isEmpty() ? null : Scripts.in(lang, String.join(separator, parts));
  }
}
