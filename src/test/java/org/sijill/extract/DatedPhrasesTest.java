package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A preposition that starts a date is no deal's object marker: the object comes after the date. */
class DatedPhrasesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void aMonthAfterTheVerbLeavesTheInvesteeToTheNextPreposition() {
    assertEquals(List.of("investment: microsoft (investor), openai (investee); 10000000000 USD; completed"),
        deals("واستثمرت مايكروسوفت في يناير 2023 نحو 10 مليارات دولار في أوبن إيه آي."));
  }

  @Test
  void aMonthGivenTwiceIsOneDate() {
    assertEquals(List.of("investment: meta (investor), scale-ai (investee); 14300000000 USD; completed"),
        deals("وضخّت ميتا في حزيران/يونيو نحو ١٤٫٣ مليار دولار في «سكيل إيه آي» مقابل حصة تبلغ ٤٩ في المئة."));
    assertEquals(List.of("investment: microsoft (investor), openai (investee); 10000000000 USD; completed"),
        deals("واستثمرت مايكروسوفت في أيلول (سبتمبر) الماضي نحو 10 مليارات دولار في أوبن إيه آي."));
  }
}
