package io.callsight.common;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One typed configuration option: its key, default, description, and how its text is parsed. A bad
 * value fails with the key, the value, what was expected and where it came from.
 */
public record Option<T>(
    String key, T defaultValue, String description, Function<String, T> parser) {

  /** The value in {@code values}, or the default when absent. */
  public T from(Map<String, String> values, String origin) {
    String text = values.get(key);
    if (text == null || text.isBlank()) {
      return defaultValue;
    }
    try {
      return parser.apply(text.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          origin + ": option " + key + " = '" + text + "' is not valid: " + reason(e), e);
    }
  }

  private static String reason(RuntimeException e) {
    if (e instanceof DateTimeParseException) {
      return "expected an ISO-8601 duration such as PT15M, PT20S or P7D";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  public static Option<String> text(String key, String defaultValue, String description) {
    return new Option<>(key, defaultValue, description, s -> s);
  }

  public static Option<Duration> duration(String key, Duration defaultValue, String description) {
    return new Option<>(
        key,
        defaultValue,
        description,
        s -> {
          Duration d = Duration.parse(s.toUpperCase(Locale.ROOT));
          if (d.isNegative()) {
            throw new IllegalArgumentException("must not be negative");
          }
          return d;
        });
  }

  public static Option<Integer> integer(String key, int defaultValue, int min, String description) {
    return new Option<>(
        key,
        defaultValue,
        description,
        s -> {
          int v;
          try {
            v = Integer.parseInt(s);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number", e);
          }
          if (v < min) {
            throw new IllegalArgumentException("must be at least " + min);
          }
          return v;
        });
  }

  public static Option<Double> fraction(String key, double defaultValue, String description) {
    return new Option<>(
        key,
        defaultValue,
        description,
        s -> {
          double v;
          try {
            v = Double.parseDouble(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number such as 0.8 or 80%", e);
          }
          if (s.endsWith("%")) {
            v /= 100;
          }
          if (v < 0 || v > 1) {
            throw new IllegalArgumentException("must be between 0 and 1 (or 0% and 100%)");
          }
          return v;
        });
  }

  public static Option<Boolean> flag(String key, boolean defaultValue, String description) {
    return new Option<>(
        key,
        defaultValue,
        description,
        s -> {
          if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(s);
          }
          throw new IllegalArgumentException("expected true or false");
        });
  }

  public static Option<ZoneId> zone(String key, ZoneId defaultValue, String description) {
    return new Option<>(key, defaultValue, description, ZoneId::of);
  }

  public static <E extends Enum<E>> Option<E> choice(
      String key, E defaultValue, Class<E> type, String description) {
    return new Option<>(
        key,
        defaultValue,
        description,
        s -> {
          try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_'));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "expected one of " + java.util.Arrays.toString(type.getEnumConstants()), e);
          }
        });
  }
}
