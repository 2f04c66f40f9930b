package org.sijill.facts;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers: {@code ""} is the whole document, {@code /roles/0/org} a value in it. */
public final class JsonPointers {
  private JsonPointers() {}

  /** The unescaped tokens of {@code pointer}. */
  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  /** {@code pointer} with {@code token} appended, escaped. */
  public static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The pointer of the enclosing value; the root is its own parent. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The last token, unescaped, or empty for the root. */
  public static String last(String pointer) {
    List<String> tokens = tokens(pointer);
    return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
  }

  /** A sequence index, or -1 if {@code token} is not one. */
  static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    if (token.length() > 1 && token.charAt(0) == '0') {
      return -1;
    }
    return Integer.parseInt(token);
  }
}
