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
 * A composed YAML tree as JSON. Only the values of {@link #NUMBER_KEYS} (the schemas' numbers) are
 * read as numbers, exactly, as YAML types them; every other scalar is the text as written, so dates
 * such as {@code 2025} or {@code 2025-06-01}, or an alias such as {@code yes}, stay text. An empty
 * value or {@code ~} is null.
 */
final class YamlJson {
  /** Keys whose values are numbers: a source's sentence, a company fact's value, a stake. */
  static final Set<String> NUMBER_KEYS = Set.of("sentence", "value", "stake_percent");

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
        sequence.getValue().forEach(item -> array.add(value(item, key)));
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
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return JSON.nullNode();
    }
    if (key == null || !NUMBER_KEYS.contains(key)) {
      return JSON.textNode(text);
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
