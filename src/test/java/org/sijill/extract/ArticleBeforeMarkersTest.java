package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A word with the article is no preposition: "الآلي" (mechanical) does not read as "ال" + "إلى". */
class ArticleBeforeMarkersTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void machineLearningInADescriptionMarksNoDestination() {
    assertEquals(List.of("يوهان شالكفيك: sisami > meta (completed)"),
        MoveLines.in(extractor, "وضمّت ميتا يوهان شالكفيك، مسؤول التعلم الآلي في شركة «سيسامي» الناشئة."));
  }
}
