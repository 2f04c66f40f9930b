package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggersTest {
  private final Lexicon lex = Lexicon.standard();

  private static Triggered rule(String... words) {
    Set<String> triggers = Lexicon.normSet(java.util.List.of(words));
    return () -> triggers;
  }

  private boolean on(Object rule, String text) {
    return Triggers.on(rule, Tokens.of(text), lex.clitics());
  }

  @Test
  void runsARuleOnASentenceHoldingOneOfItsTriggers() {
    assertTrue(on(rule("عيّنت", "استقطبت"), "استقطبت الشركة باحثاً من غوغل"));
  }

  @Test
  void findsATriggerBehindItsClitics() {
    assertTrue(on(rule("شركة"), "وبالشركة الناشئة"));
    assertTrue(on(rule("عيّنت"), "وعيّنت أنثروبيك راهول باتيل"));
  }

  @Test
  void passesOverASentenceWithoutAnyTrigger() {
    assertFalse(on(rule("عيّنت", "استقطبت"), "أعلنت الشركة عن نموذج جديد"));
  }

  @Test
  void runsARuleThatDeclaresNoTriggersOnEverySentence() {
    assertTrue(on(new Object(), "أعلنت الشركة عن نموذج جديد"));
    assertTrue(on(rule(), "أعلنت الشركة عن نموذج جديد"));
  }

  @Test
  void keepsEveryReadingOfEveryWordOnce() {
    Tokens t = Tokens.of("وبالشركة ميتا");
    assertEquals(Set.of("وبالشركه", "بالشركه", "الشركه", "شركه", "ميتا"), t.stems(lex.clitics()));
    assertTrue(t.stems(lex.clitics()) == t.stems(lex.clitics()));
  }

  @Test
  void hiringNamesWaitForAHiringVerbOfTheMoveWords() {
    Set<String> triggers = new HiredNames(lex).triggers();
    assertTrue(triggers.contains(Lexicon.norm("استقطبت")));
    assertFalse(triggers.contains(Lexicon.norm("غادر")));
  }
}
