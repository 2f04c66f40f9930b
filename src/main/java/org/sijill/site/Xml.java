package org.sijill.site;

/** Text escaped for XML (and HTML) content and attribute values. */
final class Xml {
  private Xml() {}

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
