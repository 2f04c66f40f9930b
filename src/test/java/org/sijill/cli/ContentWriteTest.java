package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.facts.TextStamp;
import org.sijill.articles.ArticleReader;
import org.sijill.diag.Diagnostic;
import org.sijill.extract.Extractor;
import org.sijill.facts.Merge;
import org.sijill.validate.Validator;

/** Merged files are written once, at the end of extraction, and never over an edit made meanwhile. */
class ContentWriteTest {
  @TempDir Path dir;

  private ContentState mergedFirstSeed() throws Exception {
    SiteGenRun.copyTree(Path.of("seeds"), dir.resolve("seeds"));
    SiteGenRun.copyTree(Path.of("content/schema"), dir.resolve("content/schema"));
    Files.copy(Path.of("content/site.yaml"), dir.resolve("content/site.yaml"));
    Validator validator = Validator.forProject(dir);
    ContentState state = new ContentState(validator.reader().read(dir), validator.schemas());
    var article = ArticleReader.standard().read(dir.resolve("seeds/000_8955a49b4c4dff57.txt"));
    Merge.Result merged = state.merge(Extractor.standard().extract(article, state.facts()));
    assertFalse(merged.changes().isEmpty());
    return state;
  }

  @Test
  void writesNothingUntilAskedThenEveryMergedFile() throws Exception {
    ContentState state = mergedFirstSeed();
    String ledger = "content/articles/000_8955a49b4c4dff57.yaml";
    assertFalse(Files.exists(dir.resolve(ledger)));

    assertEquals(List.of(), state.write(dir));

    assertEquals(state.result().stamps().get(ledger), TextStamp.of(Files.readAllBytes(dir.resolve(ledger))));
    assertEquals(state.result().documents().get(ledger).text(), Files.readString(dir.resolve(ledger), StandardCharsets.UTF_8));
    assertEquals(Validator.forProject(dir).reader().read(dir).facts(), state.result().facts());
  }

  @Test
  void leavesAFileEditedDuringTheRunAsItIsAndWritesNoLedger() throws Exception {
    ContentState state = mergedFirstSeed();
    String person = state.result().stamps().keySet().stream().filter(p -> p.startsWith("content/people/")).findFirst().orElseThrow();
    Files.createDirectories(dir.resolve(person).getParent());
    Files.writeString(dir.resolve(person), "# the editor's own file\n", StandardCharsets.UTF_8);

    List<Diagnostic> warnings = state.write(dir);

    assertEquals(List.of(person + ":1:1: warning: changed while site-gen ran: not merged into; run site-gen again"),
        warnings.stream().map(Diagnostic::format).toList());
    assertEquals("# the editor's own file\n", Files.readString(dir.resolve(person), StandardCharsets.UTF_8));
    assertFalse(Files.exists(dir.resolve("content/articles/000_8955a49b4c4dff57.yaml")));
    assertTrue(Files.exists(dir.resolve("content/companies")), "the other merged files are written");
  }
}
