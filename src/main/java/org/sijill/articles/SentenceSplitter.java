package org.sijill.articles;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits paragraphs into sentences with ICU's Arabic sentence rules, then fixes what news text
 * defeats them with: the first paragraph is the headline, one sentence whatever its punctuation;
 * a full stop glued to the next sentence ("صحفية.وكانت") is a boundary; one after an abbreviation
 * such as "Inc." is not; and a piece with no letters (a closing quote) or one that follows an
 * opening bracket belongs to the sentence before it.
 */
public final class SentenceSplitter {
  /** Sentence-final punctuation followed directly by a letter, with no space between. */
  private static final Pattern GLUED_BOUNDARY = Pattern.compile("(?<=[.!?؟۔])(?=\\p{IsArabic})");

  private final List<String> abbreviations;
  /**
   * The break iterator of each thread: building one (a trie of the abbreviations) costs more than
   * splitting a paragraph, and {@link BreakIterator#setText} starts it afresh.
   */
  private final ThreadLocal<BreakIterator> breaks = ThreadLocal.withInitial(this::sentenceBreaks);

  public SentenceSplitter(List<String> abbreviations) {
    this.abbreviations = List.copyOf(abbreviations);
  }

  public static SentenceSplitter standard() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream("abbreviations.txt")) {
      List<String> words =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
      return new SentenceSplitter(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Joins {@code paragraphs} with newlines into one text and numbers its sentences from 1; offsets
   * refer to that joined text.
   */
  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraphStart = 0;
    int paragraph = 0;
    while (paragraphStart <= text.length()) {
      int newline = text.indexOf('\n', paragraphStart);
      int paragraphEnd = newline < 0 ? text.length() : newline;
      List<int[]> spans =
          paragraph == 0
              ? trimmed(text, paragraphStart, paragraphEnd)
              : splitParagraph(text, paragraphStart, paragraphEnd);
      for (int[] span : spans) {
        sentences.add(
            new Sentence(sentences.size() + 1, paragraph, span[0], span[1], text.substring(span[0], span[1])));
      }
      paragraph++;
      if (newline < 0) {
        break;
      }
      paragraphStart = newline + 1;
    }
    return sentences;
  }

  private List<int[]> splitParagraph(String text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    String paragraph = text.substring(from, to);
    BreakIterator breaks = this.breaks.get();
    breaks.setText(paragraph);
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      int pieceStart = start;
      Matcher glued = GLUED_BOUNDARY.matcher(paragraph).region(start, end);
      while (glued.find()) {
        addTrimmed(spans, paragraph, from, pieceStart, glued.start());
        pieceStart = glued.start();
      }
      addTrimmed(spans, paragraph, from, pieceStart, end);
    }
    return spans;
  }

  private BreakIterator sentenceBreaks() {
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
    abbreviations.forEach(builder::suppressBreakAfter);
    return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(new ULocale("ar")));
  }

  private static List<int[]> trimmed(String text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    addTrimmed(spans, text, 0, from, to);
    return spans;
  }

  private static void addTrimmed(List<int[]> spans, String paragraph, int offset, int start, int end) {
    String piece = paragraph.substring(start, end);
    String trimmed = ChromeStripper.trim(piece);
    if (trimmed.isEmpty()) {
      return;
    }
    int lead = piece.indexOf(trimmed);
    int[] span = {offset + start + lead, offset + start + lead + trimmed.length()};
    if (!spans.isEmpty() && (trimmed.codePoints().noneMatch(Character::isLetter) || endsOpen(spans, paragraph, offset))) {
      spans.get(spans.size() - 1)[1] = span[1];
    } else {
      spans.add(span);
    }
  }

  /** Whether the last span ends with an opening bracket or quote. */
  private static boolean endsOpen(List<int[]> spans, String paragraph, int offset) {
    int end = spans.get(spans.size() - 1)[1] - offset;
    char last = paragraph.charAt(end - 1);
    return Character.getType(last) == Character.START_PUNCTUATION || last == '«' || last == '“';
  }
}
