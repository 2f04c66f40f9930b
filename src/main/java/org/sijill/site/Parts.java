package org.sijill.site;

import java.util.List;

/** The small records that pages are made of. Hrefs are relative to the page they appear on. */
public final class Parts {
  private Parts() {}

  /**
   * What every page has: its language and direction, its path in the site, the prefixes that lead
   * to the site root ({@code root}) and to its language's home ({@code home}), the text of {@code
   * <title>}, the hreflang alternates, the same page in the other language, the canonical URL (or
   * null without a base URL), the nav section it belongs to, the site's title and licence, and what
   * is said about the page to machines and link previews ({@link Meta}).
   */
  public record Head(
      String lang,
      String dir,
      String path,
      String root,
      String home,
      String title,
      List<Alternate> alternates,
      String switchHref,
      String switchLang,
      String canonical,
      String section,
      Txt siteTitle,
      Txt licence,
      Meta meta) {
    public Head {
      alternates = List.copyOf(alternates);
    }

    /** This head with {@code meta} instead of its own. */
    public Head with(Meta meta) {
      return new Head(
          lang, dir, path, root, home, title, alternates, switchHref, switchLang, canonical,
          section, siteTitle, licence, meta);
    }
  }

  /**
   * The page for machines: a one-line description (meta description and Open Graph), the Open
   * Graph type and locales, the schema.org JSON-LD (already safe inside a script element, or
   * null), the language's Atom feed, and whether robots should index the page.
   */
  public record Meta(
      String description,
      String ogType,
      String ogLocale,
      String ogLocaleAlternate,
      String jsonLd,
      String feed,
      boolean index) {
    /** This meta with another description and JSON-LD. */
    public Meta with(String description, String ogType, String jsonLd) {
      return new Meta(description, ogType, ogLocale, ogLocaleAlternate, jsonLd, feed, index);
    }
  }

  /** {@code <link rel="alternate" hreflang="...">}. */
  public record Alternate(String hreflang, String href) {}

  /** A link to a page of the site; {@code href} is null when the target has no page. */
  public record Link(String href, Txt label) {}

  /** An HTML fragment (rendered Markdown) written in {@code lang}. */
  public record Html(String lang, String dir, String html) {}

  /** A name in the page's language and, when it differs, in the other script. */
  public record Name(Txt main, Txt other) {}

  /**
   * A date as written out and as a machine-readable {@code <time datetime>} value ({@code YYYY},
   * {@code YYYY-MM} or {@code YYYY-MM-DD}; null when the text is the words as written).
   */
  public record When(Txt text, String iso) {}

  /**
   * A fact's source: the sentence it links to, the number of the article in the page's list of
   * sources ({@link Note}), and the quote.
   */
  public record Cite(String href, int sentence, int note, Txt quote) {}

  /** An article in a page's numbered list of sources. */
  public record Note(int number, Link article, Txt outlet, When published) {}

  /** A stretch of a quoted sentence; {@code mark} when it is the mention being listed. */
  public record Mark(List<Txt.Run> runs, boolean mark) {
    public Mark {
      runs = List.copyOf(runs);
    }
  }

  /** A sentence that mentions the page's entity, quoted in {@code lang}, with its source. */
  public record Quote(String href, int sentence, int note, String lang, String dir, List<Mark> marks) {
    public Quote {
      marks = List.copyOf(marks);
    }
  }

  /** A sentence of an article, as a link. */
  public record SentenceLink(int number, String href) {}

  /** The sentences of one article that mention the page's entity. */
  public record ArticleMentions(int note, Link article, List<SentenceLink> sentences) {
    public ArticleMentions {
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * On an article page, a fact that cites the sentence: its kind, its entity, and what it says
   * when that is short (a role's title, where a move went), or null.
   */
  public record FactRef(String href, String kind, Txt entity, Txt detail) {}

  /** A stretch of a sentence, linked when it is a mention of an entity. */
  public record Segment(String href, List<Txt.Run> runs) {
    public Segment {
      runs = List.copyOf(runs);
    }
  }

  /** One sentence of an article, anchored as {@code s<number>}, and the facts that cite it. */
  public record SentenceView(int number, List<Segment> segments, List<FactRef> facts) {
    public SentenceView {
      segments = List.copyOf(segments);
      facts = List.copyOf(facts);
    }
  }

  public record Paragraph(List<SentenceView> sentences) {
    public Paragraph {
      sentences = List.copyOf(sentences);
    }
  }

  /** A role on a person page, anchored as {@code id}. */
  public record RoleItem(String id, Txt title, Link org, List<Cite> sources) {
    public RoleItem {
      sources = List.copyOf(sources);
    }
  }

  /**
   * A move: on a person page anchored as {@code id}; elsewhere {@code person} links to that anchor.
   */
  public record MoveItem(
      String id, Link person, Link from, Link to, When when, String status, List<Cite> sources) {
    public MoveItem {
      sources = List.copyOf(sources);
    }
  }

  /** A company fact, anchored as {@code id}. */
  public record FactItem(String id, Txt text, When when, List<Cite> sources) {
    public FactItem {
      sources = List.copyOf(sources);
    }
  }

  /** A deal in a list; {@code role} is the role of the page's entity in it, or null. */
  public record DealRow(
      Link deal,
      String type,
      String status,
      When when,
      Txt amount,
      String role,
      List<Cite> sources) {
    public DealRow {
      sources = List.copyOf(sources);
    }
  }

  /** A party to a deal: a person or a company ({@code kind}) and its role. */
  public record PartyRow(Link entity, String kind, String role) {}

  /** A row of an index page. */
  public record Entry(Link link, Txt detail) {}

  /** Someone holding a role at a company. */
  public record PersonRole(Link person, Txt title, List<Cite> sources) {
    public PersonRole {
      sources = List.copyOf(sources);
    }
  }

  /** How many entities of a kind ({@code people}, ...) the site holds, and their index. */
  public record Count(String kind, int count, Txt label, String href) {}
}
