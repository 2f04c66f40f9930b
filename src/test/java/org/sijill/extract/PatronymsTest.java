package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name built on "بن" after a ruler's title is one person, a family after "آل" included. */
class PatronymsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aSheikhsNameWithHisFathersIsAPerson() {
    assertEquals(List.of("طحنون بن زايد"), TestFacts.arabicNames(extractor, "ويرأس مجلس إدارتها الشيخ طحنون بن زايد."));
  }

  @Test
  void theFamilyAfterAalIsPartOfTheName() {
    assertEquals(List.of("تركي بن فيصل آل سعود"), TestFacts.arabicNames(extractor, "وحضر الأمير تركي بن فيصل آل سعود الاجتماع."));
  }

  @Test
  void aTitleWithNoSonOfIsNotReadHere() {
    assertEquals(List.of(), TestFacts.arabicNames(extractor, "وحضر الشيخ الاجتماع في أبوظبي أمس."));
  }
}
