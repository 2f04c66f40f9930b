package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.facts.Deal;
import org.sijill.facts.Party;

/** "الشركة" as the object of a deal, looked for beyond the sentence before. */
class DealObjectLookbackTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> deals(String text) {
    Article a = TestFacts.article(text);
    List<String> out = new ArrayList<>();
    for (Deal d : extractor.extract(a, TestFacts.empty()).deals()) {
      List<String> parties = new ArrayList<>();
      for (Party p : d.parties()) {
        parties.add(p.entity() + " (" + p.role() + ")");
      }
      out.add(d.type().yaml() + ": " + String.join(", ", parties));
    }
    return out;
  }

  @Test
  void theCompanyIsTheLastOneAnEarlierSentenceOfTheParagraphNamed() {
    assertEquals(
        List.of("acquisition: nvidia (acquirer), lumen (target)"),
        deals("تنافس Cohere شركة Anthropic على العملاء، وتتقدم Cohere في أوروبا.\n\n"
            + "وتأسست شركة Lumen عام 2020 على يد مجموعة من الباحثين. وجمع مؤسسوها تمويلًا كبيرًا في العام الماضي. "
            + "وحاولت Nvidia الاستحواذ على الشركة في وقت سابق."));
  }

  @Test
  void theCompanyIsNeitherTheBuyerNorItsOwnLab() {
    assertEquals(
        List.of("acquisition: meta (acquirer), cohere (target)"),
        deals("قالت شركة Cohere إنها تعمل مع عملاء في أوروبا.\n\nوتتوسع Cohere في آسيا.\n\n"
            + "وانضم مايكل تشين إلى ميتا للعمل في مختبرها الجديد للذكاء الفائق.\n\n"
            + "وقال تشين إن ميتا حاولت الاستحواذ على الشركة في وقت سابق."));
  }
}
