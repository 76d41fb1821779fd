package io.callsight.druid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.callsight.schemas.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kafka supervisor specs of {@code schemas/druid/}, read from the classpath, with the Kafka
 * bootstrap servers filled in. The files hold exactly one placeholder, {@value #KAFKA_BOOTSTRAP}.
 */
public final class SupervisorSpecs {
  /** The one placeholder a spec file may hold: Kafka's bootstrap servers as Druid reaches them. */
  public static final String KAFKA_BOOTSTRAP = "${KAFKA_BOOTSTRAP}";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");
  private static final Pattern BOOTSTRAP =
      Pattern.compile("[A-Za-z0-9._\\-\\[\\]:]+:[0-9]{1,5}(,[A-Za-z0-9._\\-\\[\\]:]+:[0-9]{1,5})*");

  private SupervisorSpecs() {}

  /** Every datasource's spec, reading Kafka at {@code bootstrapServers} (host:port[,...]). */
  public static List<SupervisorSpec> forKafka(String bootstrapServers) {
    List<SupervisorSpec> specs = new ArrayList<>();
    for (Datasource d : Datasource.values()) {
      specs.add(forKafka(d, bootstrapServers));
    }
    return specs;
  }

  /** One datasource's spec, reading Kafka at {@code bootstrapServers} (host:port[,...]). */
  public static SupervisorSpec forKafka(Datasource datasource, String bootstrapServers) {
    if (bootstrapServers == null || !BOOTSTRAP.matcher(bootstrapServers).matches()) {
      throw new IllegalArgumentException(
          "Kafka bootstrap servers must be host:port[,host:port...], not \""
              + bootstrapServers
              + "\"");
    }
    ObjectNode spec = template(datasource);
    substitute(spec, bootstrapServers);
    return new SupervisorSpec(datasource, spec);
  }

  /** The spec file as written, placeholder unfilled. */
  public static ObjectNode template(Datasource datasource) {
    return parse(datasource.specResource(), text(datasource));
  }

  /** A spec's text as JSON, refused if it holds any placeholder but {@value #KAFKA_BOOTSTRAP}. */
  static ObjectNode parse(String where, String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!m.group().equals(KAFKA_BOOTSTRAP)) {
        throw new IllegalStateException(
            "supervisor spec "
                + where
                + " holds the placeholder "
                + m.group()
                + "; only "
                + KAFKA_BOOTSTRAP
                + " is filled in");
      }
    }
    try {
      JsonNode tree = Json.mapper().readTree(text);
      if (!(tree instanceof ObjectNode object)) {
        throw new IllegalStateException("supervisor spec " + where + " is not a JSON object");
      }
      return object;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "supervisor spec "
              + where
              + " is not valid JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr(),
          e);
    }
  }

  /** The spec file's text, as shipped. */
  public static String text(Datasource datasource) {
    try (InputStream in = SupervisorSpecs.class.getResourceAsStream(datasource.specResource())) {
      if (in == null) {
        throw new IllegalStateException(
            "supervisor spec "
                + datasource.specResource()
                + " is not on the classpath (it ships in callsight-schemas from schemas/druid/)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void substitute(JsonNode node, String bootstrap) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isTextual()) {
          e.setValue(TextNode.valueOf(filled(e.getValue().asText(), bootstrap)));
        } else {
          substitute(e.getValue(), bootstrap);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, TextNode.valueOf(filled(array.get(i).asText(), bootstrap)));
        } else {
          substitute(array.get(i), bootstrap);
        }
      }
    }
  }

  private static String filled(String value, String bootstrap) {
    return value.replace(KAFKA_BOOTSTRAP, bootstrap);
  }
}
