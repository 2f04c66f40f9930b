package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares received in a company are an investment in it, announced when told in the future. */
class SharesReceivedTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void sharesToBeReceivedInACompanyAreAnAnnouncedInvestmentPricedAfterIt() {
    assertEquals(List.of("investment: openai (investor), kuruyf (investee); 350000000 USD; announced"),
        deals("وستحصل «أوبن إيه آي» بموجب الاتفاق على أسهم في شركة «كورويف» بقيمة 350 مليون دولار، تُصدر لها في إطار طرح خاص."));
  }

  @Test
  void aStakeReceivedIsADoneInvestment() {
    assertEquals(List.of("investment: microsoft (investor), openai (investee); 13000000000 USD; completed"),
        deals("وحصلت مايكروسوفت على حصة في OpenAI بقيمة 13 مليار دولار."));
  }
}
