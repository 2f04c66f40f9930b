package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

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

  public Page read(String json) throws JsonProcessingException {
    return mapper.readValue(json, Page.class);
  }
}
