package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MessagesTest {
  static final Path I18N = Path.of("templates/i18n");

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertEquals(
        Messages.load(I18N, Lang.AR).all().keySet(), Messages.load(I18N, Lang.EN).all().keySet());
  }

  @Test
  void readsTheBundleAsUtf8AndKeepsEscapedSpaces() throws IOException {
    Messages ar = Messages.load(I18N, Lang.AR);
    assertEquals("الصفقات", ar.get("nav.deals"));
    assertEquals("، ", ar.get("list.sep"));
  }

  @Test
  void failsOnAMissingKey() throws IOException {
    Messages en = Messages.load(I18N, Lang.EN);
    Messages.MissingLabel e = assertThrows(Messages.MissingLabel.class, () -> en.get("nope"));
    assertEquals("templates/i18n/messages_en.properties", e.file());
    assertEquals("no key nope", e.getMessage());
  }

  @Test
  void givesEachPluralFormWithAPlaceForTheNumber() throws IOException {
    assertEquals(
        java.util.Map.of(
            "zero", "لا نتائج",
            "one", "نتيجة واحدة",
            "two", "نتيجتان",
            "few", "# نتائج",
            "many", "# نتيجة",
            "other", "# نتيجة"),
        Messages.load(I18N, Lang.AR).pluralForms("search.found"));
    assertEquals(
        java.util.Map.of("zero", "No match", "one", "# match", "other", "# matches"),
        Messages.load(I18N, Lang.EN).pluralForms("search.found"));
  }
}
