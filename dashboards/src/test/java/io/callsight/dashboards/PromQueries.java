package io.callsight.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL of the dashboards' Prometheus panels and the metric names and matchers in it. */
final class PromQueries {
  private static final Pattern METRIC =
      Pattern.compile("\\b((?:callsight|flink)_[A-Za-z0-9_]+)(\\{[^}]*})?");
  private static final Pattern MATCHER = Pattern.compile("([a-z_]+)=~\"([^\"]+)\"");

  /** A label regex a query selects series by, for one metric. */
  record LabelMatch(String metric, String label, String regex) {}

  private PromQueries() {}

  /** Every PromQL expression of every dashboard, as "where: expr". */
  static List<String[]> all() {
    List<String[]> exprs = new ArrayList<>();
    for (Dashboard d : Dashboard.all()) {
      for (JsonNode panel : d.panels()) {
        for (JsonNode target : panel.path("targets")) {
          if (target.has("expr")) {
            exprs.add(
                new String[] {
                  d.file().getFileName()
                      + " panel "
                      + panel.path("id")
                      + " "
                      + target.path("refId"),
                  target.path("expr").asText()
                });
          }
        }
      }
    }
    return exprs;
  }

  /** The metric names an expression reads, with the given prefix. */
  static Set<String> metrics(String expr, String prefix) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = METRIC.matcher(expr);
    while (m.find()) {
      if (m.group(1).startsWith(prefix)) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** The label regexes an expression selects series with. */
  static List<LabelMatch> labelMatches(String expr) {
    List<LabelMatch> matches = new ArrayList<>();
    Matcher m = METRIC.matcher(expr);
    while (m.find()) {
      if (m.group(2) != null) {
        Matcher l = MATCHER.matcher(m.group(2));
        while (l.find()) {
          matches.add(new LabelMatch(m.group(1), l.group(1), l.group(2)));
        }
      }
    }
    return matches;
  }

  /** Metric names in a Prometheus text exposition. */
  static Set<String> exposed(String scrape) {
    Set<String> names = new LinkedHashSet<>();
    for (String line : scrape.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int end = line.indexOf('{') > 0 ? line.indexOf('{') : line.indexOf(' ');
        names.add(line.substring(0, end));
      }
    }
    return names;
  }

  /** The values one label takes on one metric's series in a Prometheus text exposition. */
  static Set<String> labelValues(String scrape, String metric, String label) {
    Set<String> values = new LinkedHashSet<>();
    Pattern value = Pattern.compile("[{,]" + label + "=\"([^\"]*)\"");
    for (String line : scrape.split("\n")) {
      if (line.startsWith(metric + "{")) {
        Matcher m = value.matcher(line);
        if (m.find()) {
          values.add(m.group(1));
        }
      }
    }
    return values;
  }

  /** The sum of one metric's samples over all its series in a Prometheus text exposition. */
  static double sum(String scrape, String metric) {
    double sum = 0;
    for (String line : scrape.split("\n")) {
      if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }
}
