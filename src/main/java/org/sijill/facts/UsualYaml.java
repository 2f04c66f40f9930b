package org.sijill.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of a fact file written in the usual shape (as {@link FactWriter} writes it), read
 * straight from the text: block mappings and sequences indented with spaces, one-line flow
 * mappings and sequences, plain scalars and double-quoted ones without escapes, comment lines
 * starting in the first column. The JSON is the very one SnakeYAML's tree gives through {@link
 * YamlJson}. Anything else, whether valid YAML or not, gives null: the file is then composed by
 * SnakeYAML, which also reports its problems and positions.
 */
final class UsualYaml {
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
  /** Below SnakeYAML's limit on the size of a document, which a larger file would meet. */
  private static final int MAX_CHARS = 1 << 20;
  private static final int MAX_DEPTH = 20;
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  /** A line without its indentation. */
  private record Line(int indent, String content) {}

  private final List<Line> lines;
  private int at;

  private UsualYaml(List<Line> lines) {
    this.lines = lines;
  }

  /** Thrown when the text is not of the usual shape; carries no stack. */
  private static final class Unusual extends Exception {
    Unusual() {
      super(null, null, false, false);
    }
  }

  private static final Unusual UNUSUAL = new Unusual();

  /** The JSON of {@code text}, or null if it is not of the usual shape. */
  static JsonNode json(String text) {
    List<Line> lines = lines(text);
    if (lines == null || lines.isEmpty() || lines.get(0).indent() != 0) {
      return null;
    }
    UsualYaml reader = new UsualYaml(lines);
    try {
      JsonNode root = reader.mapping(0, 0);
      return reader.at == lines.size() ? root : null;
    } catch (Unusual e) {
      return null;
    }
  }

