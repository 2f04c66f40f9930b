package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Taking the chair of a board is joining the company whose board it is. */
class ChairsTakenTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void theChairOfTheArticlesCompanyToComeIsAnExpectedJoining() {
    assertEquals(List.of("جون ديفيدسون: - > oracle (expected)"), MoveLines.in(extractor,
        "أعلنت شركة أوراكل عن نتائجها.\nوانضم إلى المستثمرين جون ديفيدسون، المؤسس المشارك لشركة نوفا، الذي سيتولى رئاسة مجلس إدارة الشركة."));
  }

  @Test
  void theChairOfANamedCompanysBoardTakenIsAJoiningDone() {
    assertEquals(List.of("جون ديفيدسون: - > nvidia (completed)"), MoveLines.in(extractor,
        "وكان المستثمر جون ديفيدسون، الذي أصبح رئيساً لمجلس إدارة إنفيديا، قد شارك في الجولة."));
  }

  @Test
  void aSeatOnABoardIsNoChair() {
    assertEquals(List.of(), MoveLines.in(extractor, "وسيتولى جون ديفيدسون مقعداً في مجلس إدارة إنفيديا."));
  }
}
