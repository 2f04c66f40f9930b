package org.sijill.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Separates a saved page's masthead and footer from the story's paragraphs. */
public final class ChromeStripper {
  private final ChromeRules rules;

  public ChromeStripper(ChromeRules rules) {
    this.rules = rules;
  }

  /**
   * The story's paragraphs (trimmed, non-blank lines), the chrome around them, and the {@code
   * inline} chrome lines taken out from among them, in order.
   */
  public record Result(List<String> paragraphs, PageChrome chrome, List<String> inline) {
    public Result {
      paragraphs = List.copyOf(paragraphs);
      inline = List.copyOf(inline);
    }
  }

  /** Strips a pasted page, whose first story line is its headline and never inline chrome. */
  public Result strip(String rawText) {
    return strip(rawText, true);
  }

  /**
   * Strips {@code rawText}: masthead, footer, and inline chrome lines among the story's; when
   * {@code headlineFirst}, the first story line is kept whatever it reads.
   */
  public Result strip(String rawText, boolean headlineFirst) {
    List<String> lines = new ArrayList<>();
    for (String line : rawText.split("\\R", -1)) {
      String trimmed = trim(line);
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    int first = mastheadEnd(lines);
    int last = footerStart(lines, first);
    String dateline = null;
    for (String line : lines.subList(0, first)) {
      if (rules.isDateline(line)) {
        dateline = line;
        break;
      }
    }
    List<String> story = new ArrayList<>();
    List<String> inline = new ArrayList<>();
    for (int i = first; i < last; i++) {
      String line = lines.get(i);
      boolean dated = rules.isDateline(line);
      if ((i > first || !headlineFirst) && (dated || rules.isInline(line))) {
        inline.add(line);
        dateline = dateline == null && dated ? line : dateline;
      } else {
        story.add(line);
      }
    }
    String outlet = null;
    for (String line : lines.subList(last, lines.size())) {
      Optional<String> named = rules.footer(line);
      if (named.isPresent() && !named.get().isEmpty() && outlet == null) {
        outlet = named.get();
      }
    }
    return new Result(
        story, new PageChrome(lines.subList(0, first), dateline, lines.subList(last, lines.size()), outlet), inline);
  }

  /** Index of the first story line: past a leading block of short lines if it holds a cue. */
  private int mastheadEnd(List<String> lines) {
    int end = 0;
    boolean cue = false;
    while (end < lines.size()) {
      String line = lines.get(end);
      boolean dateline = rules.isDateline(line);
      if (!dateline && words(line) > ChromeRules.MASTHEAD_MAX_WORDS) {
        break;
      }
      cue |= dateline || rules.isMastheadCue(line);
      end++;
    }
    return cue && end < lines.size() ? end : 0;
  }

  /** Index just past the last story line: before a trailing block of footer lines. */
  private int footerStart(List<String> lines, int storyStart) {
    int start = lines.size();
    while (start > storyStart + 1) {
      String line = lines.get(start - 1);
      if (words(line) > ChromeRules.FOOTER_MAX_WORDS || rules.footer(line).isEmpty()) {
        break;
      }
      start--;
    }
    return start;
  }

  private static int words(String line) {
    return line.split("\\s+").length;
  }

  /** Trims all Unicode white space, including no-break spaces, from both ends. */
  static String trim(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && isSpace(line.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(line.charAt(to - 1))) {
      to--;
    }
    return line.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
