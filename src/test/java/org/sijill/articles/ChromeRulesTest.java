package org.sijill.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChromeRulesTest {
  @Test
  void readsARuleInBracketsAsARuleNotASection() {
    ChromeRules rules = ChromeRules.parse(List.of("[inline]", "[(\\[]\\s*(?:رويترز)\\s*[)\\]]", "شارك"));
    assertEquals(2, rules.inline().size());
    assertTrue(rules.isInline("(رويترز)"));
    assertTrue(rules.isInline("شارك"));
  }

  @Test
  void dropsAnAgencyCreditATweetsSignatureAndASkipLine() {
    ChromeRules rules = ChromeRules.standard();
    assertTrue(rules.isInline("(أ ف ب)"));
    assertTrue(rules.isInline("— Nadia Khoury (@nadia_k) June 11, 2025"));
    assertTrue(rules.isInline("تخطى البودكاست وواصل القراءة"));
    assertTrue(rules.isInline("للمزيد من أخبار الاقتصاد اضغط هنا"));
  }
}
