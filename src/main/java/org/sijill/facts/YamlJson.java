package org.sijill.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sijill.diag.Diagnostic;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A composed YAML tree as JSON: integers and floats become exact numbers, {@code null} and booleans
 * their JSON values, everything else text. Dates ({@code date}, {@code published}) are always text,
 * as written, so {@code 2025} and {@code 2025-06-01} stay strings.
 */
final class YamlJson {
  /** Keys whose scalar values are always read as text. */
  static final Set<String> TEXT_KEYS = Set.of("date", "published");

  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");

  private YamlJson() {}

  /** The JSON form of {@code root}; repeated or non-text keys are added to {@code problems}. */
  static JsonNode convert(String path, Node root, List<Diagnostic> problems) {
    return root == null ? JSON.nullNode() : new YamlJson.Walk(path, problems).value(root, null);
  }

  private record Walk(String path, List<Diagnostic> problems) {
    JsonNode value(Node node, String key) {
      if (node instanceof MappingNode mapping) {
        return object(mapping);
      }
      if (node instanceof SequenceNode sequence) {
        ArrayNode array = JSON.arrayNode();
        sequence.getValue().forEach(item -> array.add(value(item, null)));
        return array;
      }
      return scalar((ScalarNode) node, key);
    }

    private ObjectNode object(MappingNode mapping) {
      ObjectNode object = JSON.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalarKey)) {
          problem(keyNode, "a key must be plain text");
          continue;
        }
        String name = scalarKey.getValue();
        if (object.has(name)) {
          problem(keyNode, "duplicate key \"" + name + "\"");
          continue;
        }
        object.set(name, value(tuple.getValueNode(), name));
      }
      return object;
    }

    private void problem(Node node, String message) {
      problems.add(
          Diagnostic.error(
              path,
              node.getStartMark().getLine() + 1,
              node.getStartMark().getColumn() + 1,
              message));
    }
  }

  private static JsonNode scalar(ScalarNode node, String key) {
    String text = node.getValue();
    if (key != null && TEXT_KEYS.contains(key)) {
      return JSON.textNode(text);
    }
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return JSON.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return JSON.booleanNode(
          Set.of("true", "yes", "on", "y").contains(text.toLowerCase(java.util.Locale.ROOT)));
    }
    if (Tag.INT.equals(tag) && INTEGER.matcher(text).matches()) {
      return JSON.numberNode(new BigInteger(text.replace("_", "").replace("+", "")));
    }
    if (Tag.FLOAT.equals(tag) && DECIMAL.matcher(text).matches()) {
      return JSON.numberNode(new BigDecimal(text.replace("_", "").replace("+", "")));
    }
    return JSON.textNode(text);
  }
}
