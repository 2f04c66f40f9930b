package org.sijill.extract;

import java.util.regex.Pattern;
import java.util.List;
import java.util.Set;

/**
 * Finds dates in words: "الجمعة 29 أغسطس 2025", "7 يوليو", "يونيو 2025", "في يونيو الماضي",
 * "منذ يناير", "أواخر عام 2024", "هذا العام". A month name alone counts only after an opener, a
 * day, or before a year or a relative word ("مارس" is also a verb). Dates without a year are
 * resolved against the publication date, or left with their words only.
 */
final class Dates {
  /** A publication date, as far as it is known (month and day may be 0). */
  record Published(int year, int month, int day) {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    static Published parse(String iso) {
      if (iso == null || !ISO.matcher(iso).matches()) {
        return null;
      }
      String[] p = iso.split("-");
      return new Published(
          Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0, p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }
  }

  /** A date and the index of its last word. */
  record Found(DateValue value, int last) {}

  private record MonthAt(int month, int last) {}

  private final Lexicon lexicon;
  private final ValueWords words;
  /** The first words of the relative phrases, to pass over the other words at once. */
  private final Set<String> relativeFirsts;

  Dates(Lexicon lexicon, ValueWords words) {
    this.lexicon = lexicon;
    this.words = words;
    Set<String> firsts = new java.util.HashSet<>();
    words.relativePhrases().forEach(p -> firsts.add(p.words().get(0)));
    this.relativeFirsts = Set.copyOf(firsts);
  }

  /** The date whose core starts at word {@code i}; openers back to word {@code from} join it. */
  Found at(Tokens t, int i, int from, Published pub) {
    int j = i;
    if (in(words.weekdays(), t, j) && j + 1 < t.size()) {
      j++;
    }
    Integer day = null;
    Integer year = null;
    String relative = null;
    MonthAt month;
    if (number(t, j) && day(t.get(j).norm()) && (month = monthAt(t, j + 1)) != null) {
      day = Integer.parseInt(t.get(j).norm());
    } else if (j != i) {
      return null;
    } else if ((month = monthAt(t, j)) == null) {
      return yearOrRelative(t, i, from, pub);
    }
    int last = month.last();
    if (last + 1 < t.size() && year(t, last + 1)) {
      year = Integer.parseInt(t.get(++last).norm());
    }
    if (last + 1 < t.size() && blank(t, last + 1) && words.relative().containsKey(t.get(last + 1).norm())) {
      relative = words.relative().get(t.get(++last).norm());
    }
    int start = extend(t, i, from);
    if (day == null && year == null && relative == null && start == i) {
      return null;
    }
    String iso;
    Precision precision = day != null ? Precision.DAY : Precision.MONTH;
    if (year == null) {
      year = resolveYear(month.month(), day, relative, pub);
    }
    if (year == null) {
      iso = null;
      precision = Precision.NONE;
    } else {
      iso = String.format(java.util.Locale.ROOT, "%04d-%02d", year, month.month()) + (day != null ? String.format(java.util.Locale.ROOT, "-%02d", day) : "");
    }
    return new Found(value(t, start, last, iso, precision), last);
  }

  private Found yearOrRelative(Tokens t, int i, int from, Published pub) {
    if (year(t, i) && i > from && blank(t, i) && reading(words.yearCues(), t.get(i - 1).norm())) {
      int start = extend(t, i, from);
      return new Found(value(t, start, i, t.get(i).norm(), Precision.YEAR), i);
    }
    if (lexicon.reading(relativeFirsts, t.get(i).norm()) == null) {
      return null;
    }
    for (ValueWords.Phrase p : words.relativePhrases()) {
      int last = phraseAt(t, i, p.words());
      if (last < 0) {
        continue;
      }
      int start = extend(t, i, from);
      if (pub == null || (p.unit().equals("month") && pub.month() == 0)) {
        return new Found(value(t, start, last, null, Precision.NONE), last);
      }
      if (p.unit().equals("year")) {
        return new Found(value(t, start, last, String.valueOf(pub.year() + p.value()), Precision.YEAR), last);
      }
      int m = pub.year() * 12 + pub.month() - 1 + p.value();
      return new Found(value(t, start, last, String.format(java.util.Locale.ROOT, "%04d-%02d", m / 12, m % 12 + 1), Precision.MONTH), last);
    }
    return null;
  }

