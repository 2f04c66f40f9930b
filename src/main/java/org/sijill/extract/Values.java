package org.sijill.extract;

import java.util.regex.Pattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds money, percentages, counts and dates in a text ({@code dates.txt}, {@code numbers.txt}):
 * "14.3 مليار دولار" (14300000000 USD), "$5 billion", "49%", "٤٩٪", "49 بالمئة", "14 باحثًا",
 * "ثلاثة باحثين", and the dates of {@link Dates}. Offsets refer to the text given.
 */
public final class Values {
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
  private final Lexicon lexicon;
  private final ValueWords words;
  private final Dates dates;
  /**
   * The words a value other than a number may start with (weekdays, months, the first words of
   * relative dates, scales, duals, number words): a word none of whose clitic readings is one of
   * them starts none, and is passed over with one lookup.
   */
  private final Set<String> firsts;

  Values(Lexicon lexicon, ValueWords words) {
    this.lexicon = lexicon;
    this.words = words;
    this.dates = new Dates(lexicon, words);
    Set<String> all = new HashSet<>(words.weekdays());
    all.addAll(words.months().keySet());
    words.relativePhrases().forEach(p -> all.add(p.words().get(0)));
    all.addAll(words.scales().keySet());
    all.addAll(words.duals().keySet());
    all.addAll(words.numberWords().keySet());
    this.firsts = Set.copyOf(all);
  }

  public static Values standard() {
    return of(Lexicon.standard());
  }

  public static Values of(Lexicon lexicon) {
    return new Values(lexicon, ValueWords.standard());
  }

  /**
   * Every value in {@code text}, left to right; relative dates are resolved against
   * {@code published} ({@code YYYY[-MM[-DD]]}) when it is not null.
   */
  public List<Value> find(String text, String published) {
    return find(Tokens.of(text), published);
  }

