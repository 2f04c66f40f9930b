package org.sijill.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijill.articles.Article;
import org.sijill.diag.Diagnostic;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.Bilingual;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.Party;
import org.sijill.facts.Person;
import org.sijill.facts.SiteConfig;
import org.sijill.facts.Source;

/**
 * Building one page: its language and path, and the links, names and citations as seen from it
 * (every href relative to the page).
 */
final class On {
  final SiteData data;
  final Lang lang;
  final String path;
  private final Map<String, Integer> notes = new LinkedHashMap<>();

  On(SiteData data, Lang lang, String path) {
    this.data = data;
    this.lang = lang;
    this.path = path;
  }

  /** The path of an entity's page: {@code ar/people/<id>.html}. */
  static String entityPath(Lang lang, String folder, String id) {
    return lang.code() + "/" + folder + "/" + id + ".html";
  }

  /** {@code target} (a path from the site root) relative to this page. */
  String rel(String target) {
    return relative(path, target);
  }

  static String relative(String from, String target) {
    if (from.isEmpty() || target.isEmpty() || from.endsWith("/") || target.endsWith("/")) {
      return bySegments(from, target);
    }
    // the folders both paths start with are skipped; "../" for each folder of from left
    int f = 0;
    int t = 0;
    for (int fe = from.indexOf('/'), te = target.indexOf('/');
        fe >= 0 && te >= 0 && fe - f == te - t && from.regionMatches(f, target, t, fe - f);
        fe = from.indexOf('/', f), te = target.indexOf('/', t)) {
      f = fe + 1;
      t = te + 1;
    }
    StringBuilder out = new StringBuilder(target.length() - t + 12);
    for (int slash = from.indexOf('/', f); slash >= 0; slash = from.indexOf('/', slash + 1)) {
      out.append("../");
    }
    return out.append(target, t, target.length()).toString();
  }

