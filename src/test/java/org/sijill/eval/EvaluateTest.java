package org.sijill.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.diag.Diagnostic;

class EvaluateTest {
  private static final String FIXTURES = "src/test/resources/eval";

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Evaluate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsPrecisionRecallAndF1ThenEveryMissAndFalseHit() {
    Run r = run("--articles", FIXTURES + "/articles", "--gold", FIXTURES + "/gold");
    assertEquals(0, r.code());
    assertEquals(
        String.join(
            "\n",
            "Evaluation of 1 articles in src/test/resources/eval/articles against src/test/resources/eval/gold, fact base: none",
            "                  gold  found  correct  precision  recall     F1",
            "people               3      3        2      0.667   0.667  0.667",
            "organisations        3      3        3      1.000   1.000  1.000",
            "moves                2      1        1      1.000   0.500  0.667",
            "deals                2      1        1      1.000   0.500  0.667",
            "Of the correct items, also right: deal roles 1/1, deal statuses 1/1, move statuses 1/1, organisation kinds 3/3",
            "",
            "t_1 (gold/found/correct): people 3/3/2 organisations 3/3/3 moves 2/1/1 deals 2/1/1",
            "  missed person omar-ali: عمر علي",
            "  false person peter-brawn: Peter Brawn, بيتر براون",
            "  missed move sarah-hill: google > meta (completed)",
            "  missed deal partnership: google (partner), meta (partner)",
            ""),
        r.out());
  }

  /**
   * The evaluation of the seeds with an empty fact base, as in {@code
   * src/test/resources/extract/golden/evaluation.txt}; {@code -Dsijill.updateGolden=true} rewrites it.
   */
  @Test
  void evaluatesTheSeedsAsInTheGoldenReport() throws java.io.IOException {
    Run r = run("--articles", "seeds", "--gold", "src/test/resources/gold");
    assertEquals(0, r.code(), r.err());
    java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/extract/golden/evaluation.txt");
    if (Boolean.getBoolean("sijill.updateGolden")) {
      java.nio.file.Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertEquals(java.nio.file.Files.readString(golden, StandardCharsets.UTF_8), r.out());
  }

  /**
   * The evaluation of each set of excerpts written for measuring extraction, with an empty fact
   * base, as in {@code src/test/resources/extract/golden/evaluation-<set>.txt}; {@code
   * -Dsijill.updateGolden=true} rewrites them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"set1", "set2", "set3", "set4", "set5", "set6", "set7", "set8", "set9", "set10", "set11", "set12"})
  void evaluatesTheWrittenSetsAsInTheirGoldenReports(String set) throws java.io.IOException {
    String dir = FIXTURES + "/written/" + set;
    Run r = run("--articles", dir + "/articles", "--gold", dir + "/gold");
    assertEquals(0, r.code(), r.err());
    java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/extract/golden/evaluation-" + set + ".txt");
    if (Boolean.getBoolean("sijill.updateGolden")) {
      java.nio.file.Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertEquals(java.nio.file.Files.readString(golden, StandardCharsets.UTF_8), r.out());
  }

  @Test
  void reportsMistakesInGoldFilesAtTheirLineAndColumn() {
    Run r = run("--articles", FIXTURES + "/articles", "--gold", FIXTURES + "/bad");
    assertEquals(1, r.code());
    assertEquals(
        String.join(
            "\n",
            "src/test/resources/eval/bad/t_2.yaml:1:10: error: article t_3 in a file named t_2.yaml",
            "src/test/resources/eval/bad/t_2.yaml:5:16: error: unknown kind firm",
            "src/test/resources/eval/bad/t_2.yaml:7:14: error: person jane-doe is not among this file's people",
            ""),
        r.err());
  }

  @Test
  void answersAWrongCommandLineWithUsage() {
    Run r = run("--articles", FIXTURES + "/articles");
    assertEquals(2, r.code());
    assertEquals("evaluate: --articles and --gold are required\n" + Evaluate.USAGE + "\n", r.err());
    assertEquals(2, run("--speed", "fast").code());
  }

  @Test
  void readsAlternativeTypesAndEndsAsSets() {
    List<Diagnostic> problems = new ArrayList<>();
    GoldArticle g =
        new GoldReader()
            .parse(
                "gold/t_9.yaml",
                "article: t_9\norganisations:\n  a: {kind: lab, names: [A]}\n  b: {kind: company, names: [B]}\npeople:\n  p: [P]\n"
                    + "moves:\n  - {person: p, from: [a, b], status: completed}\n"
                    + "deals:\n  - {type: [investment, acquisition], parties: {a: investor, b: investee}, status: completed}\n",
                problems);
    assertEquals(List.of(), problems);
    assertEquals(java.util.Set.of("a", "b"), g.moves().get(0).from());
    assertEquals(java.util.Set.of(), g.moves().get(0).to());
    assertEquals(org.sijill.facts.DealType.INVESTMENT, g.deals().get(0).type());
    assertEquals(2, g.deals().get(0).types().size());
  }

  @Test
  void countsAnEmptySideAsPerfectAndTheHarmonicMeanOtherwise() {
    assertEquals(1.0, new Tally(0, 0, 0).precision());
    assertEquals(1.0, new Tally(0, 0, 0).recall());
    assertEquals(0.0, new Tally(4, 2, 0).f1());
    Tally t = new Tally(4, 2, 2);
    assertEquals(1.0, t.precision());
    assertEquals(0.5, t.recall());
    assertEquals(2.0 / 3.0, t.f1(), 1e-12);
  }
}
