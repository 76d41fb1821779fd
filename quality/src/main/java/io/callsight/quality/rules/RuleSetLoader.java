package io.callsight.quality.rules;

import io.callsight.quality.match.Phrase;
import io.callsight.quality.redact.PiiKind;
import io.callsight.quality.text.Keyer;
import io.callsight.quality.text.Language;
import io.callsight.schemas.Direction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a rule set from YAML and checks everything before it is used: keys, types, references
 * between rules, topics and categories, parameters in phrases, and that every phrase compiles. A
 * bad file is a {@link RuleSetException} naming the file, line and problem.
 */
public final class RuleSetLoader {
  private static final Set<String> TOP =
      Set.of(
          "ruleSet",
          "version",
          "language",
          "lineOfBusiness",
          "description",
          "parameters",
          "topics",
          "categories",
          "priority",
          "sentiment",
          "scoring",
          "rules");
  private static final Set<String> COMMON =
      Set.of("id", "step", "description", "weight", "critical", "when", "unless");
  private static final Map<String, Set<String>> KIND_KEYS =
      Map.of(
          "says", Set.of("says", "speaker", "window", "match", "min", "before", "tolerance"),
          "mustNotSay", Set.of("mustNotSay", "speaker", "window", "tolerance"),
          "order", Set.of("order"),
          "fact", Set.of("fact", "atMost", "atLeast", "is", "oneOf"),
          "mustNotDisclose", Set.of("mustNotDisclose", "speaker"));

  private RuleSetLoader() {}

