package io.callsight.quality.score;

/** A verdict and the index of the turn it rests on (-1 for none), for order checks. */
record Judgement(Verdict verdict, int turn) {}
