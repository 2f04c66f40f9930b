package org.sijill.site;

import java.util.List;

/** The small records that pages are made of. Hrefs are relative to the page they appear on. */
public final class Parts {
  private Parts() {}

  /**
   * What every page has: its language and direction, its path in the site, the prefixes that lead
   * to the site root ({@code root}) and to its language's home ({@code home}), the text of {@code
   * <title>}, the hreflang alternates, the same page in the other language, the canonical URL (or
   * null without a base URL), the nav section it belongs to, the site's title and licence.
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
      Txt licence) {
    public Head {
      alternates = List.copyOf(alternates);
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

  /** A fact's source: the sentence it links to, the quote, and the article's title. */
  public record Cite(String href, int sentence, Txt quote, Txt article) {}

  /** On an article page, a fact that cites the sentence: its kind and its entity. */
  public record FactRef(String href, String kind, Txt entity) {}

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
      String id, Link person, Link from, Link to, Txt when, String status, List<Cite> sources) {
    public MoveItem {
      sources = List.copyOf(sources);
    }
  }

  /** A company fact, anchored as {@code id}. */
  public record FactItem(String id, Txt text, Txt when, List<Cite> sources) {
    public FactItem {
      sources = List.copyOf(sources);
    }
  }

  /** A deal in a list; {@code role} is the role of the page's entity in it, or null. */
  public record DealRow(
      Link deal,
      String type,
      String status,
      Txt when,
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
  public record Count(String kind, int count, String href) {}
}
