package org.scrutineer.count.method.irv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.DuplicateCandidate;
import org.scrutineer.count.rules.Overvote;
import org.scrutineer.count.rules.Threshold;
import org.scrutineer.count.rules.TieBreak;

/**
 * Small random elections for the properties: 2–5 candidates, up to 30 ballots of up to 5 ranks
 * with skipped ranks, overvotes and repeated candidates, whole weights 1–3, sections on some; and
 * random rules.
 */
final class RandomElections {
  private RandomElections() {}

  static RankedBallots ballots(Random random) {
    int n = 2 + random.nextInt(4);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      names.add(String.valueOf((char) ('A' + c)));
    }
    boolean sections = random.nextBoolean();
    List<RankedBallot> ballots = new ArrayList<>();
    int count = random.nextInt(31);
    for (int b = 0; b < count; b++) {
      ballots.add(new RankedBallot(ranks(random, n), BigDecimal.valueOf(1 + random.nextInt(3)),
          sections ? (random.nextBoolean() ? "members" : "supporters") : ""));
    }
    return new RankedBallots(Candidates.of(names), ballots);
  }

  static int[][] ranks(Random random, int n) {
    int[][] ranks = new int[random.nextInt(6)][];
    for (int r = 0; r < ranks.length; r++) {
      int kind = random.nextInt(20);
      if (kind < 2) {
        ranks[r] = new int[0];
      } else if (kind < 4 && n > 1) {
        int a = random.nextInt(n);
        int b = (a + 1 + random.nextInt(n - 1)) % n;
        ranks[r] = new int[] {a, b};
      } else {
        ranks[r] = new int[] {random.nextInt(n)};
      }
    }
    return ranks;
  }

  static CountRules rules(Random random) {
    TieBreak[] tieBreaks = {new TieBreak.PreviousRound(), new TieBreak.CandidateOrder(),
        new TieBreak.Random(random.nextInt(1000)), new TieBreak.PreviousRoundThenRandom(random.nextInt(1000))};
    return CountRules.defaults()
        .withOvervote(Overvote.values()[random.nextInt(Overvote.values().length)])
        .withMaxSkippedRanks(random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(3)))
        .withDuplicate(DuplicateCandidate.values()[random.nextInt(2)])
        .withTieBreak(tieBreaks[random.nextInt(tieBreaks.length)])
        .withBatchElimination(random.nextBoolean())
        .withContinueUntilTwo(random.nextInt(4) == 0)
        .withThreshold(random.nextBoolean() ? Threshold.DROOP : Threshold.DROOP_FRACTIONAL);
  }
}
