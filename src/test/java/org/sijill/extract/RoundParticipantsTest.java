package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Those who took part in "the round" of an earlier sentence are more investors of its investment. */
class RoundParticipantsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theOrganisationsThatTookPartInTheRoundJoinTheLeadersInvestment() {
    assertEquals(
        List.of("investment: humain (investor), luma-ih-ay (investee), amd (investor), andreessen-horowitz (investor); 900000000 USD; completed"),
        deals("قادت شركة «هيوماين» جولة تمويل بقيمة 900 مليون دولار في شركة «لوما إيه آي» الأمريكية.\n"
            + "وشارك في الجولة كل من ذراع الاستثمار في «إيه إم دي» و«أندريسن هورويتز»، لترتفع قيمة «لوما إيه آي» إلى 4 مليارات دولار."));
  }

  @Test
  void takingPartInAnIndefiniteRoundIsNotReadHere() {
    assertEquals(
        List.of("investment: humain (investor), luma-ih-ay (investee); 900000000 USD; completed"),
        deals("قادت شركة «هيوماين» جولة تمويل بقيمة 900 مليون دولار في شركة «لوما إيه آي» الأمريكية.\n"
            + "وشارك في جولات سابقة كل من «إيه إم دي» و«أندريسن هورويتز»."));
  }
}
