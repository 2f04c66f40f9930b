package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A post left is a leaving of the organisation of the person's description, or of the one named before. */
class LeftPostsTest {
  private final Extractor extractor = Extractor.standard();

  /** Every move as "person: from > to (status)". */
  private List<String> moves(String text) {
    return TestFacts.extracted(extractor, text).people().stream()
        .flatMap(p -> p.moves().stream().map(m -> p.id() + ": " + (m.from() == null ? "-" : m.from()) + " > "
            + (m.to() == null ? "-" : m.to()) + " (" + m.status().yaml() + ")"))
        .toList();
  }

  @Test
  void leavingOnesPostAfterADescriptionLeavesItsFirstOrganisation() {
    assertEquals(
        List.of("thomas-dumkh: github > - (expected)"),
        moves("قال توماس دومكه، الرئيس التنفيذي لمنصة «غيت هب» المملوكة لمايكروسوفت، إنه سيغادر منصبه بنهاية العام."));
  }

  @Test
  void leavingOnesPostsWithNoDescriptionLeavesTheOrganisationNamedBefore() {
    assertEquals(
        List.of("colin-anjl: meta > - (expected)"),
        moves("وأعلنت ميتا في اليوم نفسه أن مؤسسها كولين أنجل سيترك منصبَي الرئيس التنفيذي ورئيس مجلس الإدارة."));
  }

  @Test
  void aPostLeftInThePastIsDone() {
    assertEquals(List.of("colin-anjl: meta > - (completed)"), moves("وقالت ميتا إن مؤسسها كولين أنجل ترك منصبه أمس."));
  }

  @Test
  void leavingWithNoPostIsNotReadHere() {
    assertEquals(List.of(), moves("وقال مؤسسها كولين أنجل إنه لن يترك الشركة."));
  }
}
