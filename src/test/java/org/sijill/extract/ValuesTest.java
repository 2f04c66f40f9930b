package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private final Values values = Values.standard();

  /** Each value as a short string. */
  private List<String> found(String text, String published) {
    return values.find(text, published).stream().map(ValuesTest::show).toList();
  }

  private static String show(Value v) {
    String body;
    if (v instanceof MoneyValue m) {
      body = "money " + m.amount().toPlainString() + " " + m.currency();
    } else if (v instanceof PercentValue p) {
      body = "percent " + p.percent().toPlainString();
    } else if (v instanceof CountValue c) {
      body = "count " + c.count().toPlainString() + " " + c.noun();
    } else {
      DateValue d = (DateValue) v;
      body = "date " + d.iso() + " " + d.precision();
    }
    return body + " [" + v.text() + "]";
  }

  @Test
  void readsMoneyWithScaleAndCurrency() {
    assertEquals(List.of("money 14300000000 USD [14.3 مليار دولار]"), found("لاستثمارها 14.3 مليار دولار في", null));
    assertEquals(List.of("money 100000000 USD [100 مليون دولار]"), found("تصل إلى 100 مليون دولار", null));
    assertEquals(List.of("money 99000000 USD [99 مليون دولار]"), found("بعقد قيمته 99 مليون دولار مع", null));
    assertEquals(List.of("money 97400000000 USD [97.4 مليار دولار]"), found("مقابل 97.4 مليار دولار في", null));
    assertEquals(List.of("money 14300000000 USD [١٤٫٣ مليار دولار]"), found("مقابل ١٤٫٣ مليار دولار", null));
  }

  @Test
  void aDualScaleWordInTheNominativeIsTwoOfItButOneAfterANumber() {
    assertEquals(List.of("money 2000000000 USD [مليارا دولار]"), found("جمعت الشركة تمويلا قدره مليارا دولار من", null));
    assertEquals(List.of("money 2000000 USD [مليونا دولار]"), found("بلغت المكافأة مليونا دولار", null));
    assertEquals(List.of("money 11000000000 USD [11 مليارا دولار]"), found("أنفقت 11 مليارا دولار", null));
  }

  @Test
  void aTensWordBeforeAScaleMultipliesIt() {
    assertEquals(List.of("money 40000000000 USD [أربعين مليار دولار]"), found("جمعت فيها الشركة أربعين مليار دولار", null));
    assertEquals(List.of("money 30000000000 USD [ثلاثون مليار دولار]"), found("بلغت قيمتها ثلاثون مليار دولار", null));
  }

  @Test
  void readsCurrencySymbolsWordsAndQualifiers() {
    assertEquals(List.of("money 5000000000 USD [$5 billion]"), found("a $5 billion deal", null));
    assertEquals(List.of("money 10 EUR [10 يورو]"), found("دفع 10 يورو", null));
    assertEquals(List.of("money 50 EGP [50 جنيه]"), found("سعره 50 جنيه فقط", null));
    assertEquals(List.of("money 20000000 GBP [20 مليون جنيه إسترليني]"), found("بلغ 20 مليون جنيه إسترليني", null));
    assertEquals(List.of("money 1000000000 USD [بمليار دولار]"), found("البحث عن المواهب بمليار دولار", null));
  }

  @Test
  void readsPercentagesInEveryNotation() {
    assertEquals(List.of("percent 49 [49%]"), found("حصة 49% وضم", null));
    assertEquals(List.of("percent 49 [٤٩٪]"), found("حصة ٤٩٪ وضم", null));
    assertEquals(List.of("percent 49 [49 بالمئة]"), found("حصة 49 بالمئة وضم", null));
    assertEquals(List.of("percent 12.5 [12.5 في المائة]"), found("نمو 12.5 في المائة", null));
  }

  @Test
  void readsCountsInDigitsAndWords() {
    assertEquals(List.of("count 14 باحثًا [14 باحثًا]"), found("انضم 14 باحثًا ومهندسًا", null));
    assertEquals(List.of("count 3 باحثين [ثلاثة باحثين]"), found("جذب ثلاثة باحثين ساهموا", null));
    assertEquals(List.of("count 1300000 وحدة [1.3 مليون وحدة]"), found("بأكثر من 1.3 مليون وحدة معالجة", null));
  }

  @Test
  void readsFullDatesAndWeekdayDatelines() {
    assertEquals(List.of("date 2025-08-29 DAY [الجمعة 29 أغسطس 2025]"), found("الجمعة 29 أغسطس 2025", null));
    assertEquals(List.of("date 2025-01 MONTH [كانون الثاني 2025]"), found("في كانون الثاني 2025", null).stream().map(s -> s.replace("[في ", "[")).toList());
  }

  @Test
  void readsYearsAfterACue() {
    assertEquals(List.of("date 2024 YEAR [عام 2024]"), found("عام 2024", null));
    assertEquals(List.of("date 2024 YEAR [أواخر عام 2024]"), found("أواخر عام 2024", null));
    assertEquals(List.of("date 2024 YEAR [في أواخر عام 2024]"), found("مكتبها في زيورخ في أواخر عام 2024.", null));
    assertEquals(List.of("date 2018 YEAR [منذ 2018]"), found("يعمل منذ 2018، ما", null));
  }

  @Test
  void resolvesDatesWithoutAYearAgainstPublication() {
    assertEquals(List.of("date 2025-07-07 DAY [في 7 يوليو]"), found("الذي انضم في 7 يوليو، وفقًا", "2025-08-29"));
    assertEquals(List.of("date 2025-06 MONTH [في يونيو]"), found("ترك الشركة في يونيو.", "2025-08-29"));
    assertEquals(List.of("date 2025-06 MONTH [في يونيو الماضي]"), found("وفي يونيو الماضي، زعم", "2025-08-29"));
    assertEquals(List.of("date 2024-09 MONTH [في سبتمبر الماضي]"), found("في سبتمبر الماضي", "2025-08-29"));
    assertEquals(List.of("date 2025-08-03 DAY [يوم 3 أغسطس الجاري]"), found("في منشور يوم 3 أغسطس الجاري:", "2025-08-29"));
    assertEquals(List.of("date 2025 YEAR [هذا العام]"), found("في وقت سابق من هذا العام،", "2025-08-29"));
    assertEquals(List.of("date 2025-01 MONTH [منذ يناير]"), found("للذكاء الاصطناعي منذ يناير، بينما", "2025-08-29"));
    assertEquals(List.of("date 2024-12 MONTH [في كانون الأول]"), found("في كانون الأول", "2025-08-29"));
  }

  @Test
  void keepsOnlyTheWordsOfARelativeDateWithoutPublication() {
    assertEquals(List.of("date null NONE [في يونيو الماضي]"), found("وفي يونيو الماضي، زعم", null));
    assertEquals(List.of("date null NONE [منذ يناير]"), found("منذ يناير", null));
    assertEquals(List.of("date null NONE [هذا العام]"), found("هذا العام", null));
    assertEquals(List.of("date null NONE [7 يوليو]"), found("7 يوليو", null));
  }

  @Test
  void aMonthNameAloneIsNoDate() {
    assertEquals(List.of(), found("مارس الضغط على الشركة", null));
  }

  @Test
  void dateOffsetsSkipAConjunction() {
    DateValue d = (DateValue) values.find("وفي يونيو الماضي", "2025-08-29").get(0);
    assertEquals(1, d.start());
  }

  @Test
  void aCurrencySignAfterTheAmountIsItsCurrency() {
    assertEquals(List.of("money 2400000000 USD [2,4 مليار $]"), found("دفعت قرابة 2,4 مليار $ مقابل ترخيص", null));
    assertEquals(List.of("money 30000000 USD [30 مليون$]"), found("بقيمة 30 مليون$.", null));
  }

  @Test
  void scalesInARowMultiply() {
    assertEquals(List.of("money 1000000000 USD [ألف مليون دولار]"), found("ضخت ألف مليون دولار إضافية", null));
    assertEquals(List.of("money 2000000000 USD [ألفي مليون دولار]"), found("نحو ألفي مليون دولار", null));
    assertEquals(List.of("money 1500000000 USD [1,5 ألف مليون دولار]"), found("قرابة 1,5 ألف مليون دولار", null));
  }

  @Test
  void theBroadPluralOfBillionIsAScale() {
    assertEquals(List.of("money 3000000000 USD [٣ بلايين دولار]"), found("بنحو ٣ بلايين دولار", null));
  }
}
