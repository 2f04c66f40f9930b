package org.sijill.articles;

import java.util.List;

/**
 * The parts of a saved page that are not the story: masthead lines (staff, banners), the dateline
 * found among them, footer lines, the outlet named by a footer such as "هذا المحتوى مقدم من …" or by
 * a page's metadata, and, from a saved HTML page's metadata, its canonical {@code url} and its
 * {@code published} date ({@code YYYY-MM-DD}), each null when unknown.
 */
public record PageChrome(List<String> masthead, String dateline, List<String> footer, String outlet, String url, String published) {
  public PageChrome {
    masthead = List.copyOf(masthead);
    footer = List.copyOf(footer);
  }

  /** Chrome of a plain-text page, which has no metadata. */
  public PageChrome(List<String> masthead, String dateline, List<String> footer, String outlet) {
    this(masthead, dateline, footer, outlet, null, null);
  }

  public static PageChrome none() {
    return new PageChrome(List.of(), null, List.of(), null);
  }
}