  /** {@link #find(String, String)} for a text already cut into words. */
  public List<Value> find(Tokens t, String published) {
    Dates.Published pub = Dates.Published.parse(published);
    List<Value> out = new ArrayList<>();
    int from = 0;
    int i = 0;
    while (i < t.size()) {
      if (t.get(i).script() != Token.Script.NUMBER && lexicon.reading(firsts, t.get(i).norm()) == null) {
        i++;
        continue;
      }
      Dates.Found date = dates.at(t, i, from, pub);
      if (date != null) {
        out.add(date.value());
        i = date.last() + 1;
        from = i;
        continue;
      }
      int last = quantity(t, i, out);
      if (last >= i) {
        i = last + 1;
        from = i;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The first date in {@code text} (a dateline such as "الجمعة 29 أغسطس 2025"), or null. */
  public DateValue date(String text) {
    for (Value v : find(text, null)) {
      if (v instanceof DateValue d && d.iso() != null) {
        return d;
      }
    }
    return null;
  }

  /** Adds the quantity starting at word {@code i} to {@code out}; returns its last word or -1. */
  private int quantity(Tokens t, int i, List<Value> out) {
    Token tok = t.get(i);
    BigDecimal value;
    int j = i;
    if (tok.script() == Token.Script.NUMBER) {
      value = number(tok.norm());
    } else if (words.duals().containsKey(tok.norm()) && moneyAhead(t, i + 1)) {
      value = words.duals().get(tok.norm());
    } else if (lexicon.reading(words.scales(), tok.norm()) != null && moneyAhead(t, i + 1)) {
      BigDecimal fraction = i > 0 && Dates.blank(t, i) ? words.fractions().get(t.get(i - 1).norm()) : null;
      value = fraction != null ? fraction : BigDecimal.ONE;
      j = i - 1;
      tok = fraction != null ? t.get(i - 1) : tok;
      i = fraction != null ? i - 1 : i;
    } else if (lexicon.reading(words.numberWords(), tok.norm()) != null && i + 2 < t.size() && Dates.blank(t, i + 1)
        && lexicon.reading(words.scales(), t.get(i + 1).norm()) != null && currencyAt(t, i + 2) != null) {
      // "ثمانية مليارات دولار"، "وعشرة مليارات دولار": the number, then its scale
      value = words.numberWords().get(lexicon.reading(words.numberWords(), tok.norm()).stem());
    } else if (words.numberWords().containsKey(tok.norm()) && nounAt(t, i + 1)) {
      out.add(count(t, i, i + 1, words.numberWords().get(tok.norm())));
      return i + 1;
    } else {
      return -1;
    }
    // scales in a row multiply ("ألف مليون دولار", a thousand million)
    while (j + 1 < t.size() && Dates.blank(t, j + 1) && lexicon.reading(words.scales(), t.get(j + 1).norm()) != null) {
      value = value.multiply(words.scales().get(lexicon.reading(words.scales(), t.get(j + 1).norm()).stem()));
      j++;
    }
    String currency = currencyAt(t, j + 1);
    int start = tok.start();
    String before = t.gapBefore(i).stripTrailing();
    int symbol = currency == null ? symbolAfter(t, j) : -1;
    if (symbol >= 0) {
      // a sign after the amount ("2,4 مليار $"), as Levantine and Maghrebi papers write it
      int end = t.get(j).end() + symbol + 1;
      String text = t.normalized().original().substring(start, end);
      out.add(new MoneyValue(plain(value), words.currencies().get(text.substring(text.length() - 1)), text, start, end));
      return j;
    }
    if (currency != null) {
      j++;
      if (j + 1 < t.size() && Dates.blank(t, j + 1) && words.qualifiers().containsKey(t.get(j + 1).norm())) {
        currency = words.qualifiers().get(t.get(++j).norm());
      }
    } else if (!before.isEmpty() && words.currencies().containsKey(before.substring(before.length() - 1))) {
      currency = words.currencies().get(before.substring(before.length() - 1));
      start = tok.start() - (t.gapBefore(i).length() - before.length()) - 1;
    }
    if (currency != null) {
      int end = t.get(j).end();
      out.add(new MoneyValue(plain(value), currency, t.normalized().original().substring(start, end), start, end));
      return j;
    }
    String after = ArabicText.normalizeString(t.gapAfter(j));
    if (after.stripLeading().startsWith("%")) {
      int end = t.get(j).end() + t.gapAfter(j).indexOf(t.gapAfter(j).stripLeading()) + 1;
      out.add(new PercentValue(plain(value), t.normalized().original().substring(start, end), start, end));
      return j;
    }
    for (List<String> p : words.percentWords()) {
      if (followedBy(t, j, p)) {
        int last = j + p.size();
        out.add(new PercentValue(plain(value), t.normalized().original().substring(start, t.get(last).end()), start, t.get(last).end()));
        return last;
      }
    }
    if (nounAt(t, j + 1)) {
      out.add(count(t, i, j + 1, value));
      return j + 1;
    }
    return -1;
  }

  private CountValue count(Tokens t, int first, int noun, BigDecimal value) {
    int start = t.get(first).start();
    int end = t.get(noun).end();
    return new CountValue(plain(value), t.raw(noun), t.normalized().original().substring(start, end), start, end);
  }

  private String currencyAt(Tokens t, int j) {
    if (j >= t.size() || !Dates.blank(t, j)) {
      return null;
    }
    Clitics.Stripped r = lexicon.reading(words.currencies(), t.get(j).norm());
    return r == null ? null : words.currencies().get(r.stem());
  }

  /** Whether a currency follows word {@code j}, or a scale and then a currency ("ألف مليون دولار"). */
  private boolean moneyAhead(Tokens t, int j) {
    return currencyAt(t, j) != null
        || j < t.size() && Dates.blank(t, j) && lexicon.reading(words.scales(), t.get(j).norm()) != null && currencyAt(t, j + 1) != null;
  }

  /**
   * Where a currency sign stands in the gap after word {@code j} ("مليار $"), at most one space
   * away, as an offset into that gap; -1 when none does or the sign opens the next amount ("$10").
   */
  private int symbolAfter(Tokens t, int j) {
    String gap = t.gapAfter(j);
    int at = gap.isEmpty() ? -1 : Character.isWhitespace(gap.charAt(0)) ? 1 : 0;
    if (at < 0 || at >= gap.length() || !words.currencies().containsKey(gap.substring(at, at + 1))) {
      return -1;
    }
    boolean opens = at + 1 == gap.length() && j + 1 < t.size() && t.get(j + 1).script() == Token.Script.NUMBER;
    return opens ? -1 : at;
  }

  private boolean nounAt(Tokens t, int j) {
    return j < t.size()
        && t.gapBefore(j).isBlank()
        && t.get(j).arabic()
        && !lexicon.isFunctionWord(t.get(j).norm())
        && lexicon.reading(words.scales(), t.get(j).norm()) == null;
  }

  private static boolean followedBy(Tokens t, int j, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      int idx = j + 1 + k;
      if (idx >= t.size() || !t.gapBefore(idx).isBlank() || !t.get(idx).norm().equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** "14.3", "1,200" (thousands) or "14,3" (decimal comma). */
  static BigDecimal number(String digits) {
    String s = THOUSANDS.matcher(digits).matches() ? digits.replace(",", "") : digits.replace(',', '.');
    return new BigDecimal(s);
  }

  private static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
