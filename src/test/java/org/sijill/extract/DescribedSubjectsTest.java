package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A move told right after a long description between commas is the described person's. */
class DescribedSubjectsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aMoveAfterALongDescriptionIsThePersonsFromTheDescriptionsOrganisation() {
    assertEquals(List.of("تيم بروكس: openai > google-deepmind (completed)"),
        MoveLines.in(extractor, "أعلن تيم بروكس، أحد قائدي فريق تطوير نموذج توليد الفيديو «سورا» في شركة «أوبن إيه آي»، "
            + "انتقاله إلى مختبر «غوغل ديب مايند»."));
  }

  @Test
  void aMoveAfterAnotherClauseIsNotReadAsThePersons() {
    assertEquals(List.of(),
        MoveLines.in(extractor, "أعلن تيم بروكس، أحد قائدي فريق تطوير نموذج توليد الفيديو «سورا»، أن الشركة ستعلن، في الأسبوع المقبل، "
            + "انتقالها إلى مقر جديد."));
  }
}