  /** The year of a month (and day) given without one, relative to publication. */
  private static Integer resolveYear(int month, Integer day, String relative, Published pub) {
    if (pub == null || pub.month() == 0) {
      return null;
    }
    int d = day == null ? 0 : day;
    boolean before = month < pub.month() || (month == pub.month() && (day == null ? relative == null : d <= pub.day()));
    if ("current".equals(relative)) {
      return pub.year();
    }
    if ("next".equals(relative)) {
      return month > pub.month() ? pub.year() : pub.year() + 1;
    }
    return before ? pub.year() : pub.year() - 1;
  }

  /** Start index after taking up to three openers before word {@code i}. */
  private int extend(Tokens t, int i, int from) {
    int start = i;
    while (start - 1 >= from && i - start < 3 && blank(t, start) && opener(t.get(start - 1).norm())) {
      start--;
    }
    return start;
  }

  private boolean opener(String word) {
    return reading(words.openers(), word) || reading(words.yearCues(), word);
  }

  private DateValue value(Tokens t, int first, int last, String iso, Precision precision) {
    Token f = t.get(first);
    String prefix = "";
    for (Clitics.Stripped s : lexicon.clitics().candidates(f.norm())) {
      if (words.openers().contains(s.stem()) || words.yearCues().contains(s.stem()) || words.months().containsKey(s.stem())) {
        prefix = s.prefix();
        break;
      }
    }
    int start = t.normalized().originalStart(f.normStart() + prefix.length());
    int end = t.get(last).end();
    return new DateValue(iso, t.normalized().original().substring(start, end), precision, start, end);
  }

  private MonthAt monthAt(Tokens t, int j) {
    if (j >= t.size() || (j > 0 && !blank(t, j) && number(t, j - 1)) || lexicon.reading(words.months(), t.get(j).norm()) == null) {
      return null;
    }
    for (Clitics.Stripped s : lexicon.clitics().candidates(t.get(j).norm())) {
      for (ValueWords.Phrase p : words.months().getOrDefault(s.stem(), List.of())) {
        int last = j + p.words().size() - 1;
        if (last < t.size() && matchesRest(t, j, p.words())) {
          return new MonthAt(p.value(), last);
        }
      }
    }
    return null;
  }

  private int phraseAt(Tokens t, int i, List<String> phrase) {
    int last = i + phrase.size() - 1;
    if (last >= t.size() || !readsAs(t.get(i).norm(), phrase.get(0))) {
      return -1;
    }
    return matchesRest(t, i, phrase) ? last : -1;
  }

  private boolean readsAs(String word, String stem) {
    for (Clitics.Stripped s : lexicon.clitics().candidates(word)) {
      if (s.stem().equals(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesRest(Tokens t, int i, List<String> phrase) {
    for (int k = 1; k < phrase.size(); k++) {
      if (i + k >= t.size() || !blank(t, i + k) || !t.get(i + k).norm().equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean reading(Set<String> set, String word) {
    return lexicon.reading(set, word) != null;
  }

  private boolean in(Set<String> set, Tokens t, int j) {
    return j < t.size() && reading(set, t.get(j).norm());
  }

  static boolean blank(Tokens t, int i) {
    return t.gapBefore(i).replace('،', ' ').replace(',', ' ').isBlank();
  }

  private static boolean number(Tokens t, int j) {
    return j < t.size() && t.get(j).script() == Token.Script.NUMBER && t.get(j).norm().chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean day(String s) {
    int d = Integer.parseInt(s.length() > 2 ? "99" : s);
    return d >= 1 && d <= 31;
  }

  static boolean year(Tokens t, int j) {
    String w = j < t.size() ? t.get(j).norm() : "";
    return number(t, j) && w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
  }
}
