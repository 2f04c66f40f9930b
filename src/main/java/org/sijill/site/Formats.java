package org.sijill.site;

import com.ibm.icu.text.NumberFormat;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijill.facts.Money;

/**
 * Money, percentages, counts and dates written out in one language, with the words from its bundle
 * and ICU's number formatting for the language ({@link Lang#locale()}: Western digits, "." for
 * decimals and "," between thousands in both languages).
 */
public final class Formats {
  private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
  private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How much of a date is known: the precision of {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY;

    /** The bundle key naming the precision: {@code precision.month}. */
    public String key() {
      return "precision." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Messages messages;
  private final Map<BigDecimal, String> numbers = new java.util.concurrent.ConcurrentHashMap<>();
  // remembered: the same dates and counts recur on many pages; a Txt is immutable
  private final Map<String, Txt> dates = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Txt> counts = new java.util.concurrent.ConcurrentHashMap<>();

  public Formats(Messages messages) {
    this.messages = messages;
  }

  public Lang lang() {
    return messages.lang();
  }

  /** {@code 14300000000 USD} as "$14.3 billion" or "14.3 مليار دولار". */
  public Txt money(Money money) {
    BigDecimal value = money.value();
    String scale;
    String amount;
    if (value.abs().compareTo(BILLION) >= 0) {
      scale = "billion";
      amount = number(value.divide(BILLION));
    } else if (value.abs().compareTo(MILLION) >= 0) {
      scale = "million";
      amount = number(value.divide(MILLION));
    } else {
      scale = "plain";
      amount = number(value);
    }
    String currency = money.currency() == null ? "" : money.currency();
    String symbolKey = "currency." + currency;
    boolean known = messages.has(symbolKey);
    String key = "money." + scale + (known ? "" : ".code");
    String text =
        messages.format(
            key, Map.of("amount", amount, "currency", known ? messages.get(symbolKey) : currency));
    return Scripts.in(lang(), text);
  }

  /** A stake such as 49 as "49%". */
  public Txt percent(BigDecimal value) {
    return Scripts.in(lang(), messages.format("percent", Map.of("value", number(value))));
  }

  /** A number with at most two decimals, grouped by thousands: {@code 14.3}, {@code 250,000}. */
  public String number(BigDecimal value) {
    // remembered: the same amounts recur on many pages, and ICU builds a formatter per call
    return numbers.computeIfAbsent(
        value,
        v -> {
          NumberFormat format = NumberFormat.getInstance(lang().locale());
          format.setMaximumFractionDigits(2);
          format.setRoundingMode(com.ibm.icu.math.BigDecimal.ROUND_HALF_UP);
          return format.format(v);
        });
  }

  /** A count as the plural message {@code key} gives it: "37 people", "37 شخصًا". */
  public Txt count(String key, long n) {
    return counts.computeIfAbsent(
        key + '\u0000' + n, k -> Scripts.in(lang(), messages.plural(key, n)));
  }

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} with the month named; other text as is. */
  public Txt date(String date) {
    return dates.computeIfAbsent(date, this::written);
  }

  private Txt written(String date) {
    Matcher m = DATE.matcher(date);
    if (!m.matches()) {
      return Scripts.in(lang(), date);
    }
    String year = m.group(1);
    if (m.group(2) == null) {
      return Scripts.in(lang(), year);
    }
    int monthNumber = Integer.parseInt(m.group(2));
    if (monthNumber < 1 || monthNumber > 12) {
      return Scripts.in(lang(), date);
    }
    String month = messages.get("month." + monthNumber);
    String text =
        m.group(3) == null
            ? messages.format("date.month", Map.of("month", month, "year", year))
            : messages.format(
                "date.day",
                Map.of(
                    "day",
                    Integer.toString(Integer.parseInt(m.group(3))),
                    "month",
                    month,
                    "year",
                    year));
    return Scripts.in(lang(), text);
  }

  /** The precision of a fact-file date, or null when it is not one. */
  public static Precision precision(String date) {
    Matcher m = date == null ? null : DATE.matcher(date);
    if (m == null || !m.matches()) {
      return null;
    }
    return m.group(3) != null ? Precision.DAY : m.group(2) != null ? Precision.MONTH : Precision.YEAR;
  }

  /** Whether {@code date} is a fact-file date ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}). */
  public static boolean isDate(String date) {
    return precision(date) != null;
  }
}
