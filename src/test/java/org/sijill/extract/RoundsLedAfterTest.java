package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A round told with no verb of raising, "قادتها Y" after it, is Y's investment in the organisation before it. */
class RoundsLedAfterTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.of(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theLeaderAndThoseTakingPartInvestInTheOrganisationBeforeTheRound() {
    assertEquals(List.of("investment: sequoia-capital (investor), nufa-rubutks (investee), nvidia (investor); 50000000 USD"),
        deals("أطلقت شركة \"نوفا روبوتكس\" منصتها مع جولة تمويل بلغت 50 مليون دولار قادتها سيكويا كابيتال، بمشاركة إنفيديا."));
  }

  @Test
  void aRoundLedByNoOrganisationIsNoDeal() {
    assertEquals(List.of(), deals("أطلقت شركة \"نوفا روبوتكس\" منصتها مع جولة تمويل بلغت 50 مليون دولار قادتها مجموعة من المستثمرين."));
  }
}
