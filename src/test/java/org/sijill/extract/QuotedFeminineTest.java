package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quoted unknown name followed by a feminine adjective of origin is a company. */
class QuotedFeminineTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aQuotedNameWithAFeminineAdjectiveOfOriginIsACompany() {
    assertEquals(List.of("rakutn-mubayl"),
        TestFacts.companyIds(extractor, "وكان أمين قد جاء قادماً من «راكوتن موبايل» اليابانية التي تولى رئاستها التنفيذية."));
  }

  @Test
  void aQuotedAppAfterAProductsWordIsNoCompany() {
    assertEquals(List.of(), TestFacts.companyIds(extractor, "وحمّل المستخدمون تطبيق «ريد نوت» الصينية بكثرة."));
  }

  @Test
  void aQuotedServiceAfterAPlatformsWordWithAFeminineAdjectiveIsNoCompany() {
    assertEquals(List.of(), TestFacts.companyIds(extractor, "وستعتمد الشركة على منصة «أزور» السحابية في تشغيل تطبيقاتها."));
  }
}
