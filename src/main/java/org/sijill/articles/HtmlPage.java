package org.sijill.articles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A saved news page read with jsoup: the headline ({@code og:title} without a trailing site name,
 * else the first {@code h1}, else {@code <title>} without the site name), the story's paragraphs
 * (see {@link StoryElement}) with navigation, related-article lists, share bars, tag lists,
 * captions, bylines, embedded posts, ads, mastheads and footers left out, and the page's metadata
 * (see {@link PageMetadata}). A page with no story fails with {@link UnreadableArticleException}.
 */
public final class HtmlPage {
  /**
   * What a page holds: headline, paragraphs, outlet, canonical URL, date ({@code YYYY-MM-DD}),
   * each may be null or empty; and where the story starts in the file ({@code line:column}).
   */
  public record Content(
      String headline, List<String> paragraphs, String outlet, String url, String published, int line, int column) {
    public Content {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** Elements that are never the story. */
  private static final String CHROME =
      "nav, header, footer, aside, script, style, noscript, template, form, button, select, iframe, object, embed, "
          + "video, audio, svg, figcaption, ins.adsbygoogle, [role=navigation], [role=banner], [role=contentinfo], "
          + "[role=complementary], [aria-hidden=true], blockquote.twitter-tweet, blockquote.twitter-video, "
          + "blockquote.instagram-media, blockquote.tiktok-embed, .fb-post, .fb-video, amp-ad, amp-embed, amp-sticky-ad, "
          + "amp-twitter, amp-instagram, amp-facebook, amp-youtube, amp-iframe, amp-social-share, amp-sidebar, amp-analytics";
  /** Class or id words ({@link StoryElement#names}) of page parts that are not the story. */
  private static final Pattern CHROME_NAMES =
      Pattern.compile("(^|[ -])(nav|navbar|menu|breadcrumbs?|related|relatedposts|more|more-news|read-more|recommended"
          + "|share|sharing|social|comments?|tags?|topics|keywords|newsletter|subscribe|advert|adv|ads?|gpt|banner|promo"
          + "|footer|header|masthead|sidebar|side|widget|most-read|popular|trending|caption|credit|byline|author|writer"
          + "|write-by|meta|date|dates|dateline|time|logo|print|follow)($|[ -])");
  private static final String BLOCKS = "p, h2, h3, h4, h5, li, blockquote";
  /** Stands for a {@code <br>} in an element's text, which jsoup's {@code text()} keeps. */
  private static final String LINE_BREAK = "\u2029";
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟…]['\"»”)]*$");

  private HtmlPage() {}

  /** Reads a page from its bytes; the charset is the page's own (a BOM or meta charset), else UTF-8. */
  public static Content read(byte[] bytes, String fileName) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.htmlParser().setTrackPosition(true));
    PageMetadata meta = PageMetadata.of(doc);
    doc.select(CHROME).remove();
    for (Element e : doc.body().select("[class], [id]")) {
      if (e.parent() != null && !e.is("body, main, article") && CHROME_NAMES.matcher(StoryElement.names(e)).find()
          && !StoryElement.holdsStory(e)) {
        e.remove();
      }
    }
    for (Element br : doc.body().select("br")) {
      br.after(new TextNode(LINE_BREAK));
    }
    Element named = StoryElement.named(doc);
    Element story = named != null && hasText(named) ? named : StoryElement.densest(doc);
    if (story == null && named == null) {
      story = doc.selectFirst("article");
    }
    List<String> paragraphs = story == null ? List.of() : paragraphs(story, clean(meta.headline()));
    if (paragraphs.isEmpty() && meta.articleBody() != null) {
      paragraphs = lines(meta.articleBody());
    }
    Element at = story != null ? story : named;
    int[] where = position(at != null ? at : doc.body());
    if (paragraphs.isEmpty()) {
      throw new UnreadableArticleException(where[0], where[1], noStory(at));
    }
    String headline = meta.headline() == null ? null : clean(meta.headline());
    return new Content(headline, paragraphs, meta.outlet(), meta.url(), meta.published(), where[0], where[1]);
  }

  /** Why a page has no story, for the editor who saved it. */
  static String noStory(Element story) {
    if (story == null) {
      return "no story in the page: it has no <article>, articleBody or paragraphs outside navigation, lists and"
          + " footers (save the article's own page, not a section or home page)";
    }
    return "the story element <" + story.tagName() + (story.id().isEmpty() ? "" : " id=\"" + story.id() + "\"")
        + "> has no text: the page may load its story with a script (save the page once the story shows, or"
        + " paste its text into a .txt)";
  }

  /**
   * The story's paragraphs: its innermost blocks, split at {@code <br>}, without link lists, lines
   * that are a link, image captions or the headline.
   */
  private static List<String> paragraphs(Element story, String headline) {
    List<String> out = new ArrayList<>();
    for (Element block : story.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1 || isLinkOnly(block) || isImageCaption(block)) {
        continue;
      }
      List<String> links = block.select("a").eachText().stream().map(HtmlPage::clean).toList();
      for (String line : block.text().split(LINE_BREAK)) {
        String t = clean(line);
        if (!t.isEmpty() && !t.equals(headline) && !links.contains(t)) {
          out.add(t);
        }
      }
    }
    if (out.isEmpty() && story.select(BLOCKS).isEmpty()) {
      story.select("h1").remove();
      lines(story.wholeText()).stream().filter(line -> !line.equals(headline)).forEach(out::add);
    }
    return out;
  }

  private static boolean hasText(Element e) {
    return !clean(e.text()).isEmpty();
  }

  /** A block whose every word is a link's: a "read also" list, a related headline. */
  private static boolean isLinkOnly(Element block) {
    String links = clean(block.select("a").text());
    return !links.isEmpty() && links.equals(clean(block.text()));
  }

  /** A short line without a full stop right after an image-only block: the image's caption. */
  private static boolean isImageCaption(Element block) {
    Element before = block.previousElementSibling();
    String t = clean(block.text());
    return before != null
        && before.select("img, amp-img, picture").size() > 0
        && !hasText(before)
        && !t.isEmpty()
        && t.split(" ").length <= 15
        && !SENTENCE_END.matcher(t).find();
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R|" + LINE_BREAK)) {
      if (!clean(line).isEmpty()) {
        out.add(clean(line));
      }
    }
    return out;
  }

  /** {@code e}'s start tag as {line, column}, 1:1 when the parser did not see it in the file. */
  private static int[] position(Element e) {
    Range r = e == null ? null : e.sourceRange();
    return r != null && r.isTracked() ? new int[] {r.start().lineNumber(), r.start().columnNumber()} : new int[] {1, 1};
  }

  private static String clean(String s) {
    return s == null ? "" : ChromeStripper.trim(s.replace(LINE_BREAK, " ").replaceAll("\\s+", " "));
  }
}
