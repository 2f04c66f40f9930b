package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two organisations and two amounts given "على الترتيب" or "على التوالي" are a deal each, in the order named. */
class RespectiveAmountsTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    return DealLines.withStatus(TestFacts.extracted(extractor, text).deals());
  }

  @Test
  void eachInvestorTakesItsAmountInTheOrderNamed() {
    assertEquals(
        List.of("investment: amazon (investor), mistral-ai (investee); 200000000 USD; announced",
            "investment: google (investor), mistral-ai (investee); 300000000 USD; announced"),
        deals("وقالت غوغل وأمازون إنهما ستستثمران في شركة «ميسترال» مبلغي 300 مليون دولار و200 مليون دولار على التوالي."));
  }

  @Test
  void oneAmountIsNotGivenRespectively() {
    assertEquals(List.of(), deals("وقالت غوغل وأمازون إنهما ستستثمران في شركة «ميسترال» على الترتيب."));
  }
}
