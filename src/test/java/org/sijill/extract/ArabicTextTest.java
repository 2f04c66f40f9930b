package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicTextTest {
  @Test
  void foldsAlefFormsYehAndTehMarbuta() {
    assertEquals("اااا ي ه", ArabicText.normalizeString("أإآٱ ى ة"));
  }

  @Test
  void removesHarakatTatweelAndFormatCharacters() {
    assertEquals("محمد لميتا", ArabicText.normalizeString("مُحَمَّـــد لـ\u200cميتا\u200f"));
  }

  @Test
  void mapsArabicIndicDigitsAndSeparatorsToAscii() {
    assertEquals("49% و14.3 و12 و1,200", ArabicText.normalizeString("٤٩٪ و١٤٫٣ و۱۲ و١٬٢٠٠"));
  }

  @Test
  void foldsCurlyQuotesAndLowerCasesLatin() {
    assertEquals("\"meta\" 'x' \"xai\"", ArabicText.normalizeString("“Meta” ‘X’ «xAI»"));
  }

  @Test
  void appliesNfkcToPresentationForms() {
    assertEquals("لا", ArabicText.normalizeString("\uFEFB"));
  }

  @Test
  void mapsNormalisedOffsetsBackToTheOriginal() {
    Normalized n = ArabicText.normalize("مُحمد");
    assertEquals("محمد", n.text());
    assertEquals(2, n.originalStart(1));
    assertEquals(5, n.originalEnd(4));
  }

  @Test
  void cutsWordsAtScriptChangesAndKeepsNumbersWhole() {
    Tokens t = Tokens.of("وDeepMind حصة ١٤٫٣ Ching-Yao.");
    assertEquals(
        java.util.List.of("و", "deepmind", "حصه", "14.3", "ching-yao"), t.list().stream().map(Token::norm).toList());
    assertEquals("١٤٫٣", t.raw(3));
  }
}
