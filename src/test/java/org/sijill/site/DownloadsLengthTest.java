package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DownloadsLengthTest {
  @Test
  void countsTheBytesOfEachTextAsUtf8EncodesIt() {
    for (String text :
        new String[] {
          "", "people.csv", "سجلّ — حرب", "a\u00e9\u0800\uffff", "\ud83d\ude00x", "x\ud83dy", "\ude00", "end\ud83d"
        }) {
      assertEquals(
          text.getBytes(StandardCharsets.UTF_8).length, Downloads.utf8Length(text), text);
    }
  }

  @Test
  void listsAFileWithItsLengthInBytes() {
    assertEquals(
        new Downloads.Listed("a.csv", 6, 1), new Downloads.File("a.csv", "id,م\n", 1).listed());
  }
}
