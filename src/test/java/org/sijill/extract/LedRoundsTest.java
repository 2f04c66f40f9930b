package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A round told by its leader first is the leader's and the other investors' investment in the one that raised. */
class LedRoundsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theLeaderAndThoseAfterWithTheParticipationOfInvestInTheOneThatRaised() {
    assertEquals(
        List.of("investment: softbank (investor), openai (investee), microsoft (investor), nvidia (investor); 40000000000 USD; completed"),
        deals("وبعد أقل من شهرين، قادت سوفت بنك جولة تمويل جمعت فيها OpenAI أربعين مليار دولار بتقييم بلغ 300 مليار دولار، "
            + "بمشاركة مايكروسوفت وإنفيديا."));
  }

  @Test
  void aLeaderWithNoRaisingAfterTheRoundIsNotReadHere() {
    assertEquals(List.of(), deals("وقادت سوفت بنك جولة مفاوضات مع OpenAI."));
  }
}
