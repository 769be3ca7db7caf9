package io.github.xray4j.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Iteration;
import io.github.xray4j.core.model.Parameter;
import io.github.xray4j.core.model.TestResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The floor the Xray JSON writer is measured against: the same document written with plain Jackson
 * streaming, only the fields the synthetic results carry, no abstraction. The benchmark checks that both
 * documents are equal as JSON before it times them.
 */
final class PlainJacksonDocument {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private PlainJacksonDocument() {}

  static void write(ExecutionResults results, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      ExecutionInfo info = results.info();
      json.writeObjectFieldStart("info");
      json.writeStringField("project", info.project());
      json.writeStringField("summary", info.summary());
      json.writeStringField("revision", info.revision());
      json.writeStringField("startDate", DATE.format(info.startDate()));
      json.writeStringField("finishDate", DATE.format(info.finishDate()));
      json.writeArrayFieldStart("testEnvironments");
      for (String environment : info.testEnvironments()) {
        json.writeString(environment);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeArrayFieldStart("tests");
      for (TestResult test : results.tests()) {
        json.writeStartObject();
        json.writeStringField("testKey", test.testKey());
        json.writeStringField("start", DATE.format(test.start()));
        json.writeStringField("finish", DATE.format(test.finish()));
        json.writeStringField("comment", test.comment());
        json.writeStringField("status", test.status().serverName());
        json.writeArrayFieldStart("iterations");
        for (Iteration iteration : test.iterations()) {
          json.writeStartObject();
          json.writeStringField("name", iteration.name());
          json.writeArrayFieldStart("parameters");
          for (Parameter parameter : iteration.parameters()) {
            json.writeStartObject();
            json.writeStringField("name", parameter.name());
            json.writeStringField("value", parameter.value());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeStringField("status", iteration.status().serverName());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
