package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words after a person's description between commas are no second person. */
class DescribedPersonsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> moves(String text) {
    return TestFacts.extracted(extractor, text).people().stream()
        .flatMap(p -> p.moves().stream().map(m -> p.id() + ": " + (m.from() == null ? "-" : m.from()) + " > "
            + (m.to() == null ? "-" : m.to()) + " (" + m.status().yaml() + ")"))
        .toList();
  }

  @Test
  void theVerbAfterADescribedPersonIsNoNameAndTheMoveIsThePersons() {
    assertEquals(List.of("peter-sarlin: silo-ai > amd (completed)"),
        moves("وأضافت أن Peter Sarlin، الرئيس التنفيذي والمؤسس المشارك لـSilo AI، سيواصل قيادة الفريق بعد انضمامه إلى AMD."));
  }

  @Test
  void aPersonWithAListedGivenNameAfterAnotherOnesDescriptionStays() {
    assertEquals(List.of("إيلون ماسك", "جنسن هوانغ"),
        TestFacts.arabicNames(extractor, "والتقى إيلون ماسك، الرئيس التنفيذي لشركة تسلا، جنسن هوانغ في واشنطن."));
  }
}
