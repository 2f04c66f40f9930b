package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A page model as one line of JSON: the body of its JBake content file, read back by {@link
 * HtmlTemplateEngine}. Nulls are left out; unknown properties are an error when reading.
 */
public final class PageJson {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  public String write(Page page) {
    try {
      return mapper.writerFor(Page.class).writeValueAsString(page);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("page models are plain records: " + e.getMessage(), e);
    }
  }

  /**
   * The SHA-256 of {@code type}, a zero byte and the UTF-8 of {@link #write}, in hex ({@link
   * Manifest#hash} of the same): the JSON goes straight into the digest, never into a string.
   */
  String hash(String type, Page page) {
    MessageDigest digest = Manifest.sha256();
    digest.update(type.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    OutputStream into =
        new OutputStream() {
          @Override
          public void write(int b) {
            digest.update((byte) b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
          }
        };
    try {
      mapper.writerFor(Page.class).writeValue(into, page);
    } catch (IOException e) {
      throw new IllegalStateException("page models are plain records: " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public Page read(String json) throws JsonProcessingException {
    return mapper.readValue(json, Page.class);
  }
}