  /** The lines that are not comments, or null if a character or a line is out of the usual. */
  private static List<Line> lines(String text) {
    if (text.length() > MAX_CHARS) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // control characters, backslashes (escapes), line breaks other than \n, and characters
      // SnakeYAML may refuse or read otherwise
      boolean unusual =
          c < 0x20
              ? c != '\n'
              : c == '\\'
                  || c >= 0x7F
                      && (c <= 0x9F
                          || c == '\u2028'
                          || c == '\u2029'
                          || Character.isSurrogate(c)
                          || c >= 0xFEFF);
      if (unusual) {
        return null;
      }
    }
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (text.charAt(start) != '#') {
        int indent = start;
        while (indent < end && text.charAt(indent) == ' ') {
          indent++;
        }
        if (indent == end || text.charAt(end - 1) == ' ' || text.charAt(indent) == '#') {
          return null;
        }
        lines.add(new Line(indent - start, text.substring(indent, end)));
      }
      start = end + 1;
    }
    return lines;
  }

  /** The block mapping whose keys are at {@code indent}. */
  private ObjectNode mapping(int indent, int depth) throws Unusual {
    if (depth > MAX_DEPTH) {
      throw UNUSUAL;
    }
    ObjectNode object = JSON.objectNode();
    while (at < lines.size() && lines.get(at).indent() == indent) {
      String content = lines.get(at).content();
      int colon = key(content);
      if (colon < 0) {
        throw UNUSUAL;
      }
      String key = content.substring(0, colon);
      if (object.has(key)) {
        throw UNUSUAL;
      }
      if (colon + 1 == content.length()) {
        at++;
        object.set(key, block(indent, key, depth + 1));
      } else {
        object.set(key, inline(content, colon + 2, key));
        at++;
      }
    }
    if (at < lines.size() && lines.get(at).indent() > indent) {
      throw UNUSUAL;
    }
    return object;
  }

  /** The value of a key at {@code indent} that has nothing after its colon: the lines below. */
  private JsonNode block(int indent, String key, int depth) throws Unusual {
    if (at == lines.size()) {
      throw UNUSUAL;
    }
    Line next = lines.get(at);
    if (next.content().startsWith("- ") && next.indent() >= indent) {
      return sequence(next.indent(), key, depth);
    }
    if (next.indent() > indent) {
      return mapping(next.indent(), depth);
    }
    throw UNUSUAL;
  }

  /** The block sequence whose dashes are at {@code indent}. */
  private ArrayNode sequence(int indent, String key, int depth) throws Unusual {
    if (depth > MAX_DEPTH) {
      throw UNUSUAL;
    }
    ArrayNode array = JSON.arrayNode();
    while (at < lines.size()
        && lines.get(at).indent() == indent
        && lines.get(at).content().startsWith("- ")) {
      String item = lines.get(at).content().substring(2);
      if (item.isEmpty() || item.charAt(0) == ' ' || item.charAt(0) == '-') {
        throw UNUSUAL;
      }
      int colon = key(item);
      if (colon >= 0) {
        // a mapping whose first key is on the dash's line
        lines.set(at, new Line(indent + 2, item));
        array.add(mapping(indent + 2, depth + 1));
      } else {
        array.add(inline(item, 0, key));
        at++;
      }
    }
    if (at < lines.size() && lines.get(at).indent() > indent) {
      throw UNUSUAL;
    }
    return array;
  }

  /**
   * Where the colon after a key that starts {@code content} is, if it is followed by a space or
   * ends the line; else -1.
   */
  private static int key(String content) {
    int i = 0;
    while (i < content.length() && isKeyChar(content.charAt(i), i == 0)) {
      i++;
    }
    if (i == 0 || i == content.length() || content.charAt(i) != ':') {
      return -1;
    }
    return i + 1 == content.length() || content.charAt(i + 1) == ' ' ? i : -1;
  }

  private static boolean isKeyChar(char c, boolean first) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || !first && c >= '0' && c <= '9';
  }

  /** A value that takes the rest of a line from {@code from}. */
  private static JsonNode inline(String line, int from, String key) throws Unusual {
    if (from >= line.length()) {
      throw UNUSUAL;
    }
    char first = line.charAt(from);
    if (first == '{' || first == '[' || first == '"') {
      Flow flow = new Flow(line, from);
      JsonNode value = flow.value(key, 0);
      if (flow.at != line.length()) {
        throw UNUSUAL;
      }
      return value;
    }
    String text = line.substring(from);
    if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
      throw UNUSUAL;
    }
    for (int i = 0; i < text.length(); i++) {
      if ("[]{}".indexOf(text.charAt(i)) >= 0) {
        throw UNUSUAL;
      }
    }
    return plain(text, key);
  }

  /** A plain scalar as {@link YamlJson} gives it. */
  private static JsonNode plain(String text, String key) throws Unusual {
    if (text.isEmpty()
        || INDICATORS.indexOf(text.charAt(0)) >= 0
        || text.charAt(0) == ' '
        || text.charAt(text.length() - 1) == ' '
        || text.equals("~")
        || text.equals("null")
        || text.equals("Null")
        || text.equals("NULL")) {
      throw UNUSUAL;
    }
    if (key == null || !YamlJson.NUMBER_KEYS.contains(key)) {
      return JSON.textNode(text);
    }
    if (text.equals("0") || isNatural(text)) {
      return JSON.numberNode(new BigInteger(text));
    }
    throw UNUSUAL;
  }

  private static boolean isNatural(String text) {
    if (text.charAt(0) < '1' || text.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A flow collection or a quoted scalar within one line, read from {@link #at}. */
  private static final class Flow {
    private final String line;
    private int at;

    Flow(String line, int at) {
      this.line = line;
      this.at = at;
    }

    JsonNode value(String key, int depth) throws Unusual {
      if (depth > MAX_DEPTH || at >= line.length()) {
        throw UNUSUAL;
      }
      char c = line.charAt(at);
      if (c == '{') {
        return mapping(depth);
      }
      if (c == '[') {
        return sequence(key, depth);
      }
      if (c == '"') {
        int end = line.indexOf('"', at + 1);
        if (end < 0) {
          throw UNUSUAL;
        }
        String text = line.substring(at + 1, end);
        at = end + 1;
        return JSON.textNode(text);
      }
      return plain(scalar(), key);
    }

    private ObjectNode mapping(int depth) throws Unusual {
      ObjectNode object = JSON.objectNode();
      at++;
      if (next('}')) {
        return object;
      }
      do {
        int start = at;
        while (at < line.length() && isKeyChar(line.charAt(at), at == start)) {
          at++;
        }
        if (at == start || !next(':') || !next(' ')) {
          throw UNUSUAL;
        }
        String key = line.substring(start, at - 2);
        if (object.has(key)) {
          throw UNUSUAL;
        }
        object.set(key, value(key, depth + 1));
      } while (separator());
      if (!next('}')) {
        throw UNUSUAL;
      }
      return object;
    }

    private ArrayNode sequence(String key, int depth) throws Unusual {
      ArrayNode array = JSON.arrayNode();
      at++;
      if (next(']')) {
        return array;
      }
      do {
        array.add(value(key, depth + 1));
      } while (separator());
      if (!next(']')) {
        throw UNUSUAL;
      }
      return array;
    }

    /** Takes ", " if it comes next. */
    private boolean separator() {
      if (line.startsWith(", ", at)) {
        at += 2;
        return true;
      }
      return false;
    }

    private boolean next(char c) {
      if (at < line.length() && line.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    /** A plain scalar up to the comma or bracket that ends it. */
    private String scalar() throws Unusual {
      int start = at;
      while (at < line.length()) {
        char c = line.charAt(at);
        if (c == ',' || c == ']' || c == '}') {
          break;
        }
        if (c == '[' || c == '{' || c == '?' || c == '#' && line.charAt(at - 1) == ' ') {
          throw UNUSUAL;
        }
        if (c == ':'
            && (at + 1 == line.length() || " ,[]{}".indexOf(line.charAt(at + 1)) >= 0)) {
          throw UNUSUAL;
        }
        at++;
      }
      return line.substring(start, at);
    }
  }
}
