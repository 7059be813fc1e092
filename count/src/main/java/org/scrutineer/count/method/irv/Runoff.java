package org.scrutineer.count.method.irv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.preference.NextPreference;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.report.TallySheet;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

/**
 * One pass of instant-runoff rounds, as RCTab's {@code Tabulator} runs them: count every ballot for
 * its first continuing preference ({@link NextPreference}), then either elect or eliminate, move the
 * eliminated candidates' ballots on, and count again. {@link Goal#MAJORITY} stops at a candidate
 * who reaches the majority threshold (IRV, each pass of sequential IRV); {@link Goal#LAST_N} stops
 * when no more continuing candidates remain than seats (bottoms-up).
 *
 * <p>Ballots must already be grouped ({@link OfficialOrder}): a round costs one step per distinct
 * ballot, not per ballot cast.
 */
final class Runoff {
  enum Goal {
    MAJORITY,
    LAST_N
  }

  /** What a pass returns: its rounds, who it elected in order, and its rounds by section. */
  record Pass(List<Round> rounds, List<Integer> elected, Map<String, List<SectionRound>> sections) {}

  private final RankedBallots ballots;
  private final Candidates candidates;
  private final CountRules rules;
  private final NextPreference next;
  private final TieBreaker tieBreaker;
  private final Elimination elimination;
  private final List<String> sections;

  /** @param ballots grouped, candidates in the official order ({@link OfficialOrder#apply}) */
  Runoff(RankedBallots ballots, CountRules rules) {
    this.ballots = ballots;
    this.candidates = ballots.candidates();
    this.rules = rules;
    this.next = new NextPreference(rules);
    this.tieBreaker = new TieBreaker(rules.tieBreak(), candidates);
    this.elimination = new Elimination(rules, candidates, tieBreaker);
    this.sections = ballots.sections();
  }

  /**
   * Runs one pass.
   *
   * @param seats for {@link Goal#LAST_N}, how many to elect; ignored for {@link Goal#MAJORITY}
   * @param excluded candidates not in this pass (sequential IRV's earlier winners): their marks are
   *     passed over as if the candidate had withdrawn
   * @param firstRound the report's number for this pass's first round (passes of sequential IRV are
   *     numbered on from the one before)
   */
  Pass run(Goal goal, int seats, Set<Integer> excluded, int firstRound) {
    int n = candidates.size();
    boolean[] inCount = new boolean[n];
    for (int c = 0; c < n; c++) {
      inCount[c] = !excluded.contains(c);
    }
    List<RankedBallot> list = ballots.ballots();
    int[] rank = new int[list.size()];
    int[] holder = new int[list.size()];
    for (int b = 0; b < list.size(); b++) {
      NextPreference.Found found = next.find(list.get(b), 0, c -> inCount[c]);
      rank[b] = found.rank();
      holder[b] = found.candidate();
    }

    // Earlier passes' rounds are all-zero tallies here, so a previous-round tie-break looks only at
    // this pass (an all-tied round never decides) while its round numbers match the report.
    List<BigDecimal[]> history = new ArrayList<>();
    for (int r = 1; r < firstRound; r++) {
      BigDecimal[] zeros = new BigDecimal[n];
      Arrays.fill(zeros, BigDecimal.ZERO);
      history.add(zeros);
    }
    List<Round> rounds = new ArrayList<>();
    Map<String, List<SectionRound>> bySection = new LinkedHashMap<>();
    sections.forEach(s -> bySection.put(s, new ArrayList<>()));
    List<Integer> elected = new ArrayList<>();
    int winner = -1;
    BigDecimal fixedQuota = null;

    for (int round = firstRound; ; round++) {
      TallySheet sheet = new TallySheet(candidates, sections);
      for (int b = 0; b < list.size(); b++) {
        RankedBallot ballot = list.get(b);
        if (holder[b] < 0) {
          sheet.addExhausted(ballot.section(), ballot.weight());
        } else {
          sheet.add(ballot.section(), holder[b], ballot.weight());
        }
      }
      BigDecimal[] totals = sheet.totals();
      boolean[] shown = inCount.clone();
      List<Integer> active = new ArrayList<>();
      BigDecimal continuingVotes = BigDecimal.ZERO;
      for (int c = 0; c < n; c++) {
        if (inCount[c]) {
          active.add(c);
          continuingVotes = continuingVotes.add(totals[c]);
        }
      }
      if (active.isEmpty()) {
        throw new IllegalArgumentException("there are no candidates left to count for");
      }

      List<TieBreakRecord> ties = new ArrayList<>();
      List<Integer> electedNow = new ArrayList<>();
      List<Integer> eliminatedNow = List.of();
      Optional<BigDecimal> quota = Optional.empty();
      boolean done;
      if (goal == Goal.MAJORITY) {
        // RCTab recomputes the single-winner threshold from each round's continuing votes, except
        // that under "continue until two candidates remain" it stays fixed once a winner is found.
        BigDecimal threshold = fixedQuota != null ? fixedQuota : majorityThreshold(continuingVotes);
        quota = Optional.of(threshold);
        if (winner < 0) {
          winner = majorityWinner(active, totals, threshold, round, history, ties);
          if (winner >= 0) {
            electedNow.add(winner);
            elected.add(winner);
            fixedQuota = rules.continueUntilTwo() ? threshold : null;
          }
          // A round that elects eliminates no one (RCTab): under continue-until-two the next round
          // repeats this tally and the eliminations start there.
          done = winner >= 0 && (!rules.continueUntilTwo() || active.size() <= 2);
          if (winner < 0) {
            eliminatedNow = elimination.choose(active, totals, active.size() - (rules.continueUntilTwo() ? 2 : 1),
                round, history, ties);
          }
        } else {
          done = active.size() <= 2;
          if (!done) {
            List<Integer> pool = new ArrayList<>(active);
            pool.remove(Integer.valueOf(winner));
            eliminatedNow = elimination.choose(pool, totals, active.size() - 2, round, history, ties);
          }
        }
      } else {
        done = active.size() <= seats;
        if (done) {
          // Elected together; the report lists them by final tally, then in the official order.
          electedNow = new ArrayList<>(active);
          electedNow.sort((a, b) -> totals[b].compareTo(totals[a]) != 0 ? totals[b].compareTo(totals[a])
              : Integer.compare(a, b));
          elected.addAll(electedNow);
        } else {
          eliminatedNow = elimination.choose(active, totals, active.size() - seats, round, history, ties);
        }
      }

      Map<String, Map<String, BigDecimal>> transfers = transfer(eliminatedNow, inCount, rank, holder);
      rounds.add(new Round(round, sheet.tally(c -> shown[c]), sheet.exhausted(), names(electedNow),
          names(eliminatedNow), transfers, quota, ties));
      sheet.sectionRounds(round, c -> shown[c]).forEach((s, sr) -> bySection.get(s).add(sr));
      history.add(totals);
      if (done) {
        return new Pass(rounds, elected, bySection);
      }
    }
  }

