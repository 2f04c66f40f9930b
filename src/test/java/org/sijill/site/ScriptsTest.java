package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptsTest {
  static Txt.Run plain(String text) {
    return new Txt.Run(text, false);
  }

  static Txt.Run bdi(String text) {
    return new Txt.Run(text, true);
  }

  @Test
  void isolatesLatinNamesInArabicText() {
    assertEquals(
        List.of(plain("استثمرت "), bdi("Meta"), plain(" في شركة "), bdi("Scale AI"), plain("، ثم")),
        Scripts.runs(Lang.AR, "استثمرت Meta في شركة Scale AI، ثم"));
  }

  @Test
  void keepsDigitsAndJoinersInsideALatinRunButNotAtItsEnd() {
    assertEquals(
        List.of(
            plain("نموذج "),
            bdi("Play AI 3.0 mini"),
            plain(" و("),
            bdi("Safe Superintelligence Inc"),
            plain(".)")),
        Scripts.runs(Lang.AR, "نموذج Play AI 3.0 mini و(Safe Superintelligence Inc.)"));
  }

  @Test
  void leavesNumbersInArabicTextAlone() {
    assertEquals(
        List.of(plain("14.3 مليار دولار و49%")), Scripts.runs(Lang.AR, "14.3 مليار دولار و49%"));
  }

  @Test
  void isolatesArabicWordsInEnglishText() {
    assertEquals(
        List.of(plain("Quoted as "), bdi("في يونيو الماضي"), plain(".")),
        Scripts.runs(Lang.EN, "Quoted as في يونيو الماضي."));
  }

  @Test
  void keepsAnEmptyTextAsOneRun() {
    assertEquals(List.of(plain("")), Scripts.runs(Lang.AR, ""));
  }
}
