package io.callsight.quality.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Typed reads of a composed YAML tree, every failure naming the file, line and column. */
final class YamlView {
  private final String source;

  YamlView(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  RuleSetException error(Node node, String problem) {
    Mark mark = node == null ? null : node.getStartMark().orElse(null);
    return new RuleSetException(
        source,
        mark == null ? 1 : mark.getLine() + 1,
        mark == null ? 1 : mark.getColumn() + 1,
        problem);
  }

  /** A mapping's entries by key; unknown or repeated keys are errors. */
  Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
    if (!(node instanceof MappingNode map)) {
      throw error(node, what + " must be a mapping (key: value lines)");
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = scalar(t.getKeyNode(), "a key of " + what);
      if (allowed != null && !allowed.contains(key)) {
        throw error(
            t.getKeyNode(),
            "unknown key '" + key + "' in " + what + ": expected one of " + allowed);
      }
      if (out.put(key, t.getValueNode()) != null) {
        throw error(t.getKeyNode(), "key '" + key + "' appears twice in " + what);
      }
    }
    return out;
  }

  /** A mapping node's key nodes, for errors about keys. */
  Node keyNode(Node mapping, String key) {
    if (mapping instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
          return t.getKeyNode();
        }
      }
    }
    return mapping;
  }

  String scalar(Node node, String what) {
    if (!(node instanceof ScalarNode s)) {
      throw error(node, what + " must be a single value");
    }
    return s.getValue();
  }

  String text(Node node, String what) {
    String s = scalar(node, what).trim();
    if (s.isEmpty()) {
      throw error(node, what + " must not be empty");
    }
    return s;
  }

  int integer(Node node, String what, int min) {
    String s = scalar(node, what).trim();
    try {
      int v = Integer.parseInt(s);
      if (v < min) {
        throw error(node, what + " must be at least " + min + ", got " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw error(node, what + " must be a whole number, got '" + s + "'");
    }
  }

  double number(Node node, String what) {
    String s = scalar(node, what).trim();
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw error(node, what + " must be a number, got '" + s + "'");
    }
  }

  boolean bool(Node node, String what) {
    String s = scalar(node, what).trim();
    return switch (s) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw error(node, what + " must be true or false, got '" + s + "'");
    };
  }

  List<Node> sequence(Node node, String what) {
    if (!(node instanceof SequenceNode seq)) {
      throw error(node, what + " must be a list");
    }
    if (seq.getValue().isEmpty()) {
      throw error(node, what + " must not be empty");
    }
    return seq.getValue();
  }

  /** A single value or a non-empty list of values, as their nodes. */
  List<Node> items(Node node, String what) {
    return node instanceof ScalarNode ? List.of(node) : sequence(node, what);
  }

  /** A single value or a list of values, as a list. */
  List<String> texts(Node node, String what) {
    if (node instanceof ScalarNode) {
      return List.of(text(node, what));
    }
    List<String> out = new ArrayList<>();
    for (Node item : items(node, what)) {
      out.add(text(item, "each item of " + what));
    }
    return out;
  }

  boolean isSequenceOfSequences(Node node) {
    return node instanceof SequenceNode seq
        && !seq.getValue().isEmpty()
        && seq.getValue().get(0) instanceof SequenceNode;
  }
}
