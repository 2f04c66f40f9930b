package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person after a backer's word in a round's sentence invests with the others; the company describing him does not. */
class PeopleInRoundsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.of(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theBillionaireInvestsAndTheCompanyHeFoundedDoesNot() {
    assertEquals(
        List.of("investment: sequoia-capital (investor), nufa-rubutks (investee), bill-gates (investor); 120000000 USD"),
        deals("جمعت شركة \"نوفا روبوتكس\" الناشئة 120 مليون دولار في جولة تمويل قادتها سيكويا كابيتال، "
            + "بمشاركة مؤسس مايكروسوفت الملياردير بيل غيتس."));
  }

  @Test
  void anInvestorNamedWithTheRoundsOthersInTheNextSentenceInvests() {
    assertEquals(
        List.of("investment: sequoia-capital (investor), nufa-rubutks (investee), nvidia (investor), run-kunway (investor); 120000000 USD"),
        deals("جمعت شركة \"نوفا روبوتكس\" الناشئة 120 مليون دولار في جولة تمويل قادتها سيكويا كابيتال.\n"
            + "وشارك في الجولة كل من إنفيديا والمستثمر الأمريكي رون كونواي."));
  }

  @Test
  void anInvestorWithNoRoundInHisSentenceNorTheOneBeforeInvestsInNothing() {
    assertEquals(List.of(), deals("وقال المستثمر الأمريكي رون كونواي إن السوق تتغير."));
  }
}
