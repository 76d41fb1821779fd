package io.callsight.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code {parameter}} placeholders in a phrase into every alternative: 工号{agentId} with
 * agentId 1024 is 工号1024; {jargon} with a list is one phrase per item. {@code {n}} (any number) is
 * left for the matcher.
 */
public final class Placeholders {
  /** The placeholder the matcher reads as "any number". */
  public static final String ANY_NUMBER = "n";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)}");
  private static final int MAX_EXPANSIONS = 10_000;

  private Placeholders() {}

  /** The phrases a pattern stands for; an unknown parameter is an IllegalArgumentException. */
  public static List<String> expand(String phrase, Map<String, List<String>> parameters) {
    List<String> done = new ArrayList<>();
    expand(phrase, 0, parameters, done, 0);
    return done;
  }

  private static void expand(
      String phrase, int from, Map<String, List<String>> parameters, List<String> out, int depth) {
    Matcher m = PLACEHOLDER.matcher(phrase);
    while (m.find(from)) {
      String name = m.group(1);
      if (name.equals(ANY_NUMBER)) {
        from = m.end();
        continue;
      }
      List<String> values = parameters.get(name);
      if (values == null) {
        throw new IllegalArgumentException(
            "unknown parameter {"
                + name
                + "}: the rule set's parameters are "
                + parameters.keySet());
      }
      if (depth > 8) {
        throw new IllegalArgumentException("parameter {" + name + "} refers to itself");
      }
      for (String v : values) {
        String expanded = phrase.substring(0, m.start()) + v + phrase.substring(m.end());
        // A value may itself hold {n} or another parameter: expand from where it was put.
        expand(expanded, m.start(), parameters, out, depth + 1);
        if (out.size() > MAX_EXPANSIONS) {
          throw new IllegalArgumentException("phrase '" + phrase + "' expands to too many phrases");
        }
      }
      return;
    }
    out.add(phrase);
  }
}
