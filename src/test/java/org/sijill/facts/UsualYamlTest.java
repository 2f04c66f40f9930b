package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sijill.diag.Diagnostic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

class UsualYamlTest {
  /** What SnakeYAML and YamlJson give, or null for text they refuse. */
  private static JsonNode composed(String text) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (YAMLException e) {
      return null;
    }
    List<Diagnostic> problems = new ArrayList<>();
    JsonNode json = YamlJson.convert("f.yaml", root, problems);
    return problems.isEmpty() ? json : null;
  }

  private static List<String> contentFiles() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("content"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  @Test
  void readsTheProjectsFactFilesAsSnakeYamlDoes() throws IOException {
    List<String> texts = contentFiles();
    int read = 0;
    for (String text : texts) {
      JsonNode usual = UsualYaml.json(text);
      if (usual != null) {
        read++;
        assertEquals(composed(text), usual, text);
      }
    }
    // all but the few edited by hand (a single-quoted title)
    assertTrue(texts.size() > 20 && read > texts.size() * 3 / 4, read + " of " + texts.size());
  }

  @Test
  void givesSnakeYamlsJsonOrNothingForFactFilesWithOneCharacterChanged() throws IOException {
    String alphabet = " :#,[]{}\"'-?~!&*|>%@`\t\n\\a0\u2028\uFEFFذ";
    Random random = new Random(11);
    int read = 0;
    int changed = 0;
    for (String text : contentFiles()) {
      for (int n = 0; n < 300; n++) {
        StringBuilder mutated = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
          int at = random.nextInt(mutated.length());
          char c = alphabet.charAt(random.nextInt(alphabet.length()));
          switch (random.nextInt(3)) {
            case 0 -> mutated.insert(at, c);
            case 1 -> mutated.setCharAt(at, c);
            default -> mutated.deleteCharAt(at);
          }
        }
        String edited = mutated.toString();
        JsonNode usual = UsualYaml.json(edited);
        if (usual != null) {
          read++;
          JsonNode expected = composed(edited);
          assertEquals(expected, usual, edited);
          if (!usual.equals(composed(text))) {
            changed++;
          }
        }
      }
    }
    // the check is not empty: many edited files are still of the usual shape, some read otherwise
    assertTrue(read > 1000, "read " + read);
    assertTrue(changed > 100, "changed " + changed);
  }

  @Test
  void readsTheUsualShapeToTextAndExactNumbers() {
    String text =
        "# yaml-language-server: $schema=../schema/person.schema.json\n"
            + "id: a-b\n"
            + "name: {en: A B, ar: \"أ: ب\"}\n"
            + "aliases: [A B, yes, 10:30]\n"
            + "roles:\n"
            + "  - title: {en: Chief, ar: رئيس}\n"
            + "    sources:\n"
            + "      - {article: a1, sentence: 12, quote: https://x.org/a#b}\n"
            + "moves:\n"
            + "- to: c\n"
            + "  date: 2025-06\n"
            + "review: reviewed\n";
    assertEquals(
        "{\"id\":\"a-b\",\"name\":{\"en\":\"A B\",\"ar\":\"أ: ب\"},\"aliases\":[\"A B\",\"yes\",\"10:30\"],"
            + "\"roles\":[{\"title\":{\"en\":\"Chief\",\"ar\":\"رئيس\"},\"sources\":[{\"article\":\"a1\","
            + "\"sentence\":12,\"quote\":\"https://x.org/a#b\"}]}],\"moves\":[{\"to\":\"c\",\"date\":\"2025-06\"}],"
            + "\"review\":\"reviewed\"}",
        UsualYaml.json(text).toString());
    assertEquals(composed(text), UsualYaml.json(text));
  }

  @Test
  void leavesAnythingElseToSnakeYaml() {
    for (String text :
        List.of(
            "id: a\tb\n",
            "id: 'a'\n",
            "id: \"a\\nb\"\n",
            "id: ~\n",
            "id:\n",
            "id: a # note\n",
            "id: a \n",
            "amount: {value: 1.5, currency: USD}\n",
            "sources: [{sentence: 012}]\n",
            "id: a\nid: b\n",
            "id: a\n  b\n",
            "list:\n  - - a\n",
            "---\nid: a\n",
            "id: &x a\n",
            "text: |\n  a\n",
            "\uFEFFid: a\n",
            "id: a\r\n",
            "name: {en: a, ar: }\n",
            "name: {en: a?, ar: b}\n",
            "name: {en: a,ar: b}\n",
            "",
            "# only a comment\n")) {
      assertNull(UsualYaml.json(text), text);
    }
  }
}
