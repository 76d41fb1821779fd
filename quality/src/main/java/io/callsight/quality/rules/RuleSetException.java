package io.callsight.quality.rules;

/** A rule set that cannot be used, with the file, line and column and what is wrong. */
public final class RuleSetException extends IllegalArgumentException {
  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  public RuleSetException(String source, int line, int column, String problem) {
    super(source + ":" + line + ":" + column + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public String source() {
    return source;
  }

  /** 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** 1-based column of the problem. */
  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }
}
