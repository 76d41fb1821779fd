package io.callsight.ingest.asterisk;

import java.util.Arrays;
import java.util.List;

/**
 * One queue_log line split into its fields, {@code epoch|callid|queue|agent|event|data1|data2|…},
 * with typed access that names the field (numbered from 1, as in the file) when it is wrong.
 */
final class QueueLogLine {
  private static final int HEADER_FIELDS = 5;

  private final String[] fields;

  private QueueLogLine(String[] fields) {
    this.fields = fields;
  }

  static QueueLogLine split(String text) throws MalformedLineException {
    String[] fields = text.split("\\|", -1);
    if (fields.length < HEADER_FIELDS) {
      throw new MalformedLineException(
          "the line has "
              + fields.length
              + (fields.length == 1 ? " field" : " fields")
              + ", a queue_log line needs at least 5 (epoch|callid|queue|agent|event)");
    }
    return new QueueLogLine(fields);
  }

  /** The switch time in epoch milliseconds (queue_log writes whole seconds). */
  long eventTimeMillis() throws MalformedLineException {
    return secondsToMillis(1, "epoch", fields[0]);
  }

  String callId() {
    return noneToNull(fields[1]);
  }

  String queue() {
    return noneToNull(fields[2]);
  }

  String agentId() {
    return AgentIds.normalise(fields[3]);
  }

  String event() {
    return fields[4].trim();
  }

  /** How many data fields follow the event name. */
  int dataCount() {
    return fields.length - HEADER_FIELDS;
  }

  /** Data field {@code n} (from 1), or null when it is absent or empty. */
  String data(int n) {
    if (n > dataCount()) {
      return null;
    }
    String value = fields[HEADER_FIELDS + n - 1].trim();
    return value.isEmpty() ? null : value;
  }

  /** Data fields {@code from} to {@code to} (both from 1, inclusive), empty ones left out. */
  List<String> data(int from, int to) {
    return Arrays.stream(
            fields, HEADER_FIELDS + from - 1, Math.min(fields.length, HEADER_FIELDS + to))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /** Data field {@code n}, a duration the switch writes in milliseconds; it must be there. */
  long requiredMillis(int n, String name) throws MalformedLineException {
    return number(HEADER_FIELDS + n, name, required(n, name));
  }

  /** Data field {@code n}, a duration the switch writes in seconds, in milliseconds. */
  long requiredSecondsAsMillis(int n, String name) throws MalformedLineException {
    return secondsToMillis(HEADER_FIELDS + n, name, required(n, name));
  }

  /** Like {@link #requiredSecondsAsMillis}, but null where the switch version does not write it. */
  Long optionalSecondsAsMillis(int n, String name) throws MalformedLineException {
    String value = data(n);
    return value == null ? null : secondsToMillis(HEADER_FIELDS + n, name, value);
  }

  /** Data field {@code n} as a queue position, or null when absent. */
  Integer optionalPosition(int n, String name) throws MalformedLineException {
    String value = data(n);
    if (value == null) {
      return null;
    }
    long position = number(HEADER_FIELDS + n, name, value);
    if (position > Integer.MAX_VALUE) {
      throw outOfRange(HEADER_FIELDS + n, name, value);
    }
    return (int) position;
  }

  private String required(int n, String name) throws MalformedLineException {
    String value = data(n);
    if (value == null) {
      throw new MalformedLineException(
          "field " + (HEADER_FIELDS + n) + " (" + name + ") is missing");
    }
    return value;
  }

  private static long secondsToMillis(int field, String name, String value)
      throws MalformedLineException {
    try {
      return Math.multiplyExact(number(field, name, value), 1000L);
    } catch (ArithmeticException e) {
      throw outOfRange(field, name, value);
    }
  }

  private static long number(int field, String name, String value) throws MalformedLineException {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new MalformedLineException(
          "field " + field + " (" + name + ") \"" + value + "\" is not a number");
    }
  }

  private static MalformedLineException outOfRange(int field, String name, String value) {
    return new MalformedLineException(
        "field " + field + " (" + name + ") \"" + value + "\" is out of range");
  }

  private static String noneToNull(String value) {
    String trimmed = value.trim();
    return trimmed.isEmpty() || trimmed.equals("NONE") ? null : trimmed;
  }
}
