package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A fund named after its company, with what it is for, is an organisation of its own. */
class FundNamesTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aFundNamedAfterItsCompanyIsItsOwnOrganisation() {
    Extraction x = TestFacts.extracted(extractor, "وشارك في الجولة صندوق سامسونج للابتكار وشركة إنفيديا.");
    assertEquals(List.of("nvidia", "snduq-samsung-llabtkar"), x.companies().stream().map(c -> c.id()).toList());
    assertEquals("صندوق سامسونج للابتكار", x.companies().get(1).name().ar());
    assertEquals("other", x.companies().get(1).kind().yaml());
  }

  @Test
  void aFundWithADefiniteWordInItsPurposeKeepsIt() {
    assertEquals(List.of("صندوق OpenAI للشركات الناشئة"),
        TestFacts.extracted(extractor, "وساهم صندوق OpenAI للشركات الناشئة في الجولة.").companies().stream().map(c -> c.name().ar()).toList());
  }

  @Test
  void theCompanyAfterAFundsWordWithNoPurposeIsTheCompany() {
    assertEquals(List.of("samsung"), TestFacts.companyIds(extractor, "وقال صندوق سامسونج إنه سيستثمر."));
  }
}
