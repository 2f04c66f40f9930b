package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A subject named right after a verb of announcing or saying and described by a title after a comma is a person. */
class AnnouncedNamesTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void anUnlistedGivenNameAfterAnnouncingAndBeforeATitleIsAPerson() {
    assertEquals(List.of("ليليان وينغ: openai > - (expected)"),
        MoveLines.in(extractor, "أعلنت ليليان وينغ، نائبة الرئيس لشؤون الأبحاث والسلامة في «أوبن إيه آي»، أنها ستغادر الشركة منتصف تشرين الثاني/نوفمبر."));
  }

  @Test
  void aSpeakerDescribedByATitleIsAPerson() {
    assertEquals(List.of("فيدجي سيمو"),
        TestFacts.arabicNames(extractor, "وأكدت فيدجي سيمو، الرئيسة التنفيذية لتطبيقات «أوبن إيه آي»، أن العمل يتقدم."));
  }

  @Test
  void theCompanySpeakingIsNoPerson() {
    assertEquals(List.of(), TestFacts.arabicNames(extractor, "وقالت الشركة، في بيان، إن الاتفاق يوسّع شراكة قائمة."));
  }
}