  /** {@link #relative} for any paths, a trailing slash or an empty path included. */
  static String bySegments(String from, String target) {
    String[] fromParts = from.split("/");
    String[] toParts = target.split("/");
    int common = 0;
    while (common < fromParts.length - 1
        && common < toParts.length - 1
        && fromParts[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < fromParts.length - 1; i++) {
      out.append("../");
    }
    for (int i = common; i < toParts.length; i++) {
      out.append(toParts[i]).append(i < toParts.length - 1 ? "/" : "");
    }
    return out.toString();
  }

  Messages messages() {
    return data.messages(lang);
  }

  Formats formats() {
    return data.formats(lang);
  }

  Txt text(Bilingual text) {
    return Texts.of(text, lang);
  }

  /** The head of this page, titled {@code title}, in nav section {@code section}. */
  Parts.Head head(String section, String title) {
    SiteConfig site = data.facts.site();
    String rest = path.substring(path.indexOf('/') + 1);
    String root = "../".repeat(path.split("/").length - 1);
    String home = "../".repeat(Math.max(0, path.split("/").length - 2));
    List<Parts.Alternate> alternates =
        List.of(
            new Parts.Alternate("ar", rel("ar/" + rest)),
            new Parts.Alternate("en", rel("en/" + rest)),
            new Parts.Alternate("x-default", rel("index.html")));
    Txt siteTitle = site == null ? null : text(site.title());
    String full =
        siteTitle == null || title.equals(siteTitle.plain())
            ? title
            : title + " — " + siteTitle.plain();
    return new Parts.Head(
        lang.code(),
        lang.dir(),
        path,
        root,
        home,
        full,
        alternates,
        rel(lang.other().code() + "/" + rest),
        lang.other().code(),
        canonical(site, path),
        section,
        siteTitle,
        site == null ? null : text(site.licence()),
        meta(lang, rel(lang.code() + "/feed.xml")));
  }

  /** The default meta of a page in {@code lang}: a website, indexed, no description yet. */
  static Parts.Meta meta(Lang lang, String feed) {
    return new Parts.Meta(
        null, "website", lang.ogLocale(), lang.other().ogLocale(), null, feed, true);
  }

  static String canonical(SiteConfig site, String path) {
    if (site == null || site.baseUrl() == null || site.baseUrl().isBlank()) {
      return null;
    }
    String base = site.baseUrl().endsWith("/") ? site.baseUrl() : site.baseUrl() + "/";
    return base + path;
  }

  Parts.Link person(String id) {
    return link("people", id);
  }

  Parts.Link company(String id) {
    return link("companies", id);
  }

  Parts.Link deal(String id) {
    return link("deals", id);
  }

  /** A link to an entity: it reads the entity's name alone ({@link Facts#named}). */
  private Parts.Link link(String folder, String id) {
    Facts.Named named = data.facts.named(folder, id);
    Txt label = Texts.label(named == null ? null : named.name(), id, lang);
    return new Parts.Link(named == null ? null : rel(entityPath(lang, folder, id)), label);
  }

  Parts.Link article(String id) {
    ArticleRecord record = data.facts.articles().get(id);
    Txt label = Texts.label(record == null ? null : record.title(), id, lang);
    return new Parts.Link(
        data.hasArticlePage(id) ? rel(entityPath(lang, "articles", id)) : null, label);
  }

  Parts.Link party(Party party) {
    return party.company() != null ? company(party.company()) : person(party.person());
  }

  /** A date as written out, or else the words as written in the article; null if neither. */
  Parts.When when(String date, String dateText) {
    if (date != null && !date.isBlank()) {
      return new Parts.When(formats().date(date), Formats.isDate(date) ? date : null);
    }
    return dateText == null || dateText.isBlank()
        ? null
        : new Parts.When(Scripts.in(Lang.AR, dateText), null);
  }

  /**
   * The number of article {@code id} in this page's list of sources, given in order of first
   * citation.
   */
  int note(String id) {
    return notes.computeIfAbsent(id, k -> notes.size() + 1);
  }

  /** This page's list of sources, in the order they were first cited. */
  List<Parts.Note> notes() {
    List<Parts.Note> list = new ArrayList<>();
    notes.forEach(
        (id, number) -> {
          ArticleRecord record = data.facts.articles().get(id);
          Parts.Link outlet = record == null || record.outlet() == null ? null : company(record.outlet());
          list.add(
              new Parts.Note(
                  number,
                  article(id),
                  outlet == null ? null : outlet.label(),
                  record == null ? null : when(record.published(), null)));
        });
    return list;
  }

  /** The citations of a fact of {@code owner} (a path such as {@code content/people/x.yaml}). */
  List<Parts.Cite> cites(List<Source> sources, String owner) {
    List<Parts.Cite> cites = new ArrayList<>();
    for (Source source : sources) {
      cites.add(cite(source, owner));
    }
    return cites;
  }

  private Parts.Cite cite(Source source, String owner) {
    ArticleRecord record = data.facts.articles().get(source.article());
    Article article = data.articles.get(source.article());
    Lang textLang = record == null ? Lang.AR : Lang.of(record.language());
    Txt quote = Scripts.in(textLang, source.quote() == null ? "" : source.quote());
    String href = null;
    if (record == null || article == null) {
      data.problem(
          Diagnostic.warning(
              owner, 1, 1, "cites article " + source.article() + ", which has no page"));
    } else if (source.sentence() < 1 || source.sentence() > article.sentences().size()) {
      data.problem(
          Diagnostic.warning(
              owner,
              1,
              1,
              "cites sentence "
                  + source.sentence()
                  + " of article "
                  + source.article()
                  + ", which has "
                  + article.sentences().size()
                  + " sentences"));
    } else {
      href = rel(entityPath(lang, "articles", source.article())) + "#s" + source.sentence();
    }
    return new Parts.Cite(href, source.sentence(), note(source.article()), quote);
  }

  /** {@code link} pointing at {@code id} on its page. */
  static Parts.Link anchor(Parts.Link link, String id) {
    return new Parts.Link(link.href() == null ? null : link.href() + "#" + id, link.label());
  }

  /** A move; on its person's page {@code id} anchors it, elsewhere {@code person} links to it. */
  Parts.MoveItem move(SiteData.PersonMove pm) {
    return move(pm, true);
  }

  /** A move without its sources, for summaries that link to the move. */
  Parts.MoveItem brief(SiteData.PersonMove pm) {
    return move(pm, false);
  }

  private Parts.MoveItem move(SiteData.PersonMove pm, boolean sources) {
    Person person = pm.person();
    String anchor = "move-" + pm.number();
    Parts.Link who = person(person.id());
    Parts.Link personLink = anchor(who, anchor);
    return new Parts.MoveItem(
        anchor,
        personLink,
        pm.move().from() == null ? null : company(pm.move().from()),
        pm.move().to() == null ? null : company(pm.move().to()),
        when(pm.move().date(), pm.move().dateText()),
        pm.move().status() == null ? null : pm.move().status().yaml(),
        sources
            ? cites(pm.move().sources(), "content/people/" + person.id() + ".yaml")
            : List.of());
  }

  /** A deal in a list, with the role {@code role} of the page's entity (or null). */
  Parts.DealRow dealRow(Deal deal, String role) {
    return dealRow(deal, role, true);
  }

  /** A deal in a list, with or without its sources. */
  Parts.DealRow dealRow(Deal deal, String role, boolean sources) {
    return new Parts.DealRow(
        deal(deal.id()),
        deal.type() == null ? null : deal.type().yaml(),
        deal.status() == null ? null : deal.status().yaml(),
        when(deal.date(), deal.dateText()),
        deal.amount() == null ? null : formats().money(deal.amount()),
        role,
        sources ? cites(deal.sources(), "content/deals/" + deal.id() + ".yaml") : List.of());
  }
}
