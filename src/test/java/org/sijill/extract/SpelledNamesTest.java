package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quoted name that spells a Latin one in letters' names, numbers or words is one name, a known short name in it included. */
class SpelledNamesTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aQuotedNameHoldingANumberAfterAGroupsWordIsAnOrganisation() {
    assertEquals(List.of("kiw-7", "microsoft"),
        TestFacts.companyIds(extractor, "استثمرت «مايكروسوفت» 1.5 مليار دولار في مجموعة «كيو 7» الإماراتية."));
  }

  @Test
  void aQuotedNameStartingWithALettersNameListedWithACompanyIsAnOrganisation() {
    assertEquals(List.of("ay-fijn", "oracle"), TestFacts.companyIds(extractor, "وأعلنت شركتا أوراكل و\"آي فيجن\" إلغاء الاتفاق."));
  }

  @Test
  void aKnownShortNameEndingASpelledNameIsPartOfIt() {
    assertEquals(List.of("si-ji-iks"), TestFacts.companyIds(extractor, "وفي سبتمبر، انضمت «سي جي إكس» إلى الشراكة."));
  }

  @Test
  void aQuotedRunOfOrdinaryWordsIsNoSpelledName() {
    assertEquals(List.of(), TestFacts.companyIds(extractor, "وقال إن الخطة «جيدة جدا» للجميع."));
  }
}
