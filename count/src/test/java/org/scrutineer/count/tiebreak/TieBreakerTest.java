package org.scrutineer.count.tiebreak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.rules.TieBreak;
import org.scrutineer.count.tiebreak.TieBreaker.Purpose;

/** Each tie-break rule; candidates Ann=0, Bob=1, Cat=2, Dan=3 in that official order. */
class TieBreakerTest {
  private static final Candidates CANDIDATES = Candidates.of(List.of("Ann", "Bob", "Cat", "Dan"));

  private static BigDecimal[] tally(long... votes) {
    BigDecimal[] t = new BigDecimal[votes.length];
    for (int i = 0; i < votes.length; i++) {
      t[i] = BigDecimal.valueOf(votes[i]);
    }
    return t;
  }

  private static List<BigDecimal[]> history(BigDecimal[]... rounds) {
    List<BigDecimal[]> history = new ArrayList<>();
    Collections.addAll(history, rounds);
    return history;
  }

  private static TieBreaker breaker(TieBreak rule) {
    return new TieBreaker(rule, CANDIDATES);
  }

  @Test
  void candidateOrderEliminatesTheLatestAndElectsTheEarliest() {
    var breaker = breaker(new TieBreak.CandidateOrder());
    assertThat(breaker.choose(Purpose.ELIMINATE, 1, List.of(0, 2, 1), List.of()).chosen()).isEqualTo("Cat");
    assertThat(breaker.choose(Purpose.ELECT, 1, List.of(2, 1), List.of()).chosen()).isEqualTo("Bob");
  }

  @Test
  void previousRoundEliminatesWhoHadFewestInTheMostRecentRoundThatDiffers() {
    var breaker = breaker(new TieBreak.PreviousRound());
    // Round 1: Bob 3, Cat 5; round 2: Bob 6, Cat 6 (tied too); round 3 (now) tied again.
    var record = breaker.choose(Purpose.ELIMINATE, 3, List.of(1, 2), history(tally(9, 3, 5, 0), tally(9, 6, 6, 0)));
    assertThat(record.chosen()).isEqualTo("Bob");
    assertThat(record.how()).contains("round 1").contains("Bob");
    assertThat(record.tied()).containsExactly("Bob", "Cat");
  }

  @Test
  void previousRoundLooksAtTheLatestRoundFirst() {
    var breaker = breaker(new TieBreak.PreviousRound());
    // Round 1 says Cat is lower, round 2 says Bob is: round 2 decides.
    var record = breaker.choose(Purpose.ELIMINATE, 3, List.of(1, 2), history(tally(9, 5, 3, 0), tally(9, 4, 6, 0)));
    assertThat(record.chosen()).isEqualTo("Bob");
  }

  @Test
  void previousRoundElectsWhoHadMost() {
    var breaker = breaker(new TieBreak.PreviousRound());
    var record = breaker.choose(Purpose.ELECT, 2, List.of(1, 2), history(tally(0, 3, 5, 0)));
    assertThat(record.chosen()).isEqualTo("Cat");
  }

  @Test
  void previousRoundNarrowsToThoseStillTiedAndKeepsLooking() {
    var breaker = breaker(new TieBreak.PreviousRound());
    // Three tied now; round 2 puts Ann ahead, Bob and Cat level; round 1 then puts Cat below Bob.
    var record = breaker.choose(Purpose.ELIMINATE, 3, List.of(0, 1, 2),
        history(tally(1, 4, 2, 0), tally(8, 5, 5, 0)));
    assertThat(record.chosen()).isEqualTo("Cat");
  }

  @Test
  void previousRoundTiedInEveryRoundFallsBackToCandidateOrder() {
    var breaker = breaker(new TieBreak.PreviousRound());
    var record = breaker.choose(Purpose.ELIMINATE, 2, List.of(0, 1), history(tally(4, 4, 0, 0)));
    assertThat(record.chosen()).isEqualTo("Bob");
    assertThat(record.how()).contains("candidate order");
  }

  @Test
  void previousRoundThenRandomDrawsWhenTiedInEveryRound() {
    var breaker = breaker(new TieBreak.PreviousRoundThenRandom(2016));
    var record = breaker.choose(Purpose.ELIMINATE, 2, List.of(0, 1), history(tally(4, 4, 0, 0)));
    assertThat(record.how()).contains("draw with seed 2016");
    assertThat(record.chosen()).isEqualTo(firstByKey(2016, 2, "Ann", "Bob"));
  }

  @Test
  void previousRoundThenRandomUsesEarlierRoundsBeforeDrawing() {
    var breaker = breaker(new TieBreak.PreviousRoundThenRandom(2016));
    var record = breaker.choose(Purpose.ELIMINATE, 2, List.of(0, 1), history(tally(5, 4, 0, 0)));
    assertThat(record.chosen()).isEqualTo("Bob");
    assertThat(record.how()).doesNotContain("draw");
  }

  @Test
  void theDrawIsTheOneAnyoneCanRecomputeFromTheSeedRoundAndNames() {
    var breaker = breaker(new TieBreak.Random(42));
    var record = breaker.choose(Purpose.ELIMINATE, 3, List.of(0, 1, 2, 3), List.of());
    assertThat(record.chosen()).isEqualTo(firstByKey(42, 3, "Ann", "Bob", "Cat", "Dan"));
    assertThat(record.how()).contains("seed 42").contains("round 3");
  }

  @Test
  void theDrawDependsOnTheSeedAndTheRound() {
    // Over a handful of seeds and rounds the draw must not always pick the same candidate.
    var chosen = new java.util.HashSet<String>();
    for (long seed = 1; seed <= 8; seed++) {
      for (int round = 1; round <= 3; round++) {
        chosen.add(breaker(new TieBreak.Random(seed)).choose(Purpose.ELIMINATE, round, List.of(0, 1, 2, 3), List.of())
            .chosen());
      }
    }
    assertThat(chosen).hasSizeGreaterThan(1);
  }

  @Property(tries = 200)
  void theDrawIsReproducibleAndIndependentOfTheOrderTheTiedAreGiven(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 50) int round, @ForAll java.util.Random shuffler) {
    List<Integer> tied = new ArrayList<>(List.of(0, 1, 2, 3));
    var first = breaker(new TieBreak.Random(seed)).choose(Purpose.ELECT, round, tied, List.of());
    Collections.shuffle(tied, shuffler);
    var again = breaker(new TieBreak.Random(seed)).choose(Purpose.ELECT, round, tied, List.of());
    assertThat(again).isEqualTo(first);
  }

  @Test
  void aTieNeedsTwoCandidates() {
    assertThatThrownBy(() -> breaker(new TieBreak.CandidateOrder()).choose(Purpose.ELIMINATE, 1, List.of(0), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The documented draw, recomputed here independently: order by SHA-256("SEED:ROUND:NAME") hex. */
  private static String firstByKey(long seed, int round, String... names) {
    return java.util.Arrays.stream(names).min(Comparator.comparing(n -> sha256Hex(seed + ":" + round + ":" + n)))
        .orElseThrow();
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
