package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quoted unknown name described after a comma by an organisation's word is that organisation. */
class QuotedAppositionsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aQuotedNameDescribedAsTheCompanyThatMakesSomethingIsACompany() {
    assertEquals(List.of("riflkshn", "xai"),
        TestFacts.companyIds(extractor, "وانضم الباحث إلى «ريفلكشن»، الشركة الناشئة التي أسسها باحثون سابقون، قادماً من xAI."));
  }

  @Test
  void aQuotedNameDescribedAsAModelIsNoOrganisation() {
    assertEquals(List.of("openai"),
        TestFacts.companyIds(extractor, "وأطلقت OpenAI «سورا»، نموذج توليد الفيديو، في ديسمبر."));
  }
}
