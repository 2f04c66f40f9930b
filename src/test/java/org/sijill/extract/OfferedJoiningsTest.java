package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining offered to others is no move of the one who offers it. */
class OfferedJoiningsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void theOffererOfAJoiningDoesNotMove() {
    assertEquals(List.of(), MoveLines.in(extractor,
        "ويأتي ذلك في إطار حملة توظيف أطلقها مارك زوكربيرغ، الرئيس التنفيذي لـ«ميتا»، مطلع جوان، عرض خلالها على عشرات الباحثين الانضمام إلى الفريق مقابل حزم مالية."));
  }

  @Test
  void aPostOfferedToTheMoverLeavesHisMove() {
    assertEquals(List.of("مارك زوكربيرغ: - > meta (completed)"),
        MoveLines.in(extractor, "وانضم مارك زوكربيرغ إلى «ميتا» بعد أن عرضت عليه الشركة منصباً."));
  }
}
