package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name and its other spelling in brackets stand as one name next to the words that follow. */
class BracketedSpellingsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aHirerWithItsLatinSpellingInBracketsStillTakesOnTheFoundersNamedAfter() {
    assertEquals(
        List.of("بيتر هايز: humanloop > anthropic (completed)", "رضا حبيب: humanloop > anthropic (completed)"),
        MoveLines.in(extractor, "ضمّت شركة «أنثروبيك» (Anthropic) مؤسسي شركة «هيومن لوب» (Humanloop) الناشئة، رضا حبيب وبيتر هايز."));
  }
}
