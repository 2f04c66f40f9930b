package org.sijill.extract;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into words: runs of letters of one script, or numbers (digits with inner {@code .} or
 * {@code ,}). Latin words keep inner hyphens and apostrophes (Ching-Yao, O'Brien). A change of
 * script ends a word, so "وDeepMind" is و + deepmind.
 */
public final class Tokens {
  private static final String OPENING_QUOTES = "\"«“„";
  private final Normalized normalized;
  private final List<Token> list;
  /** The original text of each token and of the gap before it, cut out when first asked for. */
  private final String[] raws;
  private final String[] gaps;
  // whether the text holds an opening quotation mark: 0 not yet known, 1 no, 2 yes
  private byte quoted;
  /** What a {@link Lookups} found for each word, for the last one asked ({@link #found}). */
  private Lookups.Found found;
  /** Which rules of {@link #triggersBy} these words trigger ({@link Triggers#mask}), worked out when first asked for. */
  private long triggers;
  private Triggers triggersBy;

  public Tokens(Normalized normalized, List<Token> list) {
    this.normalized = normalized;
    this.list = List.copyOf(list);
    this.raws = new String[this.list.size()];
    this.gaps = new String[this.list.size()];
  }

  public Normalized normalized() {
    return normalized;
  }

  public List<Token> list() {
    return list;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tokens t && t.normalized.equals(normalized) && t.list.equals(list);
  }

  @Override
  public int hashCode() {
    return 31 * normalized.hashCode() + list.hashCode();
  }

  @Override
  public String toString() {
    return "Tokens" + list;
  }

  public static Tokens of(String text) {
    return of(ArabicText.normalize(text));
  }

  public static Tokens of(Normalized n) {
    String s = n.text();
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      Token.Script script = scriptOf(cp);
      if (script == null) {
        i += Character.charCount(cp);
        continue;
      }
      int j = i + Character.charCount(cp);
      while (j < s.length()) {
        int c = s.codePointAt(j);
        Token.Script sc = scriptOf(c);
        if (sc == script) {
          j += Character.charCount(c);
        } else if (sc == null && j + 1 < s.length() && joins(script, c) && scriptOf(s.codePointAt(j + 1)) == script) {
          j += 1;
        } else {
          break;
        }
      }
      out.add(new Token(s.substring(i, j), n.originalStart(i), n.originalEnd(j), i, j, script));
      i = j;
    }
    return new Tokens(n, out);
  }

  private static boolean joins(Token.Script script, int c) {
    return script == Token.Script.NUMBER ? c == '.' || c == ',' : script == Token.Script.LATIN && (c == '-' || c == '\'');
  }

  static Token.Script scriptOf(int cp) {
    if (cp >= '0' && cp <= '9') {
      return Token.Script.NUMBER;
    }
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ? Token.Script.LATIN : null;
    }
    if (!Character.isLetterOrDigit(cp)) {
      return null;
    }
    if (cp >= 0x0600 && cp <= 0x06FF) {
      return Character.isLetter(cp) ? Token.Script.ARABIC : Token.Script.OTHER;
    }
    UnicodeScript us = UnicodeScript.of(cp);
    if (us == UnicodeScript.ARABIC) {
      return Token.Script.ARABIC;
    }
    return us == UnicodeScript.LATIN ? Token.Script.LATIN : Token.Script.OTHER;
  }

  public int size() {
    return list.size();
  }

  public Token get(int i) {
    return list.get(i);
  }

  /**
   * The table in which {@code by} keeps what it found for each word of these words: a reading of
   * a text looks each word up several times, in each of an article's gazetteers. Words are read by
   * one thread at a time.
   */
  Lookups.Found found(Lookups by) {
    Lookups.Found f = found;
    if (f == null || f.by() != by) {
      f = new Lookups.Found(by, new Lookups.Reading[list.size()][], new Lookups.Glue[list.size()]);
      found = f;
    }
    return f;
  }

  /** The bits of the rules of {@code by} that these words trigger; words are read by one thread at a time. */
  long triggers(Triggers by) {
    if (triggersBy != by) {
      triggers = by.mask(this);
      triggersBy = by;
    }
    return triggers;
  }

  /** The original text of token {@code i}. */
  public String raw(int i) {
    String raw = raws[i];
    if (raw == null) {
      Token t = list.get(i);
      raw = normalized.original().substring(t.start(), t.end());
      raws[i] = raw;
    }
    return raw;
  }

  /**
   * Whether the text holds an opening quotation mark ({@code "}, «, “ or „): the rules about quoted
   * names read no other sentence. Worked out once.
   */
  public boolean quoted() {
    if (quoted == 0) {
      quoted = 1;
      String text = normalized.original();
      for (int i = 0; i < text.length(); i++) {
        if (OPENING_QUOTES.indexOf(text.charAt(i)) >= 0) {
          quoted = 2;
          break;
        }
      }
    }
    return quoted == 2;
  }

  /** The original text between token {@code i - 1} (or the start) and token {@code i}. */
  public String gapBefore(int i) {
    String gap = gaps[i];
    if (gap == null) {
      int from = i == 0 ? 0 : list.get(i - 1).end();
      gap = normalized.original().substring(from, list.get(i).start());
      gaps[i] = gap;
    }
    return gap;
  }

  /** Whether an Arabic comma stands before one of the tokens {@code a} to {@code b}. */
  boolean commaBefore(int a, int b) {
    for (int j = a; j <= b && j < list.size(); j++) {
      if (gapBefore(j).contains("،")) {
        return true;
      }
    }
    return false;
  }

  /** The original text between token {@code i} and token {@code i + 1} (or the end). */
  public String gapAfter(int i) {
    if (i + 1 < list.size()) {
      return gapBefore(i + 1);
    }
    return normalized.original().substring(list.get(i).end());
  }

  /** A sub-word of token {@code i}: normalised chars {@code [from, to)} relative to the token. */
  public Token part(int i, int from, int to) {
    Token t = list.get(i);
    int a = t.normStart() + from;
    int b = t.normStart() + to;
    return new Token(
        normalized.text().substring(a, b), normalized.originalStart(a), normalized.originalEnd(b), a, b, t.script());
  }

  /** Index of the first token starting at or after original offset {@code offset}. */
  public int indexAt(int offset) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).end() > offset) {
        return i;
      }
    }
    return list.size();
  }

  /** A copy with {@code replacement} tokens in place of token {@code i}. */
  Tokens replace(int i, List<Token> replacement) {
    List<Token> copy = new ArrayList<>(list.subList(0, i));
    copy.addAll(replacement);
    copy.addAll(list.subList(i + 1, list.size()));
    return new Tokens(normalized, copy);
  }
}
