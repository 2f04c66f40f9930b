package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScalarsTest {
  private static final String ALPHABET = "ab ز:#-,[]{}\"'\\&*!|>%@`?.~01eE\t\n\u00A0\u200F";

  @Test
  void everyRenderedScalarReadsBackAsTheSameText() throws Exception {
    Random random = new Random(42);
    for (int n = 0; n < 3000; n++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = value.toString();
      String yaml =
          "block: "
              + Scalars.render(text, false, false)
              + "\n"
              + "list: ["
              + Scalars.render(text, true, false)
              + ", x]\n"
              + "map: {a: "
              + Scalars.render(text, true, false)
              + ", b: x}\n";
      JsonNode json;
      try {
        json = YamlDocument.parse("t.yaml", yaml).json();
      } catch (YamlDocument.InvalidYaml e) {
        throw new AssertionError(e.getMessage() + " in\n" + yaml, e);
      }
      assertEquals(text, json.get("block").textValue(), yaml);
      assertEquals(text, json.get("list").get(0).textValue(), yaml);
      assertEquals(text, json.get("map").get("a").textValue(), yaml);
    }
  }
}
