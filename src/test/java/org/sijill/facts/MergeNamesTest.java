package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.extract.Extraction;
import org.sijill.validate.SchemaCheck;

/** A person's name on file completed by a later article: in draft files only, never an editor's. */
class MergeNamesTest {
  private static final String A1 = "001_de12290a917a072b";
  private static final String PATH = "content/people/xiaohua-zhai.yaml";

  @TempDir Path root;

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static String zhai(String name, String aliases, String review) {
    return lines(
        "# yaml-language-server: $schema=../schema/person.schema.json",
        "id: xiaohua-zhai",
        "name: " + name + "   # as first seen",
        "aliases: " + aliases,
        "review: " + review);
  }

  /** The text of the person's file after merging an article that writes {@code aliases}, proposing {@code en}/{@code ar}. */
  private String merged(String file, String en, String ar, String... aliases) throws IOException {
    Path path = root.resolve(PATH);
    Files.createDirectories(path.getParent());
    Files.writeString(path, file, StandardCharsets.UTF_8);
    FactReader.Result content = new FactReader(SchemaCheck.load(Path.of("content/schema"))).read(root);
    assertEquals(List.of(), content.diagnostics());
    Person proposed =
        new Person("xiaohua-zhai", Bilingual.of(en, ar), List.of(aliases), null, List.of(), List.of(), Review.DRAFT);
    ArticleRecord article =
        Samples.bareArticle(A1, "a1".repeat(32), "1", new Mentions(List.of("xiaohua-zhai"), List.of(), List.of()));
    Merge.Result result =
        Merge.apply(content.facts(), content.documents(), new Extraction(article, List.of(proposed), List.of(), List.of()));
    assertEquals(List.of(), result.diagnostics());
    return result.changes().getOrDefault(PATH, file);
  }

  @Test
  void aPersonKnownInLatinScriptGetsTheArabicNameAnArticleWrites() throws IOException {
    assertEquals(
        zhai("{en: Xiaohua Zhai, ar: شياوهوا تشاي}", "[Xiaohua Zhai, شياوهوا تشاي]", "draft"),
        merged(zhai("{en: Xiaohua Zhai}", "[Xiaohua Zhai]", "draft"), "Xiaohua Zhai", "شياوهوا تشاي", "شياوهوا تشاي"));
  }

  @Test
  void aDraftRomanisationGivesWayToTheLatinSpellingAnArticleWrites() throws IOException {
    assertEquals(
        zhai("{en: Xiaohua Zhai, ar: شياوهوا تشاي}", "[شياوهوا تشاي, Xiaohua Zhai]", "draft"),
        merged(zhai("{en: Shyawhwa Tshay, ar: شياوهوا تشاي}", "[شياوهوا تشاي]", "draft"), "Xiaohua Zhai", "شياوهوا تشاي", "Xiaohua Zhai"));
  }

  @Test
  void aReviewedNameStaysAsTheEditorWroteIt() throws IOException {
    String file = zhai("{en: Shyawhwa Tshay}", "[شياوهوا تشاي]", "reviewed");
    assertEquals(
        zhai("{en: Shyawhwa Tshay}", "[شياوهوا تشاي, Xiaohua Zhai]", "reviewed"),
        merged(file, "Xiaohua Zhai", "شياوهوا تشاي", "Xiaohua Zhai"));
  }

  @Test
  void anEnglishNameAnArticleWroteStaysInADraftFile() throws IOException {
    String file = zhai("{en: Xiaohua Zhai, ar: شياوهوا تشاي}", "[Xiaohua Zhai, شياوهوا تشاي]", "draft");
    assertEquals(file, merged(file, "Xiao-hua Zhai", "شياوهوا تشاي", "Xiao-hua Zhai").replace(", Xiao-hua Zhai]", "]"));
  }

  @Test
  void aLatinNameTheArticleDoesNotWriteReplacesNothing() throws IOException {
    String file = zhai("{en: Shyawhwa Tshay, ar: شياوهوا تشاي}", "[شياوهوا تشاي]", "draft");
    assertEquals(file, merged(file, "Xiaohua Zhai", "شياوهوا تشاي", "شياوهوا تشاي"));
  }
}
