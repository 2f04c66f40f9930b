package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreements with another organisation: a purchase agreed, and an agreement announced with no word of use. */
class AgreementsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void aPurchaseAgreedWithAnotherIsTheBuyersContractWithItsSupplier() {
    assertEquals(List.of("contract: samsung (client), intel (contractor); 1000000000 USD; announced"),
        deals("واتفقت شركة «سامسونغ» مع «إنتل» على شراء رقائق بقيمة مليار دولار."));
    assertEquals(List.of(), deals("واتفقت شركة «سامسونغ» مع «إنتل» على أن الطلب يتزايد."));
  }

  @Test
  void anAgreementWithAnotherAndNoWordOfUseIsAPartnershipWhatItIsWorthBeforeWith() {
    assertEquals(List.of("partnership: lambda (partner), microsoft (partner); 2000000000 USD; announced"),
        deals("ووقّعت شركة Lambda الأمريكية اتفاقاً بقيمة 2 مليار دولار مع Microsoft لنشر بنية تحتية."));
    assertEquals(List.of("partnership: lambda (partner), microsoft (partner); -; announced"),
        deals("وأعلنت شركة Lambda الأمريكية اتفاقاً بمليارات الدولارات مع Microsoft لنشر بنية تحتية."));
  }

  @Test
  void aPartnershipTheTwoCompaniesAgreedOnIsOneOfTheLastDealsParties() {
    assertEquals(List.of("investment: nvidia (investor), nokia (investee); 1000000000 USD; announced",
            "partnership: nvidia (partner), nokia (partner); -; announced"),
        deals("أعلنت «إنفيديا» أنها ستستثمر مليار دولار في «نوكيا». وبالتوازي، اتفقت الشركتان على شراكة استراتيجية لتطوير الشبكات."));
    assertEquals(List.of("investment: nvidia (investor), nokia (investee); 1000000000 USD; announced"),
        deals("أعلنت «إنفيديا» أنها ستستثمر مليار دولار في «نوكيا». واتفقت الشركتان على أن السوق يتغير."));
  }
}
