package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An agreement with X by which the other supplies X is a contract, X the client. */
class SupplyAgreementsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theOneSuppliedIsTheClientOfTheOneThatSignedTheAgreement() {
    assertEquals(List.of("contract: oracle (contractor), meta (client); 20000000000 USD; announced"),
        deals("وأعلنت أوراكل توقيع اتفاق مع شركة ميتا تزوّدها بموجبه بقدرات حوسبة سحابية بقيمة 20 مليار دولار على مدى خمس سنوات."));
  }

  @Test
  void aHeadlinesDealOfNoTypeBetweenTheSameTwoIsTheContract() {
    assertEquals(List.of("contract: oracle (contractor), meta (client); 20000000000 USD; announced"),
        deals("أوراكل توقع صفقة بـ20 مليار دولار مع ميتا\nوأعلنت أوراكل توقيع اتفاق مع ميتا تزوّدها بموجبه بقدرات حوسبة بقيمة 20 مليار دولار."));
  }
}
