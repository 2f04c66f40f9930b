package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Company;

/** A quoted name after a company's word and the definite words of its trade is the company's. */
class QuotedTradeNamesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> companies(String text) {
    return TestFacts.extracted(extractor, text).companies().stream().map(c -> c.id() + " " + c.name().ar()).toList();
  }

  @Test
  void aQuotedNameAfterACompanysWordAndThreeWordsOfItsTradeIsTheCompany() {
    assertEquals(
        List.of("alphabet ألفابت", "wyz ويز"),
        companies("وافقت «ألفابت» على الاستحواذ على شركة الأمن السيبراني الإسرائيلية «ويز» مقابل 32 مليار دولار نقداً."));
  }

  @Test
  void aQuotedNameAfterACompanysWordAndTwoWordsOfItsTradeIsTheCompany() {
    assertEquals(List.of("silfr-lik سيلفر ليك"), companies("وانتقلت الحصة إلى شركة الاستثمار المباشر «سيلفر ليك» الشهر الماضي."));
  }

  @Test
  void aQuotedNameAfterTheCompanyAlreadyNamedIsNoCompany() {
    assertEquals(List.of(), companies("وقالت الشركة الأمريكية الناشئة «بلو» إن النموذج جاهز."));
  }
}
