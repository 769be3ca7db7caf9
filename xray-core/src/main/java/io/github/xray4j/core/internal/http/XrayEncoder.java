package io.github.xray4j.core.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Sends bytes and text as they are (import documents, multipart bodies, comments) and objects as JSON. */
final class XrayEncoder implements Encoder {
  private final JacksonEncoder json;

  XrayEncoder(ObjectMapper mapper) {
    this.json = new JacksonEncoder(mapper);
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (object instanceof byte[] bytes) {
      template.body(bytes, null);
    } else if (object instanceof String text) {
      template.body(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    } else {
      json.encode(object, bodyType, template);
    }
  }
}
