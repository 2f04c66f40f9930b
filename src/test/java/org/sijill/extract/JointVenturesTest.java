package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A joint venture is a partnership of the organisations that set it up. */
class JointVenturesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theOrganisationsJoinedByAndBeforeTheVentureAreItsPartners() {
    assertEquals(
        List.of("partnership: softbank (partner), openai (partner); -; announced"),
        deals("أعلنت مجموعة سوفت بنك اليابانية وشركة OpenAI تأسيس مشروع مشترك مملوك للطرفين مناصفة."));
  }

  @Test
  void theOrganisationBeforeAndTheOneAfterWithArePartnersPricedByTheCapital() {
    assertEquals(
        List.of("partnership: nvidia (partner), tesla (partner); 500000000 USD; announced"),
        deals("وأسست إنفيديا مشروعاً مشتركاً مع شركة تسلا برأس مال 500 مليون دولار."));
  }

  @Test
  void theOrganisationsAfterBetweenArePartnersNotTheOneThatSpeaks() {
    assertEquals(
        List.of("partnership: amazon (partner), google (partner); -; announced"),
        deals("وقالت ميتا إن المشروع المشترك بين أمازون وغوغل سيبدأ العام المقبل."));
  }

  @Test
  void aVentureOfOneOrganisationIsNoDeal() {
    assertEquals(List.of(), deals("وقالت ميتا إن أمازون أسست مشروعاً مشتركاً للرقائق."));
  }
}
