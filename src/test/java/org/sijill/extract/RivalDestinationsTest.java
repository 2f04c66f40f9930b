package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A move "to its rival" leaves the organisation the article is about. */
class RivalDestinationsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aMoveToTheRivalLeavesTheArticlesCompany() {
    assertEquals(List.of("يان لايكه: openai > anthropic (completed)"),
        MoveLines.in(extractor, "وقالت «أوبن إيه آي» إن فريق السلامة سيواصل عمله. ويأتي ذلك بعد أشهر من رحيل عدد من المسؤولين، أبرزهم يان لايكه الذي انتقل إلى منافستها «أنثروبيك» في أيار/مايو."));
  }

  @Test
  void withNoRivalWordTheOriginStaysUnsaid() {
    assertEquals(List.of("يان لايكه: - > anthropic (completed)"),
        MoveLines.in(extractor, "وقالت «أوبن إيه آي» إن فريق السلامة سيواصل عمله. ويأتي ذلك بعد أشهر من رحيل عدد من المسؤولين، أبرزهم يان لايكه الذي انتقل إلى «أنثروبيك» في أيار/مايو."));
  }
}
