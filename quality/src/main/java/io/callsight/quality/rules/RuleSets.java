package io.callsight.quality.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rule sets CallSight ships, by name, and rule-set files. */
public final class RuleSets {
  /** The shipped rule sets (resources beside this class). */
  public static final List<String> BUILT_IN =
      List.of("zh-CN-inbound", "zh-CN-outbound", "en-US-inbound");

  private RuleSets() {}

  /** A shipped rule set by name, or a rule-set file by path. */
  public static RuleSet load(String nameOrFile) {
    if (BUILT_IN.contains(nameOrFile)) {
      return builtIn(nameOrFile);
    }
    Path file = Path.of(nameOrFile);
    if (Files.isRegularFile(file)) {
      return RuleSetLoader.load(file);
    }
    throw new IllegalArgumentException(
        "no rule set '" + nameOrFile + "': name a file or one of " + BUILT_IN);
  }

  /** A shipped rule set. */
  public static RuleSet builtIn(String name) {
    String resource = "/io/callsight/quality/rulesets/" + name + ".yaml";
    try (InputStream in = RuleSets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no built-in rule set '" + name + "': expected one of " + BUILT_IN);
      }
      return RuleSetLoader.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default rule set for a language: its inbound script. */
  public static String defaultFor(io.callsight.quality.text.Language language) {
    return language.tag() + "-inbound";
  }
}
