package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticsTest {
  private final Clitics clitics = Lexicon.standard().clitics();

  private List<String> stems(String word) {
    return clitics.candidates(ArabicText.normalizeString(word)).stream().map(Clitics.Stripped::stem).toList();
  }

  @Test
  void yieldsTheWordFirstThenEachStrippedReading() {
    assertEquals(List.of("ولوكاس", "لوكاس", "وكاس"), stems("ولوكاس"));
  }

  @Test
  void stripsTheFusedPrepositionAndArticle() {
    assertEquals(List.of("للذكاء", "لذكاء", "ذكاء"), stems("للذكاء"));
  }

  @Test
  void stripsConjunctionPrepositionAndArticleTogether() {
    assertEquals(List.of("وبالشركه", "بالشركه", "الشركه", "شركه"), stems("وبالشركة"));
  }

  @Test
  void neverLeavesFewerThanTwoLetters() {
    assertEquals(List.of("لي"), stems("لي"));
    assertEquals(List.of("بال", "ال"), stems("بال"));
  }
}
