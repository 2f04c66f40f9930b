package org.sijill.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sijill.facts.FileKind;
import org.sijill.facts.YamlDocument;

class PlainSchemaTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
  private static final List<JsonNode> VALUES =
      List.of(
          JSON.textNode(""), JSON.textNode("x"), JSON.textNode("Not_A-Slug"), JSON.textNode("2025-13"),
          JSON.textNode("2025-06"), JSON.textNode("completed"), JSON.textNode("draft"),
          JSON.textNode("USD"), JSON.textNode("a\n"), JSON.numberNode(BigInteger.ZERO),
          JSON.numberNode(BigInteger.valueOf(101)), JSON.numberNode(new BigDecimal("2.0")),
          JSON.numberNode(new BigDecimal("-0.5")), JSON.nullNode(), JSON.booleanNode(true),
          JSON.objectNode(), JSON.arrayNode(), JSON.arrayNode().add("a").add("a"));

  private static JsonNode schema(FileKind kind) throws Exception {
    return new ObjectMapper()
        .readTree(Files.readString(Path.of("content/schema/" + kind.schema() + ".schema.json")));
  }

  private static List<JsonNode> documents(FileKind kind) throws Exception {
    List<JsonNode> documents = new ArrayList<>();
    Path dir = kind == FileKind.SITE ? Path.of("content") : Path.of("content", kind.folder());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        if (kind == FileKind.SITE ? file.getFileName().toString().equals("site.yaml") : true) {
          documents.add(
              YamlDocument.parse("x", Files.readString(file, StandardCharsets.UTF_8)).json());
        }
      }
    }
    return documents;
  }

  /** Every container node of {@code node}, with {@code node} first. */
  private static List<JsonNode> containers(JsonNode node) {
    List<JsonNode> all = new ArrayList<>();
    if (node.isContainerNode()) {
      all.add(node);
      node.forEach(child -> all.addAll(containers(child)));
    }
    return all;
  }

  @Test
  void passesOnlyDocumentsTheFullValidatorFindsNothingWrongWith() throws Exception {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    Random random = new Random(11);
    int passed = 0;
    int failed = 0;
    for (FileKind kind : FileKind.values()) {
      JsonSchema full = factory.getSchema(schema(kind));
      PlainSchema plain = PlainSchema.of(schema(kind)).orElseThrow();
      for (JsonNode original : documents(kind)) {
        assertTrue(plain.passes(original), original.toString());
        assertEquals(List.of(), List.copyOf(full.validate(original)));
        for (int n = 0; n < 200; n++) {
          JsonNode document = original.deepCopy();
          List<JsonNode> containers = containers(document);
          JsonNode target = containers.get(random.nextInt(containers.size()));
          JsonNode value = VALUES.get(random.nextInt(VALUES.size()));
          if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int pick = random.nextInt(names.size() + 1);
            String name = pick == names.size() ? "extra" : names.get(pick);
            if (random.nextInt(3) == 0) {
              object.remove(name);
            } else {
              object.set(name, value);
            }
          } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextInt(3) == 0) {
              array.add(random.nextBoolean() && !array.isEmpty() ? array.get(0) : value);
            } else {
              array.set(random.nextInt(array.size()), value);
            }
          }
          boolean fullPasses = full.validate(document).isEmpty();
          if (plain.passes(document)) {
            passed++;
            assertTrue(fullPasses, kind + " " + document);
          } else if (!fullPasses) {
            failed++;
          }
        }
      }
    }
    // both kinds of outcome are met, so the comparison is not empty
    assertTrue(passed > 500 && failed > 500, passed + " passed, " + failed + " failed");
  }

  @Test
  void hasNoPlainFormForAKeywordItDoesNotEvaluate() throws Exception {
    ObjectNode schema = (ObjectNode) schema(FileKind.PERSON);
    assertTrue(PlainSchema.of(schema).isPresent());
    schema.put("maxProperties", 3);
    assertFalse(PlainSchema.of(schema).isPresent());
    ObjectNode remote = (ObjectNode) schema(FileKind.PERSON);
    ((ObjectNode) remote.get("properties").get("id")).put("$ref", "other.json#/definitions/slug");
    assertFalse(PlainSchema.of(remote).isPresent());
  }
}
