package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who sells in an acquisition: the owner of a unit bought, and the organisation bought from after "من". */
class UnitsBoughtTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void aUnitBoughtIsADealOfTheBuyerAndItsOwnerTheSeller() {
    assertEquals(
        List.of("acquisition: samsung (acquirer), siemens (seller); 2400000000 USD; completed"),
        deals("واستحوذت شركة سامسونغ على قسم الأجهزة الطبية التابع لمجموعة سيمنس الألمانية، مقابل 2.4 مليار دولار."));
    assertEquals(
        List.of("acquisition: samsung (acquirer), siemens (seller); -; announced"),
        deals("وأعلنت «سامسونغ» استحواذها على وحدة الرقائق في «سيمنس»."));
  }

  @Test
  void aUnitOfNoOrganisationNamedIsNoDeal() {
    assertEquals(List.of(), deals("واستحوذت شركة سامسونغ على قسم الأجهزة الطبية في أوروبا."));
  }

  @Test
  void theOrganisationAfterFromRightAfterTheOneBoughtSellsIt() {
    assertEquals(
        List.of("acquisition: softbank (acquirer), bustn-dynamics (target), alphabet (seller); -; completed"),
        deals("وكانت «سوفت بنك» قد استحوذت عام 2017 على «بوسطن ديناميكس» من «ألفابت»."));
  }
}
