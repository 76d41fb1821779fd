package io.callsight.druid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A supervisor's health as the overlord reports it: its state (RUNNING, PENDING, UNHEALTHY_...),
 * the detailed state (e.g. UNABLE_TO_CONNECT_TO_STREAM) and its most recent errors.
 */
public record SupervisorStatus(
    String id, String state, String detailedState, boolean healthy, List<String> recentErrors) {

  static SupervisorStatus fromReport(String id, JsonNode report) {
    JsonNode payload = report.path("payload");
    List<String> errors = new ArrayList<>();
    payload
        .path("recentErrors")
        .forEach(
            e -> {
              String message = e.path("message").asText(e.toString());
              errors.add(message.isBlank() ? e.path("exceptionClass").asText() : message);
            });
    return new SupervisorStatus(
        id,
        payload.path("state").asText("UNKNOWN"),
        payload.path("detailedState").asText(payload.path("state").asText("UNKNOWN")),
        payload.path("healthy").asBoolean(false),
        List.copyOf(errors));
  }

  /** One line for progress messages: "no rows yet" when running well, else state and error. */
  public String summary() {
    if (healthy && detailedState.equals("RUNNING")) {
      return "running, no rows yet";
    }
    String text = detailedState.equals(state) ? state : state + "/" + detailedState;
    return recentErrors.isEmpty()
        ? text
        : text + ": " + withoutExceptionClass(recentErrors.get(recentErrors.size() - 1));
  }

  private static String withoutExceptionClass(String message) {
    return message.replaceFirst("^[\\w.$]+(Exception|Error|ISE|IAE|RE): ", "");
  }
}
