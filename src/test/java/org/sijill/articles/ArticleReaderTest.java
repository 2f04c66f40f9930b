package org.sijill.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  @Test
  void readsIdHashTitleAndSentences() throws IOException {
    Path file = dir.resolve("007_abc.txt");
    Files.writeString(file, "\uFEFFعنوان الخبر\nالجملة الأولى. الجملة الثانية.\n");
    Article a = ArticleReader.standard().read(file);
    assertEquals("007_abc", a.id());
    assertEquals("007_abc.txt", a.file());
    assertEquals(ArticleReader.sha256(Files.readAllBytes(file)), a.sha256());
    assertEquals("عنوان الخبر", a.title());
    assertEquals("الجملة الثانية.", a.sentence(3).text());
  }

  @Test
  void rejectsTextThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28});
    assertThrows(CharacterCodingException.class, () -> ArticleReader.standard().read(file));
  }

  @Test
  void seedSentenceCountsAreStable() throws IOException {
    ArticleReader reader = ArticleReader.standard();
    assertEquals(34, reader.read(Path.of("seeds/000_8955a49b4c4dff57.txt")).sentences().size());
    assertEquals(30, reader.read(Path.of("seeds/001_de12290a917a072b.txt")).sentences().size());
    assertEquals(38, reader.read(Path.of("seeds/002_e93cb0a68dda0305.txt")).sentences().size());
    assertEquals(14, reader.read(Path.of("seeds/003_1ddf2c8ed1bd373f.txt")).sentences().size());
    assertEquals(18, reader.read(Path.of("seeds/004_04854d8ac4da8541.txt")).sentences().size());
  }
}
