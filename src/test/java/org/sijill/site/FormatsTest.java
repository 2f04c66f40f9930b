package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Money;

class FormatsTest {
  static Formats formats(Lang lang) throws IOException {
    return new Formats(Messages.load(Path.of("templates/i18n"), lang));
  }

  static Money usd(String value) {
    return new Money(new BigDecimal(value), "USD");
  }

  @Test
  void writesBillionsOfDollarsInEachLanguage() throws IOException {
    assertEquals("$14.3 billion", formats(Lang.EN).money(usd("14300000000")).plain());
    assertEquals("14.3 مليار دولار", formats(Lang.AR).money(usd("14300000000")).plain());
    assertEquals("$65 billion", formats(Lang.EN).money(usd("65000000000")).plain());
  }

  @Test
  void writesMillionsAndSmallAmounts() throws IOException {
    assertEquals("$100 million", formats(Lang.EN).money(usd("100000000")).plain());
    assertEquals("1.25 مليون دولار", formats(Lang.AR).money(usd("1250000")).plain());
    assertEquals("$250,000", formats(Lang.EN).money(usd("250000")).plain());
  }

  @Test
  void writesAnUnknownCurrencyByItsCodeIsolatedInArabic() throws IOException {
    Money chf = new Money(new BigDecimal("2000000000"), "CHF");
    assertEquals("2 billion CHF", formats(Lang.EN).money(chf).plain());
    Txt ar = formats(Lang.AR).money(chf);
    assertEquals("2 مليار CHF", ar.plain());
    assertEquals(new Txt.Run("CHF", true), ar.runs().get(1));
  }

  @Test
  void namesTheMonthOfADate() throws IOException {
    assertEquals("June 2025", formats(Lang.EN).date("2025-06").plain());
    assertEquals("27 يونيو 2025", formats(Lang.AR).date("2025-06-27").plain());
    assertEquals("2025", formats(Lang.AR).date("2025").plain());
    assertEquals("mid-2025", formats(Lang.EN).date("mid-2025").plain());
  }

  @Test
  void writesAStake() throws IOException {
    assertEquals("49%", formats(Lang.EN).percent(new BigDecimal("49")).plain());
    assertEquals("12.5%", formats(Lang.AR).percent(new BigDecimal("12.50")).plain());
  }

  @Test
  void countsWithTheSixArabicPluralFormsAndWesternDigits() throws IOException {
    Formats ar = formats(Lang.AR);
    assertEquals(
        List.of("لا أحد", "شخص واحد", "شخصان", "3 أشخاص", "11 شخصًا", "100 شخص", "1,002 شخص"),
        java.util.stream.LongStream.of(0, 1, 2, 3, 11, 100, 1002)
            .mapToObj(n -> ar.count("count.people", n).plain())
            .toList());
    assertEquals("1 person", formats(Lang.EN).count("count.people", 1).plain());
    assertEquals("1,234 people", formats(Lang.EN).count("count.people", 1234).plain());
  }

  @Test
  void groupsThousandsTheSameWayInBothLanguages() throws IOException {
    assertEquals("14,300,000,000", formats(Lang.AR).number(new BigDecimal("14300000000")));
    assertEquals("0.33", formats(Lang.EN).number(new BigDecimal("0.3333")));
  }

  @Test
  void namesHowMuchOfADateIsKnown() {
    assertEquals(Formats.Precision.YEAR, Formats.precision("2025"));
    assertEquals(Formats.Precision.MONTH, Formats.precision("2025-06"));
    assertEquals(Formats.Precision.DAY, Formats.precision("2025-06-27"));
    assertEquals(null, Formats.precision("mid-2025"));
    assertEquals("precision.month", Formats.Precision.MONTH.key());
  }
}
