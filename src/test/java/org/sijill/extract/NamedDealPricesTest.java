package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "صفقة الاستحواذ التي قُدرت قيمتها بـ…" prices the purchase told before; "تتخلى عن شراء" makes it failed. */
class NamedDealPricesTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aDealNamedByItsKindPricesTheEarlierOneAndGivingItUpFailsIt() {
    assertEquals(List.of("acquisition: oracle (acquirer), sirnr (target); 2100000000 USD; failed"),
        DealLines.withStatus(TestFacts.extracted(extractor,
            "أوراكل تتخلى عن شراء شركة سيرنر\nوأعلنت الشركتان إلغاء صفقة الاستحواذ التي قُدرت قيمتها بـ2.1 مليار دولار.").deals()));
  }
}
