package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name shared by a chip maker and a chatbot that raises money in a round is the company. */
class HomographRoundsTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aRoundRaisedIsTheCompanys() {
    assertEquals(List.of("investment: blackrock (investor), groq (investee); 640000000 USD; completed"),
        DealLines.withStatus(TestFacts.extracted(extractor,
            "وكانت «غروك» قد جمعت في آب (أغسطس) الماضي ٦٤٠ مليون دولار في جولة تمويل قادتها «بلاك روك»، رفعت قيمتها إلى ٢٫٨ مليار دولار.").deals()));
  }
}
