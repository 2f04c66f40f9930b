package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "مجموعة" (group) before a name is a company's word; digits glued to a Latin word are part of its name. */
class GroupNamesTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void aGroupBuyingIsACompany() {
    assertEquals(List.of("acquisition: fortinet (acquirer), lacework (target); -; completed"),
        DealLines.withStatus(TestFacts.extracted(extractor, "واستحوذت مجموعة Fortinet على شركة الأمن السحابي Lacework.").deals()));
  }

  @Test
  void digitsGluedToALatinWordAfterTheCueAreOneName() {
    assertEquals(List.of("cerebras", "g42"),
        TestFacts.companyIds(extractor, "وتعطل الطلب بسبب مراجعة لاستثمار مجموعة G42 الإماراتية في شركة Cerebras.").stream().sorted().toList());
  }

  @Test
  void aModelsNameWithDigitsListedWithCompaniesIsNoCompany() {
    assertEquals(List.of("deepseek", "openai"),
        TestFacts.companyIds(extractor, "صُمم للتنافس مع o3 من OpenAI و R1 من DeepSeek.").stream().sorted().toList());
  }
}
