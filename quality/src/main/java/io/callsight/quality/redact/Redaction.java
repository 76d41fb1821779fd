package io.callsight.quality.redact;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A text with its personal data replaced by placeholders, and what was found. */
public record Redaction(String text, List<Finding> findings) {
  /** One piece of personal data: its kind and where it was in the original text. */
  public record Finding(PiiKind kind, int start, int end) {}

  public Redaction {
    findings = List.copyOf(findings);
  }

  /** The kinds found, in a stable order. */
  public Set<PiiKind> kinds() {
    Set<PiiKind> kinds = new TreeSet<>();
    findings.forEach(f -> kinds.add(f.kind()));
    return kinds;
  }
}
