package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.diag.Diagnostic;

class YamlDocumentTest {
  private static final String PERSON =
      String.join(
          "\n",
          "# yaml-language-server: $schema=../schema/person.schema.json",
          "id: trapit-bansal",
          "name: {en: Trapit Bansal, ar: ترابيت بانسال}",
          "aliases: [Trapit Bansal, بانسال]",
          "roles:",
          "  - title: {en: Researcher, ar: باحث}",
          "    org: openai   # the lab",
          "    sources:",
          "      - {article: a1, sentence: 3, quote: \"مساهم رئيسي\"}",
          "moves:",
          "  - to: meta",
          "    date: 2025",
          "    status: completed",
          "review: draft",
          "");

  private static YamlDocument parse(String text) throws YamlDocument.InvalidYaml {
    return YamlDocument.parse("content/people/x.yaml", text);
  }

  @Test
  void locatesTheValueAtAPointer() throws Exception {
    YamlDocument doc = parse(PERSON);
    assertEquals(new Position(7, 10), doc.locate("/roles/0/org"));
    assertEquals(new Position(9, 43), doc.locate("/roles/0/sources/0/quote"));
    assertEquals(new Position(4, 26), doc.locate("/aliases/1"));
    assertEquals(new Position(3, 31), doc.locate("/name/ar"));
    assertEquals(new Position(2, 1), doc.locate(""));
  }

  @Test
  void fallsBackToTheNearestExistingParent() throws Exception {
    YamlDocument doc = parse(PERSON);
    assertEquals(new Position(11, 5), doc.locate("/moves/0/from"));
    assertEquals(new Position(6, 3), doc.locate("/roles/7/title"));
    assertEquals(new Position(2, 1), doc.locate("/summary/en"));
  }

  @Test
  void locatesTheKeyOfAnEntry() throws Exception {
    assertEquals(new Position(7, 5), parse(PERSON).locateKey("/roles/0/org"));
  }

  @Test
  void readsNumbersOnlyWhereTheSchemasHaveThem() throws Exception {
    YamlDocument doc =
        parse(
            "date: 2025\npublished: 2025-08-29\nvalue: 65000000000\nstake_percent: 14.30\n"
                + "sources: [{sentence: 1_000}]\naliases: [yes, 1984, ~]\nextractor_version: 1\n"
                + "org:\nsentence: \"3\"\n");
    assertEquals("2025", doc.json().get("date").textValue());
    assertEquals("2025-08-29", doc.json().get("published").textValue());
    assertEquals(new BigDecimal("65000000000"), doc.json().get("value").decimalValue());
    assertTrue(doc.json().get("value").isIntegralNumber());
    assertEquals(new BigDecimal("14.30"), doc.json().get("stake_percent").decimalValue());
    assertEquals(1000, doc.json().at("/sources/0/sentence").intValue());
    assertEquals("yes", doc.json().at("/aliases/0").textValue());
    assertEquals("1984", doc.json().at("/aliases/1").textValue());
    assertTrue(doc.json().at("/aliases/2").isNull());
    assertEquals("1", doc.json().get("extractor_version").textValue());
    assertTrue(doc.json().get("org").isNull());
    assertEquals("3", doc.json().get("sentence").textValue());
  }

  @Test
  void reportsASyntaxErrorAtItsPosition() {
    assertEquals(
        List.of(
            "content/people/x.yaml:3:6: error: expected ',' or '}', but got ':'"
                + " (while parsing a flow mapping that starts at 2:7)"),
        problems("id: x\nname: {en: a, ar: b\nroles: 1\n"));
    assertEquals(
        List.of("content/people/x.yaml:2:6: error: mapping values are not allowed here"),
        problems("id: x\n  bad: y\n"));
    assertEquals(
        List.of(
            "content/people/x.yaml:2:1: error: found character tab that cannot start any token"
                + " (do not use tabs for indentation)"),
        problems("id: x\n\tname: y\n"));
    assertEquals(
        List.of(
            "content/people/x.yaml:2:1: error: found unexpected end of stream"
                + " (while scanning a quoted scalar that starts at 1:5)"),
        problems("id: \"x\n"));
    assertEquals(
        List.of(
            "content/people/x.yaml:2:1: error: expected a single document in the stream,"
                + " but found another document"),
        problems("a: 1\n---\nb: 2\n"));
  }

  @Test
  void reportsEveryRepeatedKey() {
    assertEquals(
        List.of(
            "content/people/x.yaml:3:1: error: duplicate key \"id\"",
            "content/people/x.yaml:4:16: error: duplicate key \"en\""),
        problems("id: a\nname: b\nid: c\ntitle: {en: x, en: y}\n"));
  }

  @Test
  void handlesWindowsLineEndingsAndAByteOrderMark() throws Exception {
    YamlDocument doc = parse("\uFEFFid: x\r\nroles:\r\n  - org: openai\r\n");
    assertEquals(new Position(3, 10), doc.locate("/roles/0/org"));
    assertEquals("openai", doc.json().at("/roles/0/org").textValue());
    String patched =
        new YamlPatch(doc)
            .append("/roles", List.of(FactTrees.role(new Role(null, "meta", List.of()))))
            .apply();
    assertEquals("\uFEFFid: x\r\nroles:\r\n  - org: openai\r\n  - org: meta\r\n", patched);
  }

  @Test
  void countsColumnsInCodePointsAndPatchesAfterCharactersOutsideTheBmp() throws Exception {
    YamlDocument doc = parse("aliases: [\uD83D\uDE00 x, y]\nreview: draft\n");
    assertEquals(new Position(1, 16), doc.locate("/aliases/1"));
    assertEquals(
        "aliases: [\uD83D\uDE00 x, y, z]\nreview: draft\n",
        new YamlPatch(doc).append("/aliases", List.of(Tree.text("z"))).apply());
  }

  @Test
  void readsAnEmptyFileAsNull() throws Exception {
    YamlDocument doc = parse("# only a comment\n");
    assertTrue(doc.json().isNull());
    assertEquals(Position.START, doc.locate("/id"));
  }

  private static List<String> problems(String text) {
    YamlDocument.InvalidYaml e = assertThrows(YamlDocument.InvalidYaml.class, () -> parse(text));
    return e.diagnostics().stream().map(Diagnostic::format).toList();
  }
}
