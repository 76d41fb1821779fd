package io.callsight.quality.sentiment;

/** One unit of a text for sentiment: a lexicon word with its role and value, or filler. */
record Token(Role role, double value) {
  /** What a token does to the words around it. */
  enum Role {
    /** A word with a valence in [-4, 4]. */
    WORD,
    /**
     * A fact customers complain with (漏水, 没人接, 居然): negative, but a negation cancels it instead of
     * making it praise (没漏 is no compliment).
     */
    COMPLAINT,
    /**
     * Thanks said (thank you, thanks): positive, and a negation before it does not flip it. "No
     * thank you" and "not today, thanks" decline with thanks; nobody says they do not thank.
     */
    THANKS,
    /**
     * A word for the case a call is about: the trouble (问题, problem, error) or what is done to an
     * account or a card (扣费, 卡, blocked, cancelled). Negative in a caller's turn, as a word; in an
     * agent's it describes the case (这个问题我会升级处理, "I have blocked the card") and counts nothing,
     * unless negated: an agent's 没有问题 is good news.
     */
    CASE,
    /**
     * Flips the words after it (不, not); with none to flip it counts its value, in Chinese a mild
     * complaint (没有勺子, 没人接: something missing or not done).
     */
    NEGATION,
    /** Multiplies the word after it (非常 1.6, slightly 0.6). */
    DEGREE,
    /** Multiplies the word before it (好极了, 差死了). */
    AFTER_DEGREE,
    /** Shifts weight to what follows (但是, but). */
    CONTRAST,
    /**
     * Opens a supposition (if, in case): what its clause says is not told as so ("call back if it
     * keeps dropping"), and counts nothing.
     */
    CONDITION,
    /**
     * Opens what an agent says back of the caller's words (您是说, "so you're saying"): in an agent's
     * turn nothing after it counts; in a caller's it is filler.
     */
    RESTATE,
    /** An exclamation mark: intensity. */
    EXCLAIM,
    /** Ends a clause: modifiers do not reach across it. */
    CLAUSE,
    /** Anything else. */
    OTHER;

    /**
     * Whether tokens of this role carry a valence of their own (a word, a complaint cue, the case).
     */
    boolean valued() {
      return this == WORD || this == COMPLAINT || this == THANKS || this == CASE;
    }
  }

  static final Token OTHER = new Token(Role.OTHER, 0);
  static final Token EXCLAIM = new Token(Role.EXCLAIM, 0);
  static final Token CLAUSE = new Token(Role.CLAUSE, 0);
}
