package org.sijill.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema (draft-07) of the few keywords Sijill's schemas use, evaluated directly: it tells a
 * document that surely passes from one that may not. Only a document it finds valid skips the full
 * validator; for any other the full validator runs and gives the messages. A schema with another
 * keyword, or a reference other than {@code #/definitions/<name>}, has no plain form.
 */
final class PlainSchema {
  private static final Set<String> NOTES =
      Set.of("$schema", "$comment", "title", "description", "definitions", "default", "examples");
  private static final Set<String> TYPES =
      Set.of("object", "array", "string", "number", "integer", "boolean", "null");

  /** What evaluating a schema tells: sure it passes, sure it fails, or not sure. */
  private enum Verdict {
    VALID,
    INVALID,
    UNSURE;

    Verdict and(Verdict other) {
      return this == INVALID || other == INVALID ? INVALID
          : this == UNSURE || other == UNSURE ? UNSURE : VALID;
    }
  }

  private final JsonNode root;
  private final Map<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

  private PlainSchema(JsonNode root) {
    this.root = root;
  }

  /** The plain form of {@code schema}, if it uses only the keywords evaluated here. */
  static Optional<PlainSchema> of(JsonNode schema) {
    PlainSchema plain = new PlainSchema(schema);
    try {
      return plain.supported(schema, 0) ? Optional.of(plain) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code document} surely passes the schema. */
  boolean passes(JsonNode document) {
    return evaluate(root, document, 0) == Verdict.VALID;
  }

  private boolean supported(JsonNode schema, int depth) {
    if (!schema.isObject() || depth > 32) {
      return false;
    }
    if (schema.has("$ref")) {
      for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("$ref") && !name.equals("description") && !name.equals("title")) {
          return false;
        }
      }
      return reference(schema.get("$ref")) != null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      boolean ok =
          switch (field.getKey()) {
            case "type" -> value.isTextual() && TYPES.contains(value.textValue());
            case "properties" -> allSupported(value, depth);
            case "additionalProperties" -> value.isBoolean();
            case "required" -> allText(value);
            case "items" -> supported(value, depth + 1);
            case "enum" -> value.isArray();
            case "minLength", "minProperties" -> value.isIntegralNumber() && value.canConvertToInt();
            case "minimum", "maximum" -> value.isNumber();
            case "uniqueItems" -> value.isBoolean();
            case "oneOf" -> value.isArray() && value.size() > 0 && allSupported(value, depth);
            case "pattern" -> value.isTextual() && pattern(value.textValue()) != null;
            case "definitions" -> allSupported(value, depth);
            default -> NOTES.contains(field.getKey());
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean allSupported(JsonNode schemas, int depth) {
    if (!schemas.isObject() && !schemas.isArray()) {
      return false;
    }
    for (JsonNode schema : schemas) {
      if (!supported(schema, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allText(JsonNode array) {
    if (!array.isArray()) {
      return false;
    }
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** The schema {@code #/definitions/<name>} names, or null. */
  private JsonNode reference(JsonNode ref) {
    if (!ref.isTextual() || !ref.textValue().startsWith("#/definitions/")) {
      return null;
    }
    String name = ref.textValue().substring("#/definitions/".length());
    if (name.isEmpty() || name.contains("/") || name.contains("~") || name.contains("%")) {
      return null;
    }
    JsonNode definitions = root.get("definitions");
    return definitions == null ? null : definitions.get(name);
  }

  private Pattern pattern(String regex) {
    return patterns.computeIfAbsent(regex, Pattern::compile);
  }

  private Verdict evaluate(JsonNode schema, JsonNode node, int depth) {
    if (depth > 64) {
      return Verdict.UNSURE;
    }
    if (schema.has("$ref")) {
      return evaluate(reference(schema.get("$ref")), node, depth + 1);
    }
    Verdict verdict = Verdict.VALID;
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      verdict = verdict.and(keyword(field.getKey(), field.getValue(), schema, node, depth));
      if (verdict == Verdict.INVALID) {
        return verdict;
      }
    }
    return verdict;
  }

  private Verdict keyword(String name, JsonNode value, JsonNode schema, JsonNode node, int depth) {
    return switch (name) {
      case "type" -> type(value.textValue(), node);
      case "properties" -> properties(value, node, depth);
      case "additionalProperties" -> additional(value, schema.get("properties"), node);
      case "required" -> required(value, node);
      case "items" -> items(value, node, depth);
      case "enum" -> oneOfValues(value, node);
      case "minLength" -> minLength(value.intValue(), node);
      case "minimum" -> bound(value, node, true);
      case "maximum" -> bound(value, node, false);
      case "uniqueItems" -> value.booleanValue() ? unique(node) : Verdict.VALID;
      case "minProperties" ->
          !node.isObject() ? Verdict.UNSURE : sure(node.size() >= value.intValue());
      case "oneOf" -> oneOf(value, node, depth);
      case "pattern" -> pattern(value.textValue(), node);
      default -> Verdict.VALID;
    };
  }

  private static Verdict sure(boolean valid) {
    return valid ? Verdict.VALID : Verdict.INVALID;
  }

  private static Verdict type(String type, JsonNode node) {
    return switch (type) {
      case "object" -> sure(node.isObject());
      case "array" -> sure(node.isArray());
      case "string" -> sure(node.isTextual());
      case "number" -> sure(node.isNumber());
      case "integer" ->
          node.isIntegralNumber() ? Verdict.VALID : node.isNumber() ? Verdict.UNSURE : Verdict.INVALID;
      case "boolean" -> sure(node.isBoolean());
      default -> sure(node.isNull());
    };
  }

  private Verdict properties(JsonNode properties, JsonNode node, int depth) {
    if (!node.isObject()) {
      return Verdict.UNSURE;
    }
    Verdict verdict = Verdict.VALID;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode schema = properties.get(field.getKey());
      if (schema != null) {
        verdict = verdict.and(evaluate(schema, field.getValue(), depth + 1));
        if (verdict == Verdict.INVALID) {
          return verdict;
        }
      }
    }
    return verdict;
  }

  private static Verdict additional(JsonNode allowed, JsonNode properties, JsonNode node) {
    if (!node.isObject()) {
      return Verdict.UNSURE;
    }
    if (allowed.booleanValue()) {
      return Verdict.VALID;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (properties == null || !properties.has(names.next())) {
        return Verdict.INVALID;
      }
    }
    return Verdict.VALID;
  }

  private static Verdict required(JsonNode names, JsonNode node) {
    if (!node.isObject()) {
      return Verdict.UNSURE;
    }
    for (JsonNode name : names) {
      if (!node.has(name.textValue())) {
        return Verdict.INVALID;
      }
    }
    return Verdict.VALID;
  }

  private Verdict items(JsonNode schema, JsonNode node, int depth) {
    if (!node.isArray()) {
      return Verdict.UNSURE;
    }
    Verdict verdict = Verdict.VALID;
    for (JsonNode item : node) {
      verdict = verdict.and(evaluate(schema, item, depth + 1));
      if (verdict == Verdict.INVALID) {
        return verdict;
      }
    }
    return verdict;
  }

  private static Verdict oneOfValues(JsonNode values, JsonNode node) {
    for (JsonNode value : values) {
      if (value.equals(node)) {
        return Verdict.VALID;
      }
    }
    return node.isTextual() ? Verdict.INVALID : Verdict.UNSURE;
  }

  /** At least {@code min} code points; a text below it in chars fails whichever is counted. */
  private static Verdict minLength(int min, JsonNode node) {
    if (!node.isTextual()) {
      return Verdict.UNSURE;
    }
    String text = node.textValue();
    return text.codePointCount(0, text.length()) >= min ? Verdict.VALID
        : text.length() < min ? Verdict.INVALID : Verdict.UNSURE;
  }

  private static Verdict bound(JsonNode bound, JsonNode node, boolean minimum) {
    if (!node.isNumber()) {
      return Verdict.UNSURE;
    }
    int order = node.decimalValue().compareTo(bound.decimalValue());
    return sure(minimum ? order >= 0 : order <= 0);
  }

  private static Verdict unique(JsonNode node) {
    if (!node.isArray()) {
      return Verdict.UNSURE;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        return Verdict.UNSURE;
      }
      if (!seen.add(item.textValue())) {
        return Verdict.INVALID;
      }
    }
    return Verdict.VALID;
  }

  private Verdict oneOf(JsonNode schemas, JsonNode node, int depth) {
    int valid = 0;
    for (JsonNode schema : schemas) {
      Verdict verdict = evaluate(schema, node, depth + 1);
      if (verdict == Verdict.UNSURE) {
        return Verdict.UNSURE;
      }
      if (verdict == Verdict.VALID) {
        valid++;
      }
    }
    return sure(valid == 1);
  }

  /** Found anywhere in the text, as the full validator looks for it (a JDK pattern, unanchored). */
  private Verdict pattern(String regex, JsonNode node) {
    return node.isTextual() ? sure(pattern(regex).matcher(node.textValue()).find()) : Verdict.UNSURE;
  }

}
