package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quoted name followed by its Latin spelling in brackets is one organisation, known words inside it or not. */
class QuotedBracketsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aQuotedNameWithItsLatinSpellingIsOneOrganisationEvenWithAKnownNameInside() {
    assertEquals(List.of("mgx", "microsoft"),
        TestFacts.companyIds(extractor, "واستثمرت شركة «إم جي إكس» (MGX) الإماراتية مع «مايكروسوفت» في المشروع."));
  }

  @Test
  void aQuotedNameOfUnknownWordsWithItsInitialsIsAnOrganisation() {
    assertEquals(List.of("gip"),
        TestFacts.companyIds(extractor, "وانضمت «غلوبال إنفراستركتشر بارتنرز» (GIP) إلى التحالف."));
  }

  @Test
  void aQuotedNameAfterAProductsWordIsNoOrganisation() {
    assertEquals(List.of("anthropic"),
        TestFacts.companyIds(extractor, "وطورت أنثروبيك نموذج «كلود» (Claude) للمحادثة."));
  }
}
