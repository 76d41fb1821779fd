package io.callsight.druid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callsight.schemas.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A supervisor spec ready to submit: the reviewed file with its placeholders filled in, and a
 * fingerprint of it that Druid keeps in the supervisor's context so a later start-up can tell
 * whether the running supervisor is this very spec.
 */
public final class SupervisorSpec {
  /** Context key under which the fingerprint of the submitted spec is stored in Druid. */
  public static final String FINGERPRINT_KEY = "callsightSpecFingerprint";

  private final Datasource datasource;
  private final ObjectNode json;
  private final String fingerprint;

  /** A spec for the datasource's supervisor: a shipped one edited, or a centre's own. */
  public SupervisorSpec(Datasource datasource, ObjectNode json) {
    this.datasource = datasource;
    this.fingerprint = fingerprint(json);
    this.json = json.deepCopy();
    this.json.withObject("/context").put(FINGERPRINT_KEY, fingerprint);
  }

  public Datasource datasource() {
    return datasource;
  }

  /** The supervisor id, which Druid takes from the datasource name. */
  public String id() {
    return datasource.datasourceName();
  }

  /** The spec as POSTed to the overlord, fingerprint included. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** SHA-256 over the spec's canonical JSON (keys sorted), without the fingerprint itself. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The fingerprint a running supervisor's spec (as Druid returns it) carries, or null. */
  static String fingerprintOf(JsonNode runningSpec) {
    JsonNode value = runningSpec.path("context").path(FINGERPRINT_KEY);
    return value.isTextual() ? value.asText() : null;
  }

  private static String fingerprint(ObjectNode spec) {
    try {
      byte[] canonical =
          Json.mapper().writeValueAsString(canonical(spec)).getBytes(StandardCharsets.UTF_8);
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("cannot fingerprint the " + spec.path("type") + " spec", e);
    }
  }

  // Sorted keys, so reformatting or reordering a spec file does not count as a change.
  private static Object canonical(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> sorted = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        sorted.put(e.getKey(), canonical(e.getValue()));
      }
      return sorted;
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(n -> items.add(canonical(n)));
      return items;
    }
    return node;
  }

  @Override
  public String toString() {
    return "supervisor spec " + id() + " (" + fingerprint + ")";
  }
}
