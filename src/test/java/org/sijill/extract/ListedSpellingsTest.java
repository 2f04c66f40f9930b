package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations the list knows by their Arabic spellings, with no cue around them. */
class ListedSpellingsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void blackRockAfterAnOwnersLamIsKnown() {
    assertEquals(List.of("blackrock"), TestFacts.companyIds(extractor, "وانضمت الوحدة التابعة لـ«بلاك روك» إلى التحالف."));
  }

  @Test
  void anysphereByItsOwnNameInArabicScriptIsKnown() {
    assertEquals(List.of("anysphere"), TestFacts.companyIds(extractor, "وكان الباحثان قد انضما إلى «أنيسفير» في يوليو."));
  }

  @Test
  void wellKnownCompaniesAreKnownAndRevenuesAreNoReddit() {
    assertEquals(List.of("hpe", "intel"),
        TestFacts.companyIds(extractor, "وكان قد انضم إلى «إنتل» قادماً من «هيوليت باكارد إنتربرايز».").stream().sorted().toList());
    assertEquals(List.of("adobe", "mozilla"),
        TestFacts.companyIds(extractor, "وعمل في Mozilla ثم في أدوبي.").stream().sorted().toList());
    assertEquals(List.of(), TestFacts.companyIds(extractor, "حتى قبل أن تحقق أي إيرادات."));
  }
}
