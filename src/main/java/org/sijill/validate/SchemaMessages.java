package org.sijill.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijill.diag.Diagnostic;
import org.sijill.facts.JsonPointers;
import org.sijill.facts.Position;
import org.sijill.facts.YamlDocument;

/** Words a schema error in the editor's terms and places it at the offending value. */
final class SchemaMessages {
  private static final Map<String, String> TYPES =
      Map.of(
          "string", "text",
          "integer", "a whole number",
          "number", "a number",
          "array", "a list",
          "object", "a mapping",
          "boolean", "true or false",
          "null", "empty");

  private SchemaMessages() {}

  /**
   * The diagnostic for {@code message}, or empty for details of an error reported by its parent.
   */
  static Optional<Diagnostic> diagnostic(
      YamlDocument doc, ValidationMessage message, JsonNode schema) {
    String evaluation = message.getEvaluationPath().toString();
    if (evaluation.contains("/oneOf/") || evaluation.contains("/anyOf/")) {
      return Optional.empty();
    }
    String pointer = message.getInstanceLocation().toString();
    JsonNode value = message.getInstanceNode();
    String label = label(pointer);
    String type = message.getType();
    Position at = doc.locate(pointer);
    String text;
    switch (type) {
      case "required" -> text = "missing required key \"" + message.getProperty() + "\"";
      case "additionalProperties" -> {
        at = doc.locateKey(JsonPointers.child(pointer, message.getProperty()));
        text =
            "unknown key \""
                + message.getProperty()
                + "\" (allowed: "
                + allowed(schema, message)
                + ")";
      }
      case "enum" -> text = label + "must be one of " + join(message.getSchemaNode());
      case "type" ->
          text =
              label
                  + "must be "
                  + words(String.valueOf(message.getArguments()[1]))
                  + ", not "
                  + words(String.valueOf(message.getArguments()[0]));
      case "pattern" -> text = label + "must be " + description(schema, message) + ", not " + value;
      case "minLength", "minProperties" ->
          text =
              message.getSchemaNode().asInt() <= 1
                  ? label + "must not be empty"
                  : label + "must have at least " + message.getSchemaNode().asInt() + " characters";
      case "minimum" -> text = label + "must be at least " + message.getSchemaNode().asText();
      case "maximum" -> text = label + "must be at most " + message.getSchemaNode().asText();
      case "uniqueItems" -> {
        int repeat = firstRepeat(value);
        at = doc.locate(JsonPointers.child(pointer, repeat));
        text = label + value.get(repeat) + " is listed twice";
      }
      case "oneOf" -> text = oneOf(message);
      default -> text = label + stripLocation(message.getMessage());
    }
    return Optional.of(Diagnostic.error(doc.path(), at.line(), at.column(), text));
  }

  /** {@code "status: "} for {@code /moves/0/status}; empty at the root. */
  private static String label(String pointer) {
    List<String> tokens = JsonPointers.tokens(pointer);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (!tokens.get(i).chars().allMatch(Character::isDigit)) {
        return tokens.get(i) + ": ";
      }
    }
    return "";
  }

  private static String words(String types) {
    List<String> words = new ArrayList<>();
    for (String type : types.replaceAll("[\\[\\]\\s]", "").split(",")) {
      words.add(TYPES.getOrDefault(type, type));
    }
    return String.join(" or ", words);
  }

  private static String join(JsonNode values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(v.asText()));
    return String.join(", ", texts);
  }

  /** The keys the schema allows beside the unknown one. */
  private static String allowed(JsonNode schema, ValidationMessage message) {
    List<String> keys = new ArrayList<>();
    schemaParent(schema, message).path("properties").fieldNames().forEachRemaining(keys::add);
    return String.join(", ", keys);
  }

  /** The schema's {@code description} of what a pattern stands for. */
  private static String description(JsonNode schema, ValidationMessage message) {
    JsonNode owner = schemaParent(schema, message);
    return owner.has("description")
        ? owner.get("description").asText()
        : "text matching " + message.getSchemaNode().asText();
  }

  /** The schema object holding the keyword that failed. */
  private static JsonNode schemaParent(JsonNode schema, ValidationMessage message) {
    String location = message.getSchemaLocation().toString();
    String fragment = location.substring(location.indexOf('#') + 1);
    return schema.at(JsonPointers.parent(fragment));
  }

  private static int firstRepeat(JsonNode array) {
    Set<JsonNode> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      if (!seen.add(array.get(i))) {
        return i;
      }
    }
    return 0;
  }

  /** For branches that each require one key: "must have one of the keys company, person". */
  private static String oneOf(ValidationMessage message) {
    List<String> keys = new ArrayList<>();
    for (JsonNode branch : message.getSchemaNode()) {
      branch.path("required").forEach(key -> keys.add(key.asText()));
    }
    boolean none = "0".equals(String.valueOf(message.getArguments()[0]));
    return (none ? "must have one of the keys " : "must have only one of the keys ")
        + String.join(", ", keys);
  }

  private static String stripLocation(String message) {
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }
}
