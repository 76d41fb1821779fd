package io.callsight.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Walks a schema beside its record: every nested object has exactly its record's fields. */
final class NestedSchemas {
  private NestedSchemas() {}

  static void check(JsonNode root, JsonNode object, Class<?> record, String path) {
    List<String> properties = new ArrayList<>();
    object.get("properties").fieldNames().forEachRemaining(properties::add);
    List<String> components =
        Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    assertThat(properties).as(path).containsExactlyInAnyOrderElementsOf(components);
    assertThat(object.get("additionalProperties").asBoolean()).as(path).isFalse();
    List<String> required = new ArrayList<>();
    object.get("required").forEach(n -> required.add(n.asText()));
    for (RecordComponent c : record.getRecordComponents()) {
      String at = path + "." + c.getName();
      if (c.getType().isPrimitive()) {
        assertThat(required).as(at).contains(c.getName());
      }
      Class<?> nested = nestedRecord(c);
      if (nested != null) {
        JsonNode property = object.get("properties").get(c.getName());
        JsonNode target = c.getType() == List.class ? property.get("items") : property;
        check(root, resolve(root, target), nested, at);
      }
    }
  }

  /** The record a component holds, itself or in a list; null for plain values. */
  private static Class<?> nestedRecord(RecordComponent c) {
    if (c.getType().isRecord()) {
      return c.getType();
    }
    if (c.getType() == List.class
        && c.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> element
        && element.isRecord()) {
      return element;
    }
    return null;
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : root.at(ref.asText().substring(1));
  }
}
