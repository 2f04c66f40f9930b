package org.sijill.facts;

import static org.sijill.facts.UsualYaml.JSON;
import static org.sijill.facts.UsualYaml.MAX_DEPTH;
import static org.sijill.facts.UsualYaml.UNUSUAL;
import static org.sijill.facts.UsualYaml.isKeyChar;
import static org.sijill.facts.UsualYaml.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A flow mapping or sequence, or a double-quoted scalar, within one line of a fact file of the
 * usual shape ({@link UsualYaml}), read from a position on.
 */
final class UsualFlow {
  private final String line;
  private int at;

  UsualFlow(String line, int at) {
    this.line = line;
    this.at = at;
  }

  JsonNode value(String key, int depth) throws UsualYaml.Unusual {
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

  private ObjectNode mapping(int depth) throws UsualYaml.Unusual {
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

  private ArrayNode sequence(String key, int depth) throws UsualYaml.Unusual {
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
  private String scalar() throws UsualYaml.Unusual {
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

  /** Whether the value read ends the line. */
  boolean atEnd() {
    return at == line.length();
  }
}
