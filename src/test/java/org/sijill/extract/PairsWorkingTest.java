package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The two companies will cooperate" is a partnership of the last deal's two parties. */
class PairsWorkingTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theTwoCompaniesOfTheLastDealWorkingTogetherArePartners() {
    assertEquals(
        List.of("investment: humain (investor), luma-ih-ay (investee); 900000000 USD; completed",
            "partnership: humain (partner), luma-ih-ay (partner); -; announced"),
        deals("قادت شركة «هيوماين» جولة تمويل بقيمة 900 مليون دولار في شركة «لوما إيه آي» الأمريكية.\n"
            + "وستتعاون الشركتان في بناء مجمع حوسبة للذكاء الاصطناعي في المملكة."));
  }

  @Test
  void theTwoCompaniesWithNoDealBeforeAreNotReadHere() {
    assertEquals(List.of(), deals("وستتعاون الشركتان في بناء مجمع حوسبة للذكاء الاصطناعي في المملكة."));
  }
}
