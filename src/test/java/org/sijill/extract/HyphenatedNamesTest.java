package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name hyphenated in Arabic script after a title is one person. */
class HyphenatedNamesTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aHyphenatedNameAfterAPossessiveTitleIsOnePerson() {
    assertEquals(List.of("ليب-بو تان"), TestFacts.arabicNames(extractor, "وقالت الشركة إن رئيسها التنفيذي ليب-بو تان سيتولى الإشراف."));
  }

  @Test
  void aHyphenatedNameAfterATitleIsOnePerson() {
    assertEquals(List.of("شياو-بينغ تانغ"), TestFacts.arabicNames(extractor, "وانضم الباحث شياو-بينغ تانغ إلى الشركة."));
  }

  @Test
  void hyphenatedWordsWithNoTitleNearAreNoName() {
    assertEquals(List.of(), TestFacts.arabicNames(extractor, "وشهدت العلاقات سينو-أمريكية توترا كبيرا."));
  }
}
