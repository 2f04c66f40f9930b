package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An Arabic name before Latin initials in brackets is one organisation, the initials its other spelling. */
class BracketedNamesTest {
  private final Extractor extractor = Extractor.standard();

  private List<String> companies(String text) {
    return TestFacts.extracted(extractor, text).companies().stream().map(c -> c.id() + " " + c.name().ar() + " " + c.aliases()).toList();
  }

  @Test
  void theWordsAfterACompanysWordBeforeInitialsAreOneOrganisation() {
    assertEquals(
        List.of("hpe هيوليت باكارد إنتربرايز [HPE, هيوليت باكارد إنتربرايز]"),
        companies("وقالت شركة هيوليت باكارد إنتربرايز (HPE) إن الصفقة تمت."));
  }

  @Test
  void withNoCompanysWordAsManyWordsAsTheInitialsHaveLettersAreTheOrganisation() {
    assertEquals(
        List.of("hpe هيوليت باكارد إنتربرايز [HPE, هيوليت باكارد إنتربرايز]"),
        companies("وقال مسؤول في هيوليت باكارد إنتربرايز (HPE) إن الصفقة تمت."));
  }

  @Test
  void aUnitsWordAndAPluralBeforeInitialsMakeNoOrganisation() {
    assertEquals(List.of(), companies("ويحتوي النظام على أكثر من 200 ألف وحدة معالجة رسوميات (GPU) من إنتاج الشركة."));
  }

  @Test
  void initialsWithFewerLettersThanTheWordsAndNoCompanysWordMakeNoOrganisation() {
    assertEquals(List.of(), companies("وقال مسؤول في جنرال ماكينز إنترناشونال (GM) إن الصفقة تمت."));
  }
}
