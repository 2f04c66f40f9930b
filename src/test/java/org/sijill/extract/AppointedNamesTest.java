package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The person appointed or chosen, described after a comma, is named whole, whatever the given name. */
class AppointedNamesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> people(String text) {
    return TestFacts.arabicNames(extractor, text);
  }

  @Test
  void threeWordsNoListKnowsAfterAnAppointmentAreOneName() {
    assertEquals(List.of("تشانغ وي مينغ"),
        people("وأعلنت الشركة تعيين تشانغ وي مينغ، نائب الرئيس السابق في شركة هواوي، رئيساً تنفيذياً لها."));
  }

  @Test
  void aSurnameThatIsAlsoAGivenNameEndsTheName() {
    assertEquals(List.of("رقيب حسين"),
        people("وأعلنت الشركتان تعيين رقيب حسين، رئيس قطاع الرقائق السابق في شركة إنتل، رئيساً تنفيذياً لها."));
  }

  @Test
  void definiteWordsAfterAnAppointmentAreNoName() {
    assertEquals(List.of(), people("وأعلنت تعيين المهندسين الجدد، الباحث في الشركة."));
  }
}
