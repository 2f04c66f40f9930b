package org.sijill.articles;

import java.util.List;

/**
 * The parts of a saved page that are not the story: masthead lines (staff, banners), the dateline
 * found among them, footer lines, and the outlet named by a footer such as "هذا المحتوى مقدم من …".
 */
public record PageChrome(List<String> masthead, String dateline, List<String> footer, String outlet) {
  public PageChrome {
    masthead = List.copyOf(masthead);
    footer = List.copyOf(footer);
  }

  public static PageChrome none() {
    return new PageChrome(List.of(), null, List.of(), null);
  }
}
