package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Latin names of investment firms: their last words ("Management", "Global") and a known firm's arm. */
class LatinOrganisationNamesTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aNameEndingInManagementOrGlobalIsAFirmNotAPerson() {
    String text = "وقادت الجولة Atreides Management، بمشاركة Tiger Global وValor Equity Partners.";
    assertEquals(List.of(), TestFacts.arabicNames(extractor, text));
    assertEquals(List.of("atreides-management", "tiger-global", "valor-equity-partners"),
        TestFacts.companyIds(extractor, text).stream().sorted().toList());
  }

  @Test
  void aKnownFirmFollowedByALatinFirmsNameIsOneLongerName() {
    assertEquals(List.of("investment: goldman-sachs-asset-management (investor), datastax (investee); 115000000 USD"),
        DealLines.of(TestFacts.extracted(extractor,
            "وكانت شركة DataStax قد جمعت نحو 115 مليون دولار في جولة تمويل قادتها Goldman Sachs Asset Management.").deals()));
  }

  @Test
  void aLatinNameAfterACompanysWordWithAPossessiveIsACompany() {
    assertEquals(List.of("ndea"), TestFacts.companyIds(extractor, "وكشف سامر خليل عن شركته الناشئة الجديدة Ndea، التي أسسها مع جون سميث."));
  }
}
