package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name filling guillemets with no listed given name first is no person. */
class QuotedPersonsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aQuotedSubjectOfThePluperfectWithARelativeClauseIsNoPerson() {
    assertEquals(List.of(),
        TestFacts.arabicNames(extractor, "وكانت «هيومن لوب»، التي خرجت من كلية لندن الجامعية عام 2020، قد طورت منصة لتقييم النماذج."));
  }

  @Test
  void aQuotedNameStartingWithAListedGivenNameIsStillAPerson() {
    assertEquals(List.of("سام ألتمان"),
        TestFacts.arabicNames(extractor, "وكان «سام ألتمان»، الذي أسس الشركة عام 2015، قد رفض العرض."));
  }
}
