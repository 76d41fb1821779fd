package io.callsight.quality.sentiment;

import java.util.List;

/**
 * Turns a text's tokens into a score, the way VADER does (Hutto and Gilbert, 2014): each word's
 * valence, flipped and damped by a negation up to three tokens before it, scaled by degree words
 * before or after it, words before a contrast (but, 但是) halved and after it raised by half,
 * exclamation marks adding intensity, and the sum squashed into [-1, 1]. Beyond VADER, for
 * complaints told as facts: complaint cues count like negative words but a negation cancels them,
 * and a negation with nothing to flip counts its own value (Chinese: a mild complaint); thanks are
 * not flipped ("no thank you"). Nothing in the clause a condition opens counts (if: "call back if
 * it doesn't work").
 */
final class ValenceRules {
  /** How much a negation keeps of a word's valence, flipped (VADER's N_SCALAR). */
  static final double NEGATION = -0.74;

  /** A negation before a degree word (不太好, not very good) keeps less. */
  static final double NEGATED_DEGREE = -0.5;

  private static final int REACH = 3;
  private static final double ALPHA = 15;

  private ValenceRules() {}

  /**
   * @param facts whether complaints told as facts count (complaint cues, a negation with nothing to
   *     flip), the words of the case (问题, blocked) and what follows a restatement (您是说); not in an
   *     agent's turn, where they are the customer's complaint said back or dealt with
   */
  static double score(List<Token> tokens, boolean facts) {
    int n = tokens.size();
    double[] valence = new double[n];
    int contrast = -1;
    int exclaims = 0;
    boolean supposed = false;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!facts && t.role() == Token.Role.RESTATE) {
        // The rest of the turn is the caller's words, said back.
        n = i;
        break;
      }
      if (supposed && t.role() != Token.Role.CLAUSE && t.role() != Token.Role.CONTRAST) {
        continue; // "call back if it keeps dropping": nothing the condition holds is told as so
      }
      switch (t.role()) {
        case CONDITION -> supposed = true;
        case CLAUSE -> supposed = false;
        case CONTRAST -> {
          contrast = i;
          supposed = false;
        }
        case EXCLAIM -> exclaims++;
        case WORD, THANKS -> valence[i] = modified(tokens, i);
        case COMPLAINT -> valence[i] = facts ? modified(tokens, i) : 0;
        case CASE -> {
          // An agent's 没有问题 or "no error on your bill" is good news; the case itself is no mood.
          double v = modified(tokens, i);
          valence[i] = facts || Math.signum(v) != Math.signum(t.value()) ? v : 0;
        }
        case NEGATION -> valence[i] = !facts || negatesAWord(tokens, i) ? 0 : t.value();
        default -> {}
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double v = valence[i];
      if (contrast >= 0) {
        v *= i < contrast ? 0.5 : 1.5;
      }
      sum += v;
    }
    if (sum != 0 && exclaims > 0) {
      sum += Math.signum(sum) * 0.292 * Math.min(exclaims, 4);
    }
    return sum / Math.sqrt(sum * sum + ALPHA);
  }

  /** Whether the first word a negation reaches has a valence for it to flip. */
  private static boolean negatesAWord(List<Token> tokens, int at) {
    for (int i = at + 1; i <= at + REACH && i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.role()) {
        case WORD, COMPLAINT, THANKS, CASE -> {
          return t.value() != 0;
        }
        case CLAUSE, CONTRAST -> {
          return false;
        }
        default -> {}
      }
    }
    return false;
  }

  private static double modified(List<Token> tokens, int i) {
    double v = tokens.get(i).value();
    double degree = 1;
    int degreeAt = -1;
    int negations = 0;
    int firstNegationAt = -1;
    for (int d = 1; d <= REACH && i - d >= 0; d++) {
      Token t = tokens.get(i - d);
      if (t.role() == Token.Role.CLAUSE || t.role() == Token.Role.CONTRAST || t.role().valued()) {
        break;
      }
      if (t.role() == Token.Role.DEGREE) {
        degree *= t.value();
        degreeAt = i - d;
      } else if (t.role() == Token.Role.NEGATION) {
        negations++;
        firstNegationAt = i - d;
      }
    }
    if (i + 1 < tokens.size() && tokens.get(i + 1).role() == Token.Role.AFTER_DEGREE) {
      degree *= tokens.get(i + 1).value();
    }
    if (negations % 2 == 1 && tokens.get(i).role() != Token.Role.THANKS) {
      if (tokens.get(i).role() == Token.Role.COMPLAINT) {
        return 0;
      }
      if (degreeAt >= 0 && firstNegationAt < degreeAt) {
        return v * NEGATED_DEGREE;
      }
      return v * degree * NEGATION;
    }
    return v * degree;
  }
}
