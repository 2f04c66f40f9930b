package org.sijill.articles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns of {@code chrome-rules.txt}: masthead cues, datelines, footer lines and inline chrome
 * (lines inside the story that are not the story: "اقرأ أيضاً" links, captions, bylines, calls to
 * follow, tag lists, source lines).
 */
public record ChromeRules(List<Pattern> mastheadCues, List<Pattern> datelines, List<Pattern> footers, List<Pattern> inline) {
  /** Longest line, in words, that a masthead may contain (a dateline may be longer). */
  static final int MASTHEAD_MAX_WORDS = 4;
  /** Longest line, in words, that a footer may contain. */
  static final int FOOTER_MAX_WORDS = 10;

  /** A section's header, such as {@code [footer]}; a rule may begin with '[' and end with ']' too. */
  private static final Pattern SECTION = Pattern.compile("\\[[a-z-]+\\]");

  public ChromeRules {
    mastheadCues = List.copyOf(mastheadCues);
    datelines = List.copyOf(datelines);
    footers = List.copyOf(footers);
    inline = List.copyOf(inline);
  }

  /** The rules shipped with Sijill. */
  public static ChromeRules standard() {
    try (InputStream in = ChromeRules.class.getResourceAsStream("chrome-rules.txt")) {
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ChromeRules parse(List<String> lines) {
    Map<String, List<Pattern>> sections = new LinkedHashMap<>();
    List<Pattern> current = null;
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (SECTION.matcher(trimmed).matches()) {
        current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1), k -> new ArrayList<>());
      } else if (current != null) {
        current.add(Pattern.compile(trimmed));
      }
    }
    return new ChromeRules(
        sections.getOrDefault("masthead-cue", List.of()),
        sections.getOrDefault("dateline", List.of()),
        sections.getOrDefault("footer", List.of()),
        sections.getOrDefault("inline", List.of()));
  }

  boolean isMastheadCue(String line) {
    return matchesAny(mastheadCues, line);
  }

  boolean isDateline(String line) {
    return matchesAny(datelines, line);
  }

  boolean isInline(String line) {
    return matchesAny(inline, line);
  }

  /** Empty if {@code line} is no footer line; else the outlet it names, or "" if none. */
  Optional<String> footer(String line) {
    for (Pattern p : footers) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        String outlet = p.pattern().contains("(?<outlet>") ? m.group("outlet") : null;
        return Optional.of(outlet == null ? "" : outlet.strip());
      }
    }
    return Optional.empty();
  }

  private static boolean matchesAny(List<Pattern> patterns, String line) {
    return patterns.stream().anyMatch(p -> p.matcher(line).matches());
  }
}
