package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RomaniserTest {
  private final Romaniser romaniser = Lexicon.standard().romaniser();

  @Test
  void draftNamesReadAinTaMarbutaAndInitialHamzaBelow() {
    assertEquals("Amran Shudri", romaniser.draftName("عمران شودري"));
    assertEquals("Madh Mshtaq", romaniser.draftName("معاذ مشتاق"));
    assertEquals("Saidan Jafr", romaniser.draftName("سعيدان جعفر"));
    assertEquals("Asama Ibrahim", romaniser.draftName("أسامة إبراهيم"));
    assertEquals("Ali Shaban", romaniser.draftName("علي شعبان"));
    assertEquals("Dya Rbi", romaniser.draftName("ضياء ربيع"));
  }

  @Test
  void skeletonRomanisationKeepsToConsonants() {
    // What name skeletons are made of: ع and ء fall away, ة is a t.
    assertEquals("mran shudri", romaniser.romanise("عمران شودري"));
    assertEquals("asamt", romaniser.romanise("أسامة"));
  }

  @Test
  void knownSurnamesKeepTheirUsualSpelling() {
    assertEquals("Amran Musk", romaniser.draftName("عمران ماسك"));
  }

  @Test
  void slugsOfLatinAndArabicNames() {
    assertEquals("scale-ai", romaniser.slug("Scale AI"));
    assertEquals("shaban", romaniser.slug("شعبان"));
  }

  @Test
  void theParticlesAndRulingFamiliesOfArabNamesTakeTheirEnglishSpelling() {
    assertEquals("Tahnoun bin Zayed Al Nahyan", romaniser.draftName("طحنون بن زايد آل نهيان"));
    assertEquals("Abu Hshima", romaniser.draftName("أبو هشيمة"));
    assertEquals("tahnoun-bin-zayed-al-nahyan", romaniser.slug("Tahnoun bin Zayed Al Nahyan"));
  }
}
