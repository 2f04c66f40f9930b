package org.sijill.articles;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a saved page's story element once its chrome is gone: an element named as the story's
 * body ({@code itemprop=articleBody}, {@code articleBody}, {@code article-content},
 * {@code entry-content} …), else the element whose paragraphs hold the most text, counting each
 * paragraph for its parent and half for its grandparent (so the main of two {@code <article>}s
 * wins over a teaser, and a {@code <main>} or {@code <div>} serves when there is no
 * {@code <article>}).
 */
final class StoryElement {
  /** Class or id words, split at camelCase and lowercased, of an element holding the story's body. */
  private static final Pattern BODY_NAMES =
      Pattern.compile("(^|[ -])(article-body|articlebody|article-content|article-text|article-cont|article-details|story-body"
          + "|story-content|story-text|entry-content|post-content|post-body|news-content|news-body|news-text|content-body"
          + "|body-text|text-body|details-body|field-body|wysiwyg)($|[ -])");

  private StoryElement() {}

  /** {@code e}'s class and id as words: camelCase split with '-', lowercased, '_' as '-'. */
  static String names(Element e) {
    String raw = e.className() + " " + e.id();
    return raw.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", "-").toLowerCase(Locale.ROOT).replaceAll("_+", "-");
  }

  /** Whether {@code e} is named as a story's body. */
  static boolean isBody(Element e) {
    return e.is("[itemprop=articleBody]") || BODY_NAMES.matcher(names(e)).find();
  }

  /**
   * Whether {@code e} is or holds the story's body or an {@code <article>} with an {@code h1}, and
   * so is never removed as chrome (a list of teaser {@code <article>}s is).
   */
  static boolean holdsStory(Element e) {
    for (Element d : e.getAllElements()) {
      if (isBody(d) || d.is("article") && d.selectFirst("h1") != null) {
        return true;
      }
    }
    return false;
  }

  /** The element named as the story's body with the most paragraph text, or null. */
  static Element named(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element e : doc.body().getAllElements()) {
      if (e != doc.body() && isBody(e)) {
        int length = e.select("p").text().length() + (e.select("p").isEmpty() ? e.text().length() : 0);
        if (best == null || length > bestLength) {
          best = e;
          bestLength = length;
        }
      }
    }
    return best;
  }

  /** The element whose paragraphs hold the most text, or null if the page has no paragraph. */
  static Element densest(Document doc) {
    Map<Element, Integer> scores = new IdentityHashMap<>();
    Element best = null;
    for (Element p : doc.body().select("p")) {
      int length = p.text().strip().length();
      Element parent = p.parent();
      if (length == 0 || parent == null) {
        continue;
      }
      scores.merge(parent, 2 * length, Integer::sum);
      if (parent.parent() != null) {
        scores.merge(parent.parent(), length, Integer::sum);
      }
    }
    // Document order breaks ties, so the result does not depend on hashing.
    int bestScore = 0;
    for (Element e : doc.body().getAllElements()) {
      int score = scores.getOrDefault(e, 0);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }
}
