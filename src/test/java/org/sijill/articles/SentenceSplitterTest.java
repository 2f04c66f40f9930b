package org.sijill.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = SentenceSplitter.standard();

  private List<String> texts(String text) {
    return splitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void headlineIsOneSentenceWhateverItsPunctuation() {
    assertEquals(
        List.of("\"ماسك\" يتفاخر بإختطاف نجوم Meta.. صراع الجبابرة", "جملة أولى.", "جملة ثانية."),
        texts("\"ماسك\" يتفاخر بإختطاف نجوم Meta.. صراع الجبابرة\nجملة أولى. جملة ثانية."));
  }

  @Test
  void splitsBodyParagraphsIntoSentences() {
    assertEquals(List.of("عنوان", "جملة أولى.", "جملة ثانية؟", "ثالثة"), texts("عنوان\nجملة أولى. جملة ثانية؟ ثالثة"));
  }

  @Test
  void fullStopGluedToTheNextWordIsABoundary() {
    assertEquals(
        List.of("عنوان", "وفق تقارير صحفية.", "وكانت ميتا استعانت به."),
        texts("عنوان\nوفق تقارير صحفية.وكانت ميتا استعانت به."));
  }

  @Test
  void decimalPointIsNoBoundary() {
    assertEquals(List.of("عنوان", "استثمرت 14.3 مليار دولار."), texts("عنوان\nاستثمرت 14.3 مليار دولار."));
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertEquals(
        List.of("عنوان", "\"ولم يقرر أحد قبول هذا الاقتراح.\"", "ثم مضى."),
        texts("عنوان\n\"ولم يقرر أحد قبول هذا الاقتراح.\" ثم مضى."));
  }

  @Test
  void noBoundaryAfterAnAbbreviation() {
    assertEquals(
        List.of("عنوان", "مثل شركة Safe Superintelligence Inc. التي أسسها سوتسكيفر."),
        texts("عنوان\nمثل شركة Safe Superintelligence Inc. التي أسسها سوتسكيفر."));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "عنوان\nأولى. ثانية.";
    for (Sentence s : splitter.split(text)) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
    assertEquals(List.of(0, 1, 1), splitter.split(text).stream().map(Sentence::paragraph).toList());
  }
}
