package io.callsight.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reading option values from properties files, refusing keys nobody knows. */
public final class Options {
  private Options() {}

  /**
   * Reads a properties file (UTF-8).
   *
   * @throws IllegalArgumentException naming the file when it is missing or unreadable
   */
  public static Map<String, String> load(Path file) {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("configuration file " + file + " does not exist", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "configuration file " + file + " cannot be read: " + e.getMessage(), e);
    }
    Map<String, String> values = new LinkedHashMap<>();
    props.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, props.getProperty(k)));
    return values;
  }

  /**
   * Fails when a key is neither a known option nor accepted by {@code alsoAccepted} — most often a
   * typo that would otherwise be silently ignored.
   */
  public static void requireKnown(
      Map<String, String> values,
      Collection<Option<?>> known,
      Predicate<String> alsoAccepted,
      String origin) {
    var keys = known.stream().map(Option::key).collect(Collectors.toSet());
    var unknown = new TreeSet<String>();
    for (String key : values.keySet()) {
      if (!keys.contains(key) && !alsoAccepted.test(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          origin
              + ": unknown option"
              + (unknown.size() > 1 ? "s " : " ")
              + unknown
              + "; known options are "
              + new TreeSet<>(keys));
    }
  }
}
