package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A merger of an acquirer and its target, told after the acquisition, is that acquisition. */
class AcquiredMergersTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void aMergerOfTheBuyerAndTheCompanyItBoughtIsNoDealOfItsOwn() {
    assertEquals(
        List.of("acquisition: sinubsis (acquirer), ansis (target); 35000000000 USD; completed"),
        deals("أتمّت شركة سينوبسيس الأميركية استحواذها على شركة أنسيس مقابل 35 مليار دولار. "
            + "وقال ساسين غازي إن دمج أنسيس في سينوبسيس يجمع تصميم الرقائق ومحاكاة الأنظمة في منصة واحدة."));
  }

  @Test
  void aMergerWithNoAcquisitionOfTheTwoStays() {
    assertEquals(
        List.of("merger: ansis (partner), sinubsis (partner); -; completed"),
        deals("وقالت شركة سينوبسيس إن دمج شركة أنسيس في سينوبسيس يجمع تصميم الرقائق ومحاكاة الأنظمة."));
  }
}
