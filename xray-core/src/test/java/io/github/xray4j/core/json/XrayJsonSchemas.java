package io.github.xray4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.xray4j.core.model.ExecutionInfo;
import io.github.xray4j.core.model.ExecutionResults;
import io.github.xray4j.core.model.Flavour;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schemas of what Xray takes, per flavour ({@code src/test/resources/xray-json}, written from Xray's
 * documentation), and the one way the writer's tests produce documents: written, then validated, then handed
 * back. A document the schema refuses fails the test with the schema's messages.
 */
final class XrayJsonSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Flavour, JsonSchema> DOCUMENTS = new EnumMap<>(Flavour.class);
  private static final Map<Flavour, JsonSchema> INFOS = new EnumMap<>(Flavour.class);

  static {
    for (Flavour flavour : Flavour.values()) {
      String name = flavour == Flavour.CLOUD ? "cloud" : "server";
      DOCUMENTS.put(flavour, load("xray-" + name + ".schema.json"));
      INFOS.put(flavour, load("xray-" + name + "-multipart-info.schema.json"));
    }
  }

  private XrayJsonSchemas() {}

  private static JsonSchema load(String file) {
    try (InputStream in = XrayJsonSchemas.class.getResourceAsStream("/xray-json/" + file)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The import document of {@code results} for {@code flavour}, after checking it against the flavour's schema. */
  static JsonNode written(Flavour flavour, ExecutionResults results) {
    return valid(DOCUMENTS.get(flavour), XrayJsonWriter.of(flavour).toBytes(results));
  }

  /** The multipart {@code info} of {@code info} for {@code flavour}, after checking it against its schema. */
  static JsonNode writtenInfo(Flavour flavour, ExecutionInfo info) {
    return valid(INFOS.get(flavour), XrayJsonWriter.of(flavour).multipartInfoBytes(info));
  }

  /** What the flavour's import document schema says of {@code document} (empty: valid). */
  static Set<ValidationMessage> problems(Flavour flavour, String document) {
    try {
      return DOCUMENTS.get(flavour).validate(JSON.readTree(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode valid(JsonSchema schema, byte[] document) {
    try {
      JsonNode tree = JSON.readTree(document);
      assertThat(schema.validate(tree)).as("what the schema says of %s", tree).isEmpty();
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