  /**
   * RCTab's single-winner threshold (Tabulator.calculateAndSetWinningThreshold with one seat):
   * Droop floor(V / 2) + 1, or V / 2 cut down to the count's places plus one unit at those places
   * (RCTab "non-integer winning threshold"); Hare ceiling(V / 1). V is the round's continuing vote.
   */
  private BigDecimal majorityThreshold(BigDecimal votes) {
    BigDecimal two = BigDecimal.valueOf(2);
    return switch (rules.threshold()) {
      case DROOP -> votes.divide(two, 0, RoundingMode.DOWN).add(BigDecimal.ONE);
      case DROOP_FRACTIONAL -> votes.divide(two, rules.decimalPlaces(), RoundingMode.DOWN)
          .add(BigDecimal.ONE.movePointLeft(rules.decimalPlaces()));
      case HARE -> votes.setScale(0, RoundingMode.UP);
    };
  }

  /**
   * The candidate who wins this round, or -1. One who reaches the threshold wins; so does the last
   * one left; and of the last two, the one with more votes wins even below the threshold (RCTab
   * #731: never a final round with one candidate), a tie between them broken to elect.
   */
  private int majorityWinner(List<Integer> active, BigDecimal[] totals, BigDecimal threshold, int round,
      List<BigDecimal[]> history, List<TieBreakRecord> ties) {
    List<Integer> reached = new ArrayList<>();
    for (int c : active) {
      if (totals[c].compareTo(threshold) >= 0) {
        reached.add(c);
      }
    }
    List<Integer> field = !reached.isEmpty() ? reached : active.size() <= 2 ? active : List.of();
    if (field.isEmpty()) {
      return -1;
    }
    BigDecimal most = field.stream().map(c -> totals[c]).max(BigDecimal::compareTo).orElseThrow();
    List<Integer> top = field.stream().filter(c -> totals[c].compareTo(most) == 0).toList();
    if (top.size() == 1) {
      return top.get(0);
    }
    TieBreakRecord tie = tieBreaker.choose(TieBreaker.Purpose.ELECT, round, top, history);
    ties.add(tie);
    return candidates.indexOf(tie.chosen()).orElseThrow();
  }

  /**
   * Takes the eliminated candidates out of the count and moves each of their ballots to its next
   * continuing preference, or to the exhausted pile; returns what went where, from each eliminated
   * candidate (official order) to each receiving candidate (official order), then "exhausted".
   */
  private Map<String, Map<String, BigDecimal>> transfer(List<Integer> eliminated, boolean[] inCount, int[] rank,
      int[] holder) {
    if (eliminated.isEmpty()) {
      return Map.of();
    }
    int n = candidates.size();
    for (int c : eliminated) {
      inCount[c] = false;
    }
    BigDecimal[][] flows = new BigDecimal[n][];
    List<RankedBallot> list = ballots.ballots();
    for (int b = 0; b < list.size(); b++) {
      int from = holder[b];
      if (from < 0 || inCount[from]) {
        continue;
      }
      NextPreference.Found found = next.find(list.get(b), rank[b] + 1, c -> inCount[c]);
      rank[b] = found.rank();
      holder[b] = found.candidate();
      if (flows[from] == null) {
        flows[from] = new BigDecimal[n + 1];
        Arrays.fill(flows[from], BigDecimal.ZERO);
      }
      int to = found.exhausted() ? n : found.candidate();
      flows[from][to] = flows[from][to].add(list.get(b).weight());
    }
    Map<String, Map<String, BigDecimal>> transfers = new LinkedHashMap<>();
    for (int from : eliminated.stream().sorted().toList()) {
      Map<String, BigDecimal> to = new LinkedHashMap<>();
      if (flows[from] != null) {
        for (int d = 0; d <= n; d++) {
          if (flows[from][d].signum() > 0) {
            to.put(d == n ? Round.EXHAUSTED : candidates.name(d), flows[from][d]);
          }
        }
      }
      transfers.put(candidates.name(from), to);
    }
    return transfers;
  }

  private List<String> names(List<Integer> indices) {
    return indices.stream().map(candidates::name).toList();
  }
}
