package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A return told with the joining it cut short is a move there and a move back. */
class ReturnsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void returningAfterJoiningAnotherIsLeavingForItThenComingBack() {
    assertEquals(
        List.of("بوريس تشيرني: anthropic > anysphere (completed)", "بوريس تشيرني: anysphere > anthropic (completed)",
            "كات وو: anthropic > anysphere (completed)", "كات وو: anysphere > anthropic (completed)"),
        MoveLines.in(extractor, "عاد بوريس تشيرني (Boris Cherny) وكات وو (Cat Wu) إلى شركة «أنثروبيك»، بعد نحو أسبوعين فقط من "
            + "انضمامهما إلى «أنيسفير»، الشركة المطوّرة لمحرر البرمجة «كيرسر»."));
  }

  @Test
  void aReturnWithNoJoiningAfterItHasNoOrigin() {
    assertEquals(List.of("بوريس تشيرني: - > anthropic (completed)"),
        MoveLines.in(extractor, "عاد بوريس تشيرني إلى شركة «أنثروبيك» بعد غياب دام عامين."));
  }
}
