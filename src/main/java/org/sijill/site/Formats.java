package org.sijill.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijill.facts.Money;

/** Money, percentages and dates written out in one language, with the words from its bundle. */
public final class Formats {
  private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
  private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final Messages messages;

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
      amount = decimal(value.divide(BILLION));
    } else if (value.abs().compareTo(MILLION) >= 0) {
      scale = "million";
      amount = decimal(value.divide(MILLION));
    } else {
      scale = "plain";
      amount = grouped(value);
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
    return Scripts.in(lang(), messages.format("percent", Map.of("value", decimal(value))));
  }

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} with the month named; other text as is. */
  public Txt date(String date) {
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

  private static String decimal(BigDecimal value) {
    BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  private static String grouped(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}
