package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A deal made by a consortium is made by all the members named before its other party. */
class ConsortiaTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.of(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void theMembersOfAConsortiumAllTakePartInItsPurchaseItsOwnersAfterLamLeftOut() {
    assertEquals(
        List.of("acquisition: gip (acquirer), aligned-data-centers (target), aip (partner), mgx (partner); 40000000000 USD"),
        deals("اتفق تحالف يضم «شراكة البنية التحتية للذكاء الاصطناعي» (AIP) وشركة «إم جي إكس» (MGX) الإماراتية "
            + "و«غلوبال إنفراستركتشر بارتنرز» (GIP) التابعة لـ«بلاك روك»، على الاستحواذ على شركة «ألايند داتا سنترز» "
            + "(Aligned Data Centers) في صفقة تقدّر قيمة الشركة بنحو 40 مليار دولار."));
  }

  @Test
  void anAllianceWithNoWordNamingItsMembersIsNotReadHere() {
    assertEquals(
        List.of("acquisition: gip (acquirer), aligned-data-centers (target); 40000000000 USD"),
        deals("وقال تحالف شركات التقنية إن «إم جي إكس» (MGX) و«غلوبال إنفراستركتشر بارتنرز» (GIP) اتفقت على الاستحواذ على شركة "
            + "«ألايند داتا سنترز» (Aligned Data Centers) مقابل 40 مليار دولار."));
  }
}
