package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlPatchTest {
  private static final Source S4 = new Source("a1", 4, "بانسال ترك الشركة في يونيو");

  private static YamlPatch patch(String... lines) throws Exception {
    return new YamlPatch(YamlDocument.parse("content/people/x.yaml", text(lines)));
  }

  private static String text(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static Role role(String en) {
    return new Role(Bilingual.of(en, null), "meta", List.of(S4));
  }

  @Test
  void appendsToABlockSequenceAfterTheLastItemAndItsComment() throws Exception {
    String after =
        patch(
                "id: x  # the id",
                "roles:",
                "  - title: {en: Researcher}",
                "    org: openai   # the lab",
                "",
                "# about reviews",
                "review: draft")
            .append("/roles", List.of(FactTrees.role(role("Chief scientist"))))
            .apply();
    assertEquals(
        text(
            "id: x  # the id",
            "roles:",
            "  - title: {en: Researcher}",
            "    org: openai   # the lab",
            "  - title: {en: Chief scientist}",
            "    org: meta",
            "    sources:",
            "      - {article: a1, sentence: 4, quote: بانسال ترك الشركة في يونيو}",
            "",
            "# about reviews",
            "review: draft"),
        after);
  }

  @Test
  void appendsToAFlowSequenceBeforeItsClosingBracket() throws Exception {
    String after =
        patch(
                "aliases: [Trapit Bansal, 'بانسال']   # every spelling",
                "mentions: {people: [], deals: [a]}")
            .append("/aliases", List.of(Tree.text("ترابيت"), Tree.text("Bansal, T.")))
            .append("/mentions/people", List.of(Tree.text("trapit-bansal")))
            .apply();
    assertEquals(
        text(
            "aliases: [Trapit Bansal, 'بانسال', ترابيت, \"Bansal, T.\"]   # every spelling",
            "mentions: {people: [trapit-bansal], deals: [a]}"),
        after);
  }

  @Test
  void appendsToAnIndentlessSequenceWithItsIndentation() throws Exception {
    String after =
        patch("moves:", "- to: meta", "  status: completed", "review: draft")
            .append(
                "/moves",
                List.of(
                    FactTrees.move(
                        new Move(null, "xai", "2025", null, MoveStatus.EXPECTED, List.of()))))
            .apply();
    assertEquals(
        text(
            "moves:",
            "- to: meta",
            "  status: completed",
            "- to: xai",
            "  date: 2025",
            "  status: expected",
            "review: draft"),
        after);
  }

  @Test
  void addsASourceInsideANestedSequenceAndAMissingKeyInANestedMapping() throws Exception {
    String after =
        patch(
                "moves:",
                "  - to: meta",
                "    status: completed",
                "    sources:",
                "      - {article: a1, sentence: 3, quote: ترك}   # checked",
                "  - to: xai",
                "    status: expected",
                "review: draft")
            .append("/moves/0/sources", List.of(FactTrees.source(S4)))
            .appendOrAdd("/moves/1", "sources", List.of(FactTrees.source(S4)), false)
            .apply();
    assertEquals(
        text(
            "moves:",
            "  - to: meta",
            "    status: completed",
            "    sources:",
            "      - {article: a1, sentence: 3, quote: ترك}   # checked",
            "      - {article: a1, sentence: 4, quote: بانسال ترك الشركة في يونيو}",
            "  - to: xai",
            "    status: expected",
            "    sources:",
            "      - {article: a1, sentence: 4, quote: بانسال ترك الشركة في يونيو}",
            "review: draft"),
        after);
  }

  @Test
  void addsAKeyToAFlowMappingAndToTheEndOfTheFile() throws Exception {
    String after =
        patch("id: x", "name: {en: Trapit Bansal}", "review: draft   # not yet")
            .addKey("/name", "ar", Tree.text("ترابيت بانسال"))
            .addKey("", "aliases", Tree.flowList(List.of("بانسال")))
            .apply();
    assertEquals(
        text(
            "id: x",
            "name: {en: Trapit Bansal, ar: ترابيت بانسال}",
            "review: draft   # not yet",
            "aliases: [بانسال]"),
        after);
  }

  @Test
  void putsAdditionsToTheSamePlaceInDocumentOrder() throws Exception {
    String after =
        patch(
                "id: x",
                "roles:",
                "  - title: {en: Researcher}",
                "    sources:",
                "      - {article: a1, sentence: 3, quote: ترك}")
            .addKey(
                "",
                "moves",
                new Tree.Sequence(
                    List.of(
                        FactTrees.move(
                            new Move(
                                "openai", "meta", null, null, MoveStatus.COMPLETED, List.of()))),
                    false))
            .append(
                "/roles",
                List.of(FactTrees.role(new Role(Bilingual.of("Lead", null), null, List.of()))))
            .append("/roles/0/sources", List.of(FactTrees.source(S4)))
            .apply();
    assertEquals(
        text(
            "id: x",
            "roles:",
            "  - title: {en: Researcher}",
            "    sources:",
            "      - {article: a1, sentence: 3, quote: ترك}",
            "      - {article: a1, sentence: 4, quote: بانسال ترك الشركة في يونيو}",
            "  - title: {en: Lead}",
            "moves:",
            "  - from: openai",
            "    to: meta",
            "    status: completed"),
        after);
  }

  @Test
  void keepsWindowsLineEndingsAndAddsAMissingFinalNewline() throws Exception {
    YamlDocument doc =
        YamlDocument.parse(
            "content/people/x.yaml", "id: x\r\naliases:\r\n  - Bansal\r\nreview: draft");
    String after =
        new YamlPatch(doc)
            .append("/aliases", List.of(Tree.text("بانسال")))
            .addKey("", "summary", FactTrees.bilingual(Bilingual.of("Researcher", null)))
            .apply();
    assertEquals(
        "id: x\r\n"
            + "aliases:\r\n"
            + "  - Bansal\r\n"
            + "  - بانسال\r\n"
            + "review: draft\r\n"
            + "summary: {en: Researcher}\r\n",
        after);
  }

  @Test
  void appendsAfterABlockScalar() throws Exception {
    String after =
        patch(
                "roles:",
                "  - title: {en: Researcher}",
                "    note: |",
                "      Kept as written.",
                "",
                "review: draft")
            .append(
                "/roles",
                List.of(FactTrees.role(new Role(Bilingual.of("Lead", null), null, List.of()))))
            .apply();
    assertEquals(
        text(
            "roles:",
            "  - title: {en: Researcher}",
            "    note: |",
            "      Kept as written.",
            "",
            "  - title: {en: Lead}",
            "review: draft"),
        after);
  }

  @Test
  void replacesMachineOwnedValuesInPlace() throws Exception {
    String after =
        patch(
                "extraction:",
                "  sha256: aaaa   # old",
                "  extractor_version: '1'",
                "  proposed:",
                "    - people/x",
                "  # end of ledger",
                "review: draft")
            .replace("/extraction/sha256", Tree.text("bbbb"))
            .replace("/extraction/extractor_version", Tree.text("2"))
            .replace(
                "/extraction/proposed",
                new Tree.Sequence(List.of(Tree.text("people/x"), Tree.text("people/y")), false))
            .apply();
    assertEquals(
        text(
            "extraction:",
            "  sha256: bbbb   # old",
            "  extractor_version: \"2\"",
            "  proposed:",
            "    - people/x",
            "    - people/y",
            "  # end of ledger",
            "review: draft"),
        after);
  }

  @Test
  void leavesTheTextAloneWhenNothingIsAdded() throws Exception {
    String before = text("# comment", "aliases: [a]  ", "review:   draft");
    assertEquals(
        before,
        new YamlPatch(YamlDocument.parse("p", before)).append("/aliases", List.of()).apply());
  }
}