  /** Loads a rule set file. */
  public static RuleSet load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule set " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses rule-set text; {@code source} names it in errors. */
  public static RuleSet parse(String yaml, String source) {
    Node root;
    try {
      root =
          new Compose(LoadSettings.builder().setLabel(source).build())
              .composeString(yaml)
              .orElseThrow(() -> new RuleSetException(source, 1, 1, "the file is empty"));
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
      throw new RuleSetException(
          source,
          m == null ? 1 : m.getLine() + 1,
          m == null ? 1 : m.getColumn() + 1,
          "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new RuleSetException(source, 1, 1, "not valid YAML: " + e.getMessage());
    }
    return new Reader(new YamlView(source)).read(root);
  }

  /** One parse: the view for errors and what has been read so far. */
  private static final class Reader {
    private final YamlView y;
    private Map<String, List<String>> parameters = Map.of();
    private Keyer keyer;

    Reader(YamlView y) {
      this.y = y;
    }

    RuleSet read(Node root) {
      Map<String, Node> top = y.mapping(root, "the rule set", TOP);
      String id = y.text(required(top, root, "ruleSet"), "ruleSet");
      int version = y.integer(required(top, root, "version"), "version", 1);
      Node languageNode = required(top, root, "language");
      Language language;
      try {
        language = Language.of(y.text(languageNode, "language"));
      } catch (IllegalArgumentException e) {
        throw y.error(languageNode, e.getMessage());
      }
      keyer = Keyer.forLanguage(language);
      String lob = y.text(required(top, root, "lineOfBusiness"), "lineOfBusiness");
      String description =
          top.containsKey("description") ? y.text(top.get("description"), "description") : "";
      if (top.containsKey("parameters")) {
        parameters = parameters(top.get("parameters"));
      }
      Map<String, RuleSet.Topic> topics =
          top.containsKey("topics") ? topics(top.get("topics")) : Map.of();
      List<RuleSet.Category> categories = categories(required(top, root, "categories"));
      RuleSet.PriorityRaise raise = RuleSet.PriorityRaise.NEVER;
      if (top.containsKey("priority")) {
        raise = priority(top.get("priority"), topics);
      }
      int edgeTurns = 2;
      if (top.containsKey("sentiment")) {
        Map<String, Node> s = y.mapping(top.get("sentiment"), "sentiment", Set.of("edgeTurns"));
        if (s.containsKey("edgeTurns")) {
          edgeTurns = y.integer(s.get("edgeTurns"), "sentiment.edgeTurns", 1);
        }
      }
      Double autoFailScore = null;
      if (top.containsKey("scoring")) {
        Map<String, Node> s = y.mapping(top.get("scoring"), "scoring", Set.of("autoFailScore"));
        if (s.containsKey("autoFailScore")) {
          autoFailScore = percent(s.get("autoFailScore"), "scoring.autoFailScore");
        }
      }
      Set<String> categoryIds = new LinkedHashSet<>();
      categories.forEach(c -> categoryIds.add(c.id()));
      List<Rule> rules = rules(required(top, root, "rules"), topics, categoryIds);
      return new RuleSet(
          id,
          version,
          language,
          lob,
          description,
          parameters,
          topics,
          categories,
          raise,
          edgeTurns,
          autoFailScore,
          rules,
          y.source());
    }

    private Node required(Map<String, Node> map, Node owner, String key) {
      Node n = map.get(key);
      if (n == null) {
        throw y.error(owner, "'" + key + "' is required");
      }
      return n;
    }

    private double percent(Node node, String what) {
      double v = y.number(node, what);
      if (v < 0 || v > 100) {
        throw y.error(node, what + " must be between 0 and 100, got " + v);
      }
      return v;
    }

    private Map<String, List<String>> parameters(Node node) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      y.mapping(node, "parameters", null)
          .forEach((k, v) -> out.put(k, y.texts(v, "parameter " + k)));
      return Map.copyOf(out);
    }

    private Map<String, RuleSet.Topic> topics(Node node) {
      Map<String, RuleSet.Topic> out = new LinkedHashMap<>();
      Map<String, Node> afterTopics = new LinkedHashMap<>();
      y.mapping(node, "topics", null)
          .forEach(
              (name, v) -> {
                Party speaker = Party.ANY;
                Node phrases = v;
                RuleSet.After after = null;
                if (!(v instanceof org.snakeyaml.engine.v2.nodes.SequenceNode)) {
                  Map<String, Node> m =
                      y.mapping(v, "topic " + name, Set.of("speaker", "phrases", "after"));
                  if (m.containsKey("speaker")) {
                    speaker = party(m.get("speaker"));
                  }
                  phrases = required(m, v, "phrases");
                  if (m.containsKey("after")) {
                    Map<String, Node> a =
                        y.mapping(m.get("after"), "after", Set.of("topic", "phrases"));
                    Node topic = required(a, m.get("after"), "topic");
                    afterTopics.put(name, topic);
                    after =
                        new RuleSet.After(
                            y.text(topic, "after.topic"),
                            phrases(required(a, m.get("after"), "phrases"), "topic " + name));
                  }
                }
                out.put(
                    name,
                    new RuleSet.Topic(name, speaker, phrases(phrases, "topic " + name), after));
              });
      // Checked once all are read: the topic named must exist, and count without an after of its
      // own, so that no chain of topics waits on itself.
      afterTopics.forEach(
          (name, topic) -> {
            RuleSet.Topic named = out.get(topicRef(topic, out));
            if (named.name().equals(name) || named.after() != null) {
              throw y.error(
                  topic,
                  "topic "
                      + name
                      + " may not wait on topic "
                      + named.name()
                      + ": an after topic must be another, with no after of its own");
            }
          });
      return out;
    }

    private List<RuleSet.Category> categories(Node node) {
      List<RuleSet.Category> out = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>();
      Node firstDefault = null;
      for (Node c : y.sequence(node, "categories")) {
        Map<String, Node> m =
            y.mapping(
                c,
                "a category",
                Set.of("id", "label", "priority", "speaker", "phrases", "default"));
        String id = y.text(required(m, c, "id"), "category id");
        if (!ids.add(id)) {
          throw y.error(m.get("id"), "category '" + id + "' is defined twice");
        }
        String label = m.containsKey("label") ? y.text(m.get("label"), "label") : id;
        int priority = y.integer(required(m, c, "priority"), "priority", 1);
        boolean isDefault = m.containsKey("default") && y.bool(m.get("default"), "default");
        Party speaker = m.containsKey("speaker") ? party(m.get("speaker")) : Party.CUSTOMER;
        List<String> phrases = List.of();
        if (m.containsKey("phrases")) {
          phrases = phrases(m.get("phrases"), "category " + id);
        } else if (!isDefault) {
          throw y.error(
              c, "category '" + id + "' needs phrases (only the default category has none)");
        }
        if (isDefault) {
          if (firstDefault != null) {
            throw y.error(c, "only one category may be the default");
          }
          firstDefault = c;
        }
        out.add(new RuleSet.Category(id, label, priority, speaker, phrases, isDefault));
      }
      if (firstDefault == null) {
        throw y.error(node, "one category must be the default (default: true)");
      }
      return out;
    }

    private RuleSet.PriorityRaise priority(Node node, Map<String, RuleSet.Topic> topics) {
      Map<String, Node> p = y.mapping(node, "priority", Set.of("raiseWhen"));
      if (!p.containsKey("raiseWhen")) {
        return RuleSet.PriorityRaise.NEVER;
      }
      Map<String, Node> r =
          y.mapping(p.get("raiseWhen"), "priority.raiseWhen", Set.of("customerEndBelow", "topic"));
      Double below = null;
      if (r.containsKey("customerEndBelow")) {
        below = y.number(r.get("customerEndBelow"), "customerEndBelow");
        if (below < -1 || below > 1) {
          throw y.error(r.get("customerEndBelow"), "customerEndBelow must be between -1 and 1");
        }
      }
      String topic = r.containsKey("topic") ? topicRef(r.get("topic"), topics) : null;
      return new RuleSet.PriorityRaise(below, topic);
    }

    private List<Rule> rules(Node node, Map<String, RuleSet.Topic> topics, Set<String> categories) {
      List<Rule> out = new ArrayList<>();
      Map<String, Rule> byId = new HashMap<>();
      Map<String, Node> orderNodes = new LinkedHashMap<>();
      for (Node r : y.sequence(node, "rules")) {
        Map<String, Node> m = y.mapping(r, "a rule", null);
        String kind = kindOf(m, r);
        for (Map.Entry<String, Node> e : m.entrySet()) {
          if (!COMMON.contains(e.getKey()) && !KIND_KEYS.get(kind).contains(e.getKey())) {
            throw y.error(
                y.keyNode(r, e.getKey()),
                "key '"
                    + e.getKey()
                    + "' does not apply to a "
                    + kind
                    + " rule: it takes "
                    + KIND_KEYS.get(kind)
                    + " and "
                    + COMMON);
          }
        }
        Rule.Info info = info(m, r, topics, categories);
        if (byId.containsKey(info.id())) {
          throw y.error(m.get("id"), "rule '" + info.id() + "' is defined twice");
        }
        Rule rule =
            switch (kind) {
              case "says" -> says(m, info, topics);
              case "mustNotSay" ->
                  new Rule.MustNotSay(
                      info,
                      speaker(m),
                      window(m),
                      phrases(m.get("mustNotSay"), "rule " + info.id()),
                      tolerance(m));
              case "order" -> {
                orderNodes.put(info.id(), m.get("order"));
                yield new Rule.Order(info, y.texts(m.get("order"), "order"));
              }
              case "fact" -> fact(m, info);
              default ->
                  new Rule.MustNotDisclose(info, speaker(m), kinds(m.get("mustNotDisclose")));
            };
        byId.put(info.id(), rule);
        out.add(rule);
      }
      orderNodes.forEach(
          (id, n) -> {
            for (String step : ((Rule.Order) byId.get(id)).steps()) {
              if (!(byId.get(step) instanceof Rule.Says)) {
                throw y.error(
                    n, "order step '" + step + "' of rule " + id + " is not the id of a says rule");
              }
            }
          });
      return out;
    }

    private String kindOf(Map<String, Node> m, Node r) {
      List<String> kinds = new ArrayList<>();
      for (String k : KIND_KEYS.keySet()) {
        if (m.containsKey(k)) {
          kinds.add(k);
        }
      }
      if (kinds.size() != 1) {
        throw y.error(
            r,
            "a rule needs exactly one of says, mustNotSay, order, fact, mustNotDisclose"
                + (kinds.isEmpty() ? "" : "; it has " + kinds));
      }
      return kinds.get(0);
    }

    private Rule.Info info(
        Map<String, Node> m, Node r, Map<String, RuleSet.Topic> topics, Set<String> categories) {
      String id = y.text(required(m, r, "id"), "rule id");
      double weight = y.number(required(m, r, "weight"), "weight");
      if (weight < 0) {
        throw y.error(m.get("weight"), "weight must not be negative");
      }
      boolean critical = false;
      String criticalOnce = null;
      if (m.containsKey("critical")) {
        Node c = m.get("critical");
        if (c instanceof MappingNode) {
          // critical once a topic came up: an identity unchecked fails the call once the account
          // was touched, and is a missed step before that
          critical = true;
          criticalOnce =
              topicRef(required(y.mapping(c, "critical", Set.of("topic")), c, "topic"), topics);
        } else {
          critical = y.bool(c, "critical");
        }
      }
      String topic = null;
      String category = null;
      Direction direction = null;
      Boolean transferred = null;
      if (m.containsKey("when")) {
        Map<String, Node> w =
            y.mapping(
                m.get("when"), "when", Set.of("topic", "category", "direction", "transferred"));
        topic = w.containsKey("topic") ? topicRef(w.get("topic"), topics) : null;
        if (w.containsKey("category")) {
          category = y.text(w.get("category"), "category");
          if (!categories.contains(category)) {
            throw y.error(
                w.get("category"),
                "unknown category '" + category + "': expected one of " + categories);
          }
        }
        if (w.containsKey("direction")) {
          String d = y.text(w.get("direction"), "direction");
          try {
            direction = Direction.valueOf(d.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw y.error(
                w.get("direction"), "direction must be inbound or outbound, got '" + d + "'");
          }
        }
        if (w.containsKey("transferred")) {
          transferred = y.bool(w.get("transferred"), "transferred");
        }
      }
      List<String> unless = List.of();
      if (m.containsKey("unless")) {
        Map<String, Node> u = y.mapping(m.get("unless"), "unless", Set.of("topic"));
        unless =
            y.items(required(u, m.get("unless"), "topic"), "unless.topic").stream()
                .map(n -> topicRef(n, topics))
                .toList();
      }
      Rule.Condition when = new Rule.Condition(topic, category, direction, unless, transferred);
      String step = m.containsKey("step") ? y.text(m.get("step"), "step") : id;
      String description =
          m.containsKey("description") ? y.text(m.get("description"), "description") : "";
      return new Rule.Info(id, step, description, weight, critical, criticalOnce, when);
    }

    private Rule.Says says(Map<String, Node> m, Rule.Info info, Map<String, RuleSet.Topic> topics) {
      Node says = m.get("says");
      List<List<String>> groups = new ArrayList<>();
      if (y.isSequenceOfSequences(says)) {
        for (Node g : y.sequence(says, "says")) {
          groups.add(phrases(g, "a group of rule " + info.id()));
        }
      } else {
        groups.add(phrases(says, "rule " + info.id()));
      }
      boolean any = false;
      if (m.containsKey("match")) {
        String match = y.text(m.get("match"), "match");
        if (!match.equals("all") && !match.equals("any")) {
          throw y.error(
              m.get("match"),
              "match must be all (every group in one turn) or any, got '" + match + "'");
        }
        any = match.equals("any");
      }
      int min = m.containsKey("min") ? y.integer(m.get("min"), "min", 1) : 1;
      String before = null;
      if (m.containsKey("before")) {
        Map<String, Node> b = y.mapping(m.get("before"), "before", Set.of("topic"));
        before = topicRef(required(b, m.get("before"), "topic"), topics);
      }
      return new Rule.Says(info, speaker(m), window(m), groups, any, min, before, tolerance(m));
    }

    private Rule.FactCheck fact(Map<String, Node> m, Rule.Info info) {
      String name = y.text(m.get("fact"), "fact");
      Fact fact = Fact.of(name);
      if (fact == null) {
        List<String> known = new ArrayList<>();
        for (Fact f : Fact.values()) {
          known.add(f.code());
        }
        throw y.error(m.get("fact"), "unknown fact '" + name + "': expected one of " + known);
      }
      Double atMost = m.containsKey("atMost") ? y.number(m.get("atMost"), "atMost") : null;
      Double atLeast = m.containsKey("atLeast") ? y.number(m.get("atLeast"), "atLeast") : null;
      Boolean is = m.containsKey("is") ? y.bool(m.get("is"), "is") : null;
      List<String> oneOf = m.containsKey("oneOf") ? y.texts(m.get("oneOf"), "oneOf") : null;
      boolean ok =
          switch (fact.kind()) {
            case NUMBER -> (atMost != null || atLeast != null) && is == null && oneOf == null;
            case YES_NO -> is != null && atMost == null && atLeast == null && oneOf == null;
            case TEXT -> oneOf != null && is == null && atMost == null && atLeast == null;
          };
      if (!ok) {
        String expected =
            switch (fact.kind()) {
              case NUMBER -> "atMost and/or atLeast";
              case YES_NO -> "is: true or is: false";
              case TEXT -> "oneOf: [values]";
            };
        throw y.error(m.get("fact"), "fact " + name + " is judged with " + expected);
      }
      return new Rule.FactCheck(info, fact, atMost, atLeast, is, oneOf);
    }

    private java.util.Set<PiiKind> kinds(Node node) {
      java.util.Set<PiiKind> out = java.util.EnumSet.noneOf(PiiKind.class);
      for (String k : y.texts(node, "mustNotDisclose")) {
        try {
          out.add(PiiKind.of(k));
        } catch (IllegalArgumentException e) {
          throw y.error(node, e.getMessage());
        }
      }
      return out;
    }

    private Party speaker(Map<String, Node> m) {
      return m.containsKey("speaker") ? party(m.get("speaker")) : Party.AGENT;
    }

    private Party party(Node node) {
      String s = y.text(node, "speaker");
      return switch (s) {
        case "agent" -> Party.AGENT;
        case "customer" -> Party.CUSTOMER;
        case "any" -> Party.ANY;
        default -> throw y.error(node, "speaker must be agent, customer or any, got '" + s + "'");
      };
    }

    private Rule.Window window(Map<String, Node> m) {
      if (!m.containsKey("window")) {
        return Rule.Window.WHOLE_CALL;
      }
      Map<String, Node> w = y.mapping(m.get("window"), "window", Set.of("first", "last"));
      if (w.size() != 1) {
        throw y.error(m.get("window"), "window takes one of first: SECONDS or last: SECONDS");
      }
      Integer first = w.containsKey("first") ? y.integer(w.get("first"), "window.first", 1) : null;
      Integer last = w.containsKey("last") ? y.integer(w.get("last"), "window.last", 1) : null;
      return new Rule.Window(first, last);
    }

    private Integer tolerance(Map<String, Node> m) {
      return m.containsKey("tolerance") ? y.integer(m.get("tolerance"), "tolerance", 0) : null;
    }

    private String topicRef(Node node, Map<String, RuleSet.Topic> topics) {
      String t = y.text(node, "topic");
      if (!topics.containsKey(t)) {
        throw y.error(
            node, "unknown topic '" + t + "': the rule set's topics are " + topics.keySet());
      }
      return t;
    }

    /** A list of phrases, each checked: parameters known, compiles for the language. */
    private List<String> phrases(Node node, String what) {
      List<String> out = y.texts(node, "the phrases of " + what);
      List<Node> items = y.items(node, "the phrases of " + what);
      for (int i = 0; i < out.size(); i++) {
        try {
          for (String p : Placeholders.expand(out.get(i), parameters)) {
            Phrase.compile(p, keyer);
          }
        } catch (IllegalArgumentException e) {
          throw y.error(items.get(i), e.getMessage());
        }
      }
      return out;
    }
  }
}
