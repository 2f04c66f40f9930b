package org.sijill.facts;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a scalar plain when YAML reads it back as the same text, and double-quoted otherwise.
 * Arabic and other printable text is never escaped.
 */
final class Scalars {
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  private static final String FLOW_INDICATORS = ",?[]{}";

  private Scalars() {}

  /** {@code value} as YAML, inside a flow collection if {@code flow}. */
  static String render(String value, boolean flow, boolean verbatim) {
    return plain(value, flow, verbatim) ? value : quoted(value);
  }

  static boolean plain(String value, boolean flow, boolean verbatim) {
    if (value.isEmpty()
        || value.strip().length() != value.length()
        || INDICATORS.indexOf(value.charAt(0)) >= 0
        || value.endsWith(":")
        || value.contains(" #")
        || value.contains(": ")) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (needsEscape(c) || c == '\t') {
        return false;
      }
      if (flow && FLOW_INDICATORS.indexOf(c) >= 0) {
        return false;
      }
    }
    return verbatim || Tag.STR.equals(new Resolver().resolve(NodeId.scalar, value, true));
  }

  /** A double-quoted scalar: only quotes, backslashes and unprintable characters are escaped. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\u0085' -> out.append("\\N");
        case '\u2028' -> out.append("\\L");
        case '\u2029' -> out.append("\\P");
        default -> {
          if (c < 0x100 && needsEscape(c)) {
            out.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
          } else if (needsEscape(c)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Characters YAML does not allow unescaped, or that would break a line. */
  private static boolean needsEscape(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\uFEFF'
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
