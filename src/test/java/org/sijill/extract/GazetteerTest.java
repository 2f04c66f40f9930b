package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sijill.extract.TestFacts.company;
import static org.sijill.extract.TestFacts.person;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer gazetteer =
      Gazetteer.of(
          TestFacts.base(
              List.of(
                  person("lucas-beyer", "Lucas Beyer", "لوكاس باير"),
                  person("mark-zuckerberg", "Mark Zuckerberg", "مارك زوكربيرج", "زوكربيرج"),
                  person("yuanzhi-li", "Yuanzhi Li", null, "لي")),
              List.of(
                  company("meta", "Meta", "ميتا"),
                  company("openai", "OpenAI", "أوبن أيه آي"),
                  company("scale-ai", "Scale AI", null),
                  company("google", "Google", "جوجل"),
                  company("google-deepmind", "Google DeepMind", null),
                  company("tesla", "Tesla", "تسلا"),
                  company("apple", "Apple", "آبل"))));

  /** Each mention as "id=original text". */
  private List<String> found(String text) {
    return gazetteer.find(text).stream().map(m -> m.id() + "=" + text.substring(m.start(), m.end())).toList();
  }

  @Test
  void matchesANameWithAConjunctionOnItsFirstWord() {
    assertEquals(List.of("lucas-beyer=لوكاس باير"), found("انضم ولوكاس باير إلى الفريق"));
  }

  @Test
  void matchesAfterLamWithTatweelAndInsideQuotes() {
    assertEquals(List.of("meta=Meta", "mark-zuckerberg=زوكربيرج"), found("التابع لـ Meta ولـ\"زوكربيرج\""));
  }

  @Test
  void matchesLatinCaseInsensitivelyOnWordBoundariesOnly() {
    assertEquals(List.of("openai=openai", "openai=OPENAI"), found("openai و OPENAI لا OpenAIs"));
  }

  @Test
  void prefersTheLongestMatch() {
    assertEquals(List.of("google-deepmind=Google DeepMind", "google=Google"), found("Google DeepMind من Google"));
  }

  @Test
  void splitsAKnownNameGluedToTheNextWord() {
    assertEquals(List.of("meta=ميتا", "mark-zuckerberg=مارك زوكربيرج"), found("الرئيس التنفيذي لشركة ميتاأطلق مارك زوكربيرج"));
    assertEquals(List.of("meta=ميتا", "scale-ai=Scale AI"), found("بين شركة ميتاوشركة Scale AI"));
  }

  @Test
  void splitsAFunctionWordGluedToAKnownName() {
    assertEquals(List.of("openai=أوبن أيه آي"), found("رسالة منأوبن أيه آي المؤسس"));
  }

  @Test
  void leavesAWordContainingANameWhole() {
    assertEquals(List.of(), found("عالم الميتافيرس"));
  }

  @Test
  void matchesSpellingVariantsOfForeignNames() {
    assertEquals(
        List.of("mark-zuckerberg=زوكربيرغ", "tesla=تيسلا", "google=غوغل"), found("قال زوكربيرغ إن تيسلا و غوغل"));
  }

  @Test
  void aOneWordAliasThatIsACommonWordNeedsACue() {
    assertEquals(List.of(), found("قال لي إن الأمر انتهى"));
    assertEquals(List.of("yuanzhi-li=لي"), found("قال الباحث لي إن الأمر انتهى"));
    assertEquals(List.of("apple=Apple"), found("apple pie و Apple"));
  }

  @Test
  void aCommonWordWrittenWithAlefMaddaIsTheName() {
    assertEquals(List.of("apple=آبل", "meta=ميتا"), found("انتقل من آبل إلى ميتا"));
    assertEquals(List.of(), found("رعي الإبل ووابل المطر"));
  }

  @Test
  void anOrganisationsNameWithHamzaAboveIsTheName() {
    assertEquals(List.of("apple=أبل", "meta=ميتا"), found("شهدت أبل رحيل باحثين إلى ميتا"));
    assertEquals(List.of(), found("قال لي إن الأمر انتهى"));
  }

  @Test
  void aTextIsReadAgainOnlyWhenAnAddedSpellingMayReadInIt() {
    Lexicon lex = Lexicon.standard();
    Lookups under = new Lookups(lex, List.of(new Names(lex)));
    Gazetteer before = Gazetteer.over(lex, under).add(EntityKind.COMPANY, "meta", "ميتا").build();
    Gazetteer after =
        Gazetteer.over(lex, under).add(EntityKind.COMPANY, "meta", "ميتا").add(EntityKind.PERSON, "shengjia-zhao", "شنغجيا تشاو").build();
    java.util.Set<String> changed = after.changedWords(before);
    assertEquals(true, after.mayDiffer(Tokens.of("انضم تشاو إلى ميتا"), changed));
    assertEquals(true, after.mayDiffer(Tokens.of("قال لشنغجيا إن"), changed));
    assertEquals(true, after.mayDiffer(Tokens.of("رسالة معتشاو"), changed));
    Tokens other = Tokens.of("انضم الباحث إلى ميتاوشركة أخرى");
    assertEquals(false, after.mayDiffer(other, changed));
    assertEquals(before.match(before.tokens(other)), after.match(after.tokens(other)));
    assertEquals(before.tokens(other), after.tokens(other));
    assertEquals(true, after.mayDiffer(other, null));
    assertEquals(false, after.mayDiffer(other, java.util.Set.of()));
  }
}
