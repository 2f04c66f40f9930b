package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggersTest {
  private final Lexicon lex = Lexicon.standard();

  private static Triggered rule(String... words) {
    Set<String> triggers = Lexicon.normSet(List.of(words));
    return () -> triggers;
  }

  /** Asks as the extractor does: {@code rule} indexed with another rule, whose triggers must not count for it. */
  private boolean on(Object rule, String text) {
    return new Triggers(lex.clitics(), List.of(rule, rule("أعلنت"))).on(rule, Tokens.of(text));
  }

  /** Asks about a rule that was not indexed: its triggers are looked for word by word. */
  private boolean unindexed(Object rule, String text) {
    return new Triggers(lex.clitics(), List.of()).on(rule, Tokens.of(text));
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
  void looksForTheTriggersOfARuleNotIndexedWordByWord() {
    assertTrue(unindexed(rule("عيّنت"), "وعيّنت أنثروبيك راهول باتيل"));
    assertFalse(unindexed(rule("عيّنت"), "أعلنت الشركة عن نموذج جديد"));
  }

  @Test
  void keepsTheMaskOfASentenceWithItsWordsForTheSameIndex() {
    Triggered hire = rule("عيّنت");
    Triggers triggers = new Triggers(lex.clitics(), List.of(rule("شركة"), hire));
    Tokens t = Tokens.of("وعيّنت الشركة");
    assertEquals(3L, t.triggers(triggers));
    assertEquals(0L, t.triggers(new Triggers(lex.clitics(), List.of(rule("أعلنت")))));
  }

  @Test
  void hiringNamesWaitForAHiringVerbOfTheMoveWords() {
    Set<String> triggers = new HiredNames(lex).triggers();
    assertTrue(triggers.contains(Lexicon.norm("استقطبت")));
    assertFalse(triggers.contains(Lexicon.norm("غادر")));
  }
}
