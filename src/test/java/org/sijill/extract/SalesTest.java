package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sales: the buyer after "إلى", the seller acting, the company in what is sold the target. */
class SalesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void aSaleIsTheBuyersAcquisitionOfTheCompanyInWhatIsSoldWithTheSellerAsSeller() {
    assertEquals(
        List.of("acquisition: sanmina (acquirer), zt-systems (target), amd (seller); 3000000000 USD; announced"),
        deals("أعلنت شركة AMD الأمريكية لصناعة الرقائق، اتفاقها على بيع أعمال التصنيع التابعة لشركة ZT Systems إلى شركة سانمينا "
            + "مقابل ما يصل إلى 3 مليارات دولار نقداً وأسهماً."));
  }

  @Test
  void aUnitSoldWithNoCompanyNamedIsTheBuyersDealWithTheSellerAfterTheVerb() {
    assertEquals(
        List.of("acquisition: kisayt (acquirer), sinubsis (seller); -; completed"),
        deals("ولهذا الغرض باعت شركة سينوبسيس مجموعة الحلول البصرية التابعة لها إلى شركة كيسايت تكنولوجيز."));
  }

  @Test
  void aStakeSoldWithNoBuyerIsADealOfTheSellerAndTheCompanyOfTheStake() {
    assertEquals(
        List.of("other: softbank (seller), nvidia (other); 5830000000 USD; completed"),
        deals("وفي سياق متصل، باعت سوفت بنك كامل حصتها في «إنفيديا» مقابل 5.83 مليار دولار."));
  }

  @Test
  void theSellerOfAVerbAfterAnotherIsTheFirstOrganisationNotTheOneBoughtBefore() {
    assertEquals(
        List.of("other: softbank (seller), nvidia (other); -; announced"),
        deals("سوفت بنك تُتم صفقة «غروك» وتبيع حصتها في «إنفيديا»"));
  }

  @Test
  void goodsSoldToCustomersAreNoDeal() {
    assertEquals(List.of(), deals("وقالت إنفيديا إنها تبيع رقائقها إلى أمازون وغوغل."));
  }
}
