package org.scrutineer.count.rules;

/**
 * How a tie (to eliminate, or to elect when more reach the quota than seats remain) is broken
 * (docs/counting.md, "--tiebreak").
 */
public sealed interface TieBreak {
  /** The flag's spelling, e.g. {@code random:2016}. */
  String flag();

  /**
   * Look back through earlier rounds, most recent first, for one where the tied candidates' tallies
   * differ; the lowest there is eliminated (the highest elected). A tie in every round falls back to
   * candidate order. The Scottish rules (rule 49(3)/50(3)) and RCTab "previous round counts".
   */
  record PreviousRound() implements TieBreak {
    @Override
    public String flag() {
      return "previous-round";
    }
  }

  /** The candidate latest in the official order is eliminated first (the earliest elected first). */
  record CandidateOrder() implements TieBreak {
    @Override
    public String flag() {
      return "candidate-order";
    }
  }

  /** A reproducible draw from the seed; the report records it (the Scottish rules' lot, rule 49(3)). */
  record Random(long seed) implements TieBreak {
    @Override
    public String flag() {
      return "random:" + seed;
    }
  }

  /** Previous rounds, then, if tied in all of them, a draw from the seed (RCTab "previous round counts then random"). */
  record PreviousRoundThenRandom(long seed) implements TieBreak {
    @Override
    public String flag() {
      return "previous-round-then-random:" + seed;
    }
  }

  /**
   * Reads a flag's value.
   *
   * @throws IllegalArgumentException with the accepted forms
   */
  static TieBreak parse(String text) {
    String t = text.trim();
    if (t.equals("previous-round")) {
      return new PreviousRound();
    }
    if (t.equals("candidate-order")) {
      return new CandidateOrder();
    }
    if (t.startsWith("random:")) {
      return new Random(seed(t.substring("random:".length()), text));
    }
    if (t.startsWith("previous-round-then-random:")) {
      return new PreviousRoundThenRandom(seed(t.substring("previous-round-then-random:".length()), text));
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a tie-break (expected previous-round, candidate-order, "
        + "random:SEED or previous-round-then-random:SEED, SEED a whole number)");
  }

  private static long seed(String digits, String text) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + text + "\": the seed \"" + digits + "\" is not a whole number "
          + "(expected e.g. random:2016)", e);
    }
  }
}
