package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An offer turned down is the offering party's rejected bid for the organisation that refused it. */
class RefusedOffersTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void anOfferFromAnOrganisationRefusedIsItsRejectedBidPricedAfterIt() {
    assertEquals(
        List.of("bid: google (bidder), anthropic (target); 23000000000 USD; rejected"),
        deals("وكانت «أنثروبيك» قد رفضت في يوليو الماضي عرضاً من «غوغل» بقيمة 23 مليار دولار."));
  }

  @Test
  void aPersonsOfferRightAfterTheOfferWordIsThePersonsBid() {
    assertEquals(
        List.of("bid: elon-musk (bidder), openai (target); 97400000000 USD; rejected"),
        deals("ورفضت OpenAI عرض ماسك البالغ 97.4 مليار دولار."));
  }

  @Test
  void aRefusalWithNoOfferIsNoBid() {
    assertEquals(List.of(), deals("ورفضت أنثروبيك الانضمام إلى ميتا."));
  }
}
