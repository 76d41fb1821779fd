package io.callsight.deploy;

import io.callsight.testkit.SharedData;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The production-shaped stack as files: {@code docker-compose.yml} (anchors and merge keys
 * resolved), {@code .env}, and what they point at, with compose's {@code ${VAR}} interpolation.
 */
final class Stack {
  static final Path ROOT = SharedData.repositoryRoot();
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-?])([^}]*))?}");

  final Map<String, Object> compose;
  final Map<String, String> env;

  private Stack(Map<String, Object> compose, Map<String, String> env) {
    this.compose = compose;
    this.env = env;
  }

  static Stack load() {
    return new Stack(yaml(ROOT.resolve("docker-compose.yml")), dotEnv(ROOT.resolve(".env")));
  }

  /** A YAML file as maps and lists; a file that does not parse fails naming it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(Path file) {
    try (Reader in = Files.newBufferedReader(file)) {
      Object doc = new Yaml(new LoaderOptions()).load(in);
      if (!(doc instanceof Map)) {
        throw new IllegalStateException(file + " is not a YAML mapping");
      }
      return (Map<String, Object>) doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(file + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  /** KEY=VALUE lines; comments and blank lines skipped; anything else fails naming the line. */
  static Map<String, String> dotEnv(Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": not KEY=VALUE: " + line);
      }
      values.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  Map<String, Map<String, Object>> services() {
    return (Map<String, Map<String, Object>>) compose.get("services");
  }

  Map<String, Object> service(String name) {
    Map<String, Object> service = services().get(name);
    if (service == null) {
      throw new IllegalStateException("docker-compose.yml has no service " + name);
    }
    return service;
  }

  /** Variables the compose file reads: name and whether it is required (${NAME:?message}). */
  static Map<String, Boolean> variablesIn(String text) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      names.merge(m.group(1), "?".equals(m.group(2)), Boolean::logicalOr);
    }
    return names;
  }

  /** A value with ${VAR} replaced from .env, as compose does (required secrets are left out). */
  String interpolate(String value) {
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = env.get(m.group(1));
      if (v == null) {
        throw new IllegalStateException("${" + m.group(1) + "} is not in .env");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A service's command as a list of interpolated words. */
  List<String> command(String service) {
    Object command = service(service).get("command");
    List<String> words = new ArrayList<>();
    if (command instanceof List<?> list) {
      list.forEach(w -> words.add(interpolate(String.valueOf(w))));
    } else if (command != null) {
      throw new IllegalStateException(service + ": write command as a list");
    }
    return words;
  }

  /** The value following a flag in a service's command. */
  String flag(String service, String flag) {
    List<String> words = command(service);
    int i = words.indexOf(flag);
    if (i < 0 || i + 1 >= words.size()) {
      throw new IllegalStateException(service + ": command has no " + flag + " VALUE");
    }
    return words.get(i + 1);
  }

  /** A service's environment variable, interpolated. */
  @SuppressWarnings("unchecked")
  String environment(String service, String name) {
    Map<String, Object> environment = (Map<String, Object>) service(service).get("environment");
    Object value = environment == null ? null : environment.get(name);
    if (value == null) {
      throw new IllegalStateException(service + ": no environment variable " + name);
    }
    return interpolate(String.valueOf(value));
  }

  /** The service's volume entries ("source:target[:mode]"). */
  @SuppressWarnings("unchecked")
  List<String> volumes(String service) {
    Object volumes = service(service).get("volumes");
    return volumes == null
        ? List.of()
        : ((List<Object>) volumes).stream().map(String::valueOf).toList();
  }

  /** The host folder or named volume mounted at a container path, or null. */
  String mountedAt(String service, String target) {
    for (String volume : volumes(service)) {
      String[] parts = volume.split(":");
      if (parts.length >= 2 && parts[1].equals(target)) {
        return parts[0];
      }
    }
    return null;
  }
}
