package io.callsight.quality.score;

/**
 * One rule's verdict on a call, with the evidence a reviewer checks it by and a note saying why
 * (what was missing, what came in the wrong order, what value a fact had).
 */
public record Verdict(
    String rule,
    String step,
    VerdictKind verdict,
    double weight,
    boolean critical,
    Evidence evidence,
    String note) {}
