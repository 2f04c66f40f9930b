package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A spend pledged on another's technology is a contract, the spender its client. */
class PledgedSpendingTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.of(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void aYearlySpendPledgedOnAnothersTechnologyIsAContract() {
    assertEquals(List.of("contract: apple (client), anthropic (contractor); 1000000000 USD"),
        deals("وتعهدت أبل بإنفاق مليار دولار سنوياً لاستخدام تقنيات أنثروبيك في منتجاتها."));
  }

  @Test
  void aSpendPledgedWithNoProviderNamedIsNoContract() {
    assertEquals(List.of(), deals("وتعهدت أبل بإنفاق مليار دولار سنوياً على مراكز البيانات."));
  }
}
