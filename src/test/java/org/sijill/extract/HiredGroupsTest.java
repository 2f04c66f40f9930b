package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The founders a company takes on from another move from theirs to it ({@link HiredGroups}). */
class HiredGroupsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> moves(String text) {
    return TestFacts.extracted(extractor, text).people().stream()
        .flatMap(p -> p.moves().stream().map(m -> p.id() + ": " + (m.from() == null ? "-" : m.from()) + " > " + (m.to() == null ? "-" : m.to())))
        .toList();
  }

  @Test
  void theFoundersNamedAfterTheCompanyMoveFromItToTheHirer() {
    assertEquals(
        List.of("peter-abil: covariant > amazon", "peter-chn: covariant > amazon", "ruki-dwan: covariant > amazon"),
        moves("ضمّت أمازون مؤسسي شركة Covariant الناشئة المتخصصة في روبوتات المستودعات، بيتر أبيل وبيتر تشن وروكي دوان، "
            + "إلى جانب نحو ربع موظفي الشركة."));
  }

  @Test
  void foundersWithNoHiringVerbBeforeThemDoNotMove() {
    assertEquals(List.of(), moves("وقال مؤسسا شركة Covariant، بيتر أبيل وبيتر تشن، إن النموذج جاهز."));
  }
}
