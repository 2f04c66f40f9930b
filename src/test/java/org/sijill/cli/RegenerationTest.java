package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerating never loses an editor's work: each behaviour of the contract, end to end. */
class RegenerationTest {
  private static final String NEW_ARTICLE =
      "ميتا تضم باحثة جديدة من جوجل\n"
          + "أعلنت شركة Meta أن الباحثة سارة هيلمان انضمت إلى مختبر الذكاء الفائق قادمة من شركة Google في"
          + " سبتمبر 2025.\n"
          + "وقال الباحث ترابيت بانسال إن الفريق يرحب بها.\n";

  @TempDir Path dir;

  @Test
  void aNewArticleBringsOnlyAdditionsKeepsCommentsAndASecondRunChangesNothing() throws Exception {
    SiteGenRun project = SiteGenRun.copyOfProject(dir);
    Path bansal = project.file("content/people/trapit-bansal.yaml");
    String commented =
        Files.readString(bansal)
            .replaceFirst("\nid: trapit-bansal\n", "\n# Spelling checked against his own profile.\nid: trapit-bansal\n");
    Files.writeString(bansal, commented);
    SortedMap<String, String> before = texts(project.file("content"));
    Files.writeString(project.file("seeds/005_newhire.txt"), NEW_ARTICLE);

    SiteGenRun.Outcome run = project.run();

    assertEquals(0, run.exitCode(), run.err());
    SortedMap<String, String> after = texts(project.file("content"));
    for (var file : before.entrySet()) {
      assertOnlyAdditions(file.getKey(), file.getValue(), after.get(file.getKey()));
    }
    assertTrue(after.get("people/trapit-bansal.yaml").contains("# Spelling checked against his own profile.\n"));
    assertTrue(after.containsKey("articles/005_newhire.yaml"));
    assertTrue(after.containsKey("people/sarah-hilman.yaml"));
    assertTrue(run.out().contains("  005_newhire: people/sarah-hilman\n"), run.out());

    SortedMap<String, String> everything = SiteGenTest.hashes(project.root());
    assertEquals(0, project.run().exitCode());
    assertEquals(everything, SiteGenTest.hashes(project.root()));
  }

  @Test
  void anEditedValueSurvivesTheReExtractionOfItsArticle() throws Exception {
    SiteGenRun project = SiteGenRun.copyOfProject(dir);
    Path bansal = project.file("content/people/trapit-bansal.yaml");
    String edited =
        Files.readString(bansal)
            .replace("date_text: في يونيو\n", "date_text: في يونيو (حزيران)\n")
            .replace("date: 2025-06\n", "date: 2025-06-15\n");
    Files.writeString(bansal, edited);
    appendSentence(project.file("seeds/000_8955a49b4c4dff57.txt"));

    SiteGenRun.Outcome run = project.run();

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("extracted now: 000_8955a49b4c4dff57"), run.out());
    String after = Files.readString(bansal);
    assertTrue(after.contains("date_text: في يونيو (حزيران)\n"), after);
    assertTrue(after.contains("date: 2025-06-15\n"), after);
    assertOnlyAdditions("people/trapit-bansal.yaml", edited, after);
  }

  @Test
  void aFactTheEditorDeletedIsNotProposedAgain() throws Exception {
    SiteGenRun project = SiteGenRun.copyOfProject(dir);
    Path article = project.file("content/articles/000_8955a49b4c4dff57.yaml");
    String ledger = Files.readString(article);
    assertTrue(ledger.contains(" people/kayla-wood,"), "the ledger remembers Kayla Wood was proposed");
    Files.delete(project.file("content/people/kayla-wood.yaml"));
    Files.writeString(article, ledger.replace(", kayla-wood,", ","));
    appendSentence(project.file("seeds/000_8955a49b4c4dff57.txt"));

    SiteGenRun.Outcome run = project.run();

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("extracted now: 000_8955a49b4c4dff57"), run.out());
    assertFalse(Files.exists(project.file("content/people/kayla-wood.yaml")));
    assertFalse(Files.readString(article).contains(", kayla-wood,"));
    for (String file : texts(project.file("content/people")).values()) {
      assertFalse(file.contains("كايلا وود"), "she came back under another id:\n" + file);
    }
  }

  @Test
  void draftsRejectedInReviewStayOut() throws Exception {
    SiteGenRun project = SiteGenRun.copyOfProject(dir);
    String ledger = Files.readString(project.file("content/articles/004_04854d8ac4da8541.yaml"));
    assertTrue(ledger.contains("companies/outlier,"), "the ledger remembers Outlier was proposed");
    assertTrue(ledger.contains("deals/scale-ai-google-contract,"));
    appendSentence(project.file("seeds/004_04854d8ac4da8541.txt"));

    SiteGenRun.Outcome run = project.run();

    assertEquals(0, run.exitCode(), run.err());
    assertFalse(Files.exists(project.file("content/companies/outlier.yaml")));
    assertFalse(Files.exists(project.file("content/deals/scale-ai-google-contract.yaml")));
    assertFalse(Files.exists(project.file("content/deals/scale-ai-openai-contract.yaml")));
  }

  /** Changes the article's text, so that its ledger no longer matches and it is read again. */
  private static void appendSentence(Path seed) throws Exception {
    Files.writeString(seed, Files.readString(seed) + "\nوهذه جملة أضيفت للتو.\n", StandardCharsets.UTF_8);
  }

  /** Every line of {@code before} is in {@code after}, in the same order: nothing was changed or removed. */
  private static void assertOnlyAdditions(String file, String before, String after) {
    List<String> old = before.lines().toList();
    List<String> now = after.lines().toList();
    int at = 0;
    for (String line : old) {
      while (at < now.size() && !now.get(at).equals(line)) {
        at++;
      }
      assertTrue(at < now.size(), file + ": line changed or removed: " + line);
      at++;
    }
  }

  private static SortedMap<String, String> texts(Path folder) throws Exception {
    SortedMap<String, String> texts = new TreeMap<>();
    for (var entry : SiteGenTest.hashes(folder).keySet()) {
      texts.put(entry, Files.readString(folder.resolve(entry)));
    }
    return texts;
  }
}
