package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person who only speaks of a deal ("وقالت أ إن الشراكة مع X …") is no party to it. */
class SpokenDealsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.of(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theSpeakerOfAPartnershipIsNoPartner() {
    assertEquals(List.of(), deals("وقالت سارة كولينز إن الشراكة مع إنفيديا ستبدأ العام المقبل."));
  }

  @Test
  void theCompanyOfTheSpeakersDescriptionStaysAPartner() {
    assertEquals(List.of("partnership: oracle (partner), nvidia (partner); -"),
        deals("وقال جون سميث، الرئيس التنفيذي لشركة أوراكل، إن التعاون مع إنفيديا سيسرع نمو الشركة."));
  }
}
