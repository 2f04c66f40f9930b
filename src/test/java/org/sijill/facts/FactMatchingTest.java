package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When a proposed role, move or source is one already on file, so that merging adds nothing. */
class FactMatchingTest {
  private static final String A = "000_a";
  private static final Source S6 = new Source(A, 6, "ينضم إلى بانسال في مختبر الذكاء الفائق التابع لـ Meta");

  private static Move move(String from, String to, Source... sources) {
    return new Move(from, to, null, null, MoveStatus.COMPLETED, List.of(sources));
  }

  private static Role role(String en, String ar, String org, Source... sources) {
    return new Role(Bilingual.of(en, ar), org, List.of(sources));
  }

  @Test
  void aSourceCitingTheSameSentenceIsAlreadyKnown() {
    Source shorter = new Source(A, 6, "بانسال في مختبر الذكاء الفائق");
    Source elsewhere = new Source(A, 7, "وكان الثلاثي قد عمل سابقًا");
    assertEquals(List.of(elsewhere), ListAdditions.newSources(List.of(S6), List.of(shorter, elsewhere)));
  }

  @Test
  void aSourceWhoseQuoteContainsAKnownQuoteIsKnownEvenIfRenumbered() {
    Source renumbered = new Source(A, 9, "ينضم إلى بانسال في مختبر الذكاء الفائق التابع لـ Meta ثلاثة باحثين");
    assertEquals(List.of(), ListAdditions.newSources(List.of(S6), List.of(renumbered)));
  }

  @Test
  void aMoveWithAnOpenEndIsTheMoveOnFile() {
    assertTrue(EntityMerge.sameMove(move("meta", "xai", S6), move("meta", null)));
    assertTrue(EntityMerge.sameMove(move(null, "meta", S6), move(null, "meta")));
    assertFalse(EntityMerge.sameMove(move("meta", "xai", S6), move("meta", "openai")));
  }

  @Test
  void aMoveNamingALabForItsParentInTheSameSentenceIsTheMoveOnFile() {
    assertTrue(EntityMerge.sameMove(move("openai", "meta", S6), move("openai", "meta-superintelligence-labs", S6)));
    assertFalse(
        EntityMerge.sameMove(
            move("openai", "meta", S6),
            move("openai", "meta-superintelligence-labs", new Source(A, 2, "نجحت شركة Meta"))));
  }

  @Test
  void aRoleWithTheSameTitleOrSentenceAndNoOtherOrganisationIsTheRoleOnFile() {
    Role onFile = role("Researcher at FAIR", "عالم أبحاث", "fair", S6);
    assertTrue(EntityMerge.sameRole(onFile, role("Research scientist", "الباحث", null, S6)));
    assertTrue(EntityMerge.sameRole(onFile, role("Researcher at FAIR", null, "fair")));
    assertFalse(EntityMerge.sameRole(onFile, role("Research scientist", "الباحث", "meta", S6)));
    assertFalse(EntityMerge.sameRole(onFile, role("Engineer", "مهندس", null, new Source(A, 2, "x"))));
  }
}
