package io.callsight.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Checks JSON against a topic's JSON Schema; used where JSON arrives from outside. */
public final class SchemaValidator {
  private final Map<Topic, JsonSchema> schemas = new EnumMap<>(Topic.class);

  public SchemaValidator() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    for (Topic topic : Topic.values()) {
      schemas.put(topic, factory.getSchema(topic.schemaText(), config));
    }
  }

  /** The problems with this JSON as a record of the topic; empty when it is valid. */
  public List<String> problems(Topic topic, JsonNode json) {
    return schemas.get(topic).validate(json).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }
}
