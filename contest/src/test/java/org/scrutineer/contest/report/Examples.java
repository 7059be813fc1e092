package org.scrutineer.contest.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.removal.VoteRemoval;
import org.scrutineer.contest.result.ContestResult;
import org.scrutineer.contest.result.ResultTable;
import org.scrutineer.contest.result.SectionCount;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.method.irv.InstantRunoff;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.electorate.register.Section;

/** Contests the report tests render, built as the report step will build them: through the cores. */
final class Examples {
  static final String REMOVED_CREDENTIAL = "2761908319437458839275510394418817352260617790218867349923166502";
  static final String SECOND_REMOVED = "17";

  private Examples() {}

  /**
   * Labour's 2016 leadership election, an alternative-vote ballot of two candidates, so one round.
   * The votes are Labour's published figures (members 168,216 / 116,960; registered supporters 84,918
   * / 36,599; affiliated supporters 60,075 / 39,670); every other figure — voters, spoilt ballots,
   * revotes, rejections, the two removals — is illustrative.
   */
  static ContestReport labour2016() {
    List<String> candidates = List.of("Jeremy Corbyn", "Owen Smith");
    List<SectionCount> counts = List.of(
        new SectionCount(Section.MEMBER, 343_543, 2, votes(candidates, 168_216, 116_960), 1_011),
        new SectionCount(Section.REGISTERED_SUPPORTER, 129_111, 0, votes(candidates, 84_918, 36_599), 384),
        new SectionCount(Section.AFFILIATED_SUPPORTER, 181_354, 0, votes(candidates, 60_075, 39_670), 318));
    ContestResult result = ((ResultTable.Computed) ResultTable.compute(candidates, counts)).result();
    List<SectionBallots> ballots = List.of(
        SectionBallots.of(Section.MEMBER, 290_112, 286_188, Map.of("credential removed (removal 1)", 1L,
            "not a valid ballot: an interval proof fails", 3L)),
        SectionBallots.of(Section.REGISTERED_SUPPORTER, 122_640, 121_901, Map.of("ballot box closed", 2L)),
        SectionBallots.of(Section.AFFILIATED_SUPPORTER, 100_401, 100_063, Map.of()));
    RemovalLog removals = new RemovalLog(List.of(
        new VoteRemoval(1, Section.MEMBER, REMOVED_CREDENTIAL, "intimidation of other voters (rule 2.II.4)",
            "NEC disputes panel", LocalDate.of(2016, 9, 14)),
        new VoteRemoval(2, Section.MEMBER, SECOND_REMOVED, "joined another party (chapter 2, clause I.4.B)",
            "General Secretary", LocalDate.of(2016, 9, 19))));
    CountReport count = new InstantRunoff().count(ballotsOf(candidates, counts), 1, new InstantRunoff().defaults());
    return report("Labour Party leadership election 2016", result, ballots, removals, Optional.of(Rounds.from(count)));
  }

  /**
   * An alternative-vote contest of four invented candidates over three rounds (first preferences in
   * the result table, the transfers in the rounds), nothing removed; the names are as given.
   */
  static ContestReport alternativeVote(List<String> candidates) {
    List<RankedBallot> ballots = new ArrayList<>();
    // Ranked ballots with weights: A leads on first preferences, D and then C are eliminated and
    // C's votes carry B past A in the last round.
    add(ballots, "member", 4_100, 0);
    add(ballots, "member", 3_000, 1);
    add(ballots, "member", 1_900, 2, 1);
    add(ballots, "member", 700, 3, 2, 1);
    add(ballots, "member", 300, 3);
    add(ballots, "registered_supporter", 1_200, 0);
    add(ballots, "registered_supporter", 1_100, 1);
    add(ballots, "registered_supporter", 600, 2, 1);
    add(ballots, "registered_supporter", 150, 3, 0);
    add(ballots, "affiliated_supporter", 800, 0);
    add(ballots, "affiliated_supporter", 700, 1);
    add(ballots, "affiliated_supporter", 250, 2, 0);
    add(ballots, "affiliated_supporter", 120, 3, 1);
    CountReport count = new InstantRunoff().count(new RankedBallots(Candidates.of(candidates), ballots), 1,
        new InstantRunoff().defaults());
    List<SectionCount> counts = new ArrayList<>();
    for (Section section : Section.values()) {
      Map<String, Long> first = new LinkedHashMap<>();
      candidates.forEach(name -> first.put(name, 0L));
      long cast = 0;
      for (RankedBallot ballot : ballots) {
        if (ballot.section().equals(section.key())) {
          first.merge(candidates.get(ballot.at(0)[0]), ballot.weight().longValueExact(), Long::sum);
          cast += ballot.weight().longValueExact();
        }
      }
      long spoilt = 40 + section.ordinal() * 10;
      counts.add(new SectionCount(section, cast + spoilt + 2_000, 0, first, spoilt));
    }
    ContestResult result = ((ResultTable.Computed) ResultTable.compute(candidates, counts)).result();
    List<SectionBallots> boxes = result.sections().stream()
        .map(line -> SectionBallots.of(Section.fromKey(line.label()).orElseThrow(), line.ballots() + 25, line.ballots(), Map.of()))
        .toList();
    return report("Alternative vote example", result, boxes, RemovalLog.empty(), Optional.of(Rounds.from(count)));
  }

  static ContestReport alternativeVote() {
    return alternativeVote(List.of("Alex Ash", "Bea Birch", "Cal Cedar", "Dee Elm"));
  }

  static ContestReport report(String title, ContestResult result, List<SectionBallots> ballots, RemovalLog removals,
      Optional<Rounds> rounds) {
    List<Section> sections = ballots.stream().map(SectionBallots::section).sorted().toList();
    EnumSet<Section> withRemovals = EnumSet.noneOf(Section.class);
    removals.removals().forEach(removal -> withRemovals.add(removal.section()));
    List<Verification> verifications = new ArrayList<>();
    for (Section section : sections) {
      verifications.add(new Verification(section.key() + ": cast archive sections/" + section.key() + "/cast",
          Verification.Status.PASSED, "every check of belenios-tool election verify, and no ballot replayed"));
      verifications.add(new Verification(section.key() + ": counted archive sections/" + section.key() + "/counted",
          Verification.Status.PASSED, "every check, and its result decrypts its ballots' tally"));
    }
    verifications.add(new Verification("belenios-tool on every archive", Verification.Status.NOT_RUN, "belenios-tool is not installed"));
    return new ContestReport(title, rounds.map(Rounds::method).orElse("plurality"), result, ballots, removals, rounds,
        verifications, Reverification.standard("contest", sections, withRemovals),
        List.of(new PublishedFile("removals.json", "0".repeat(63) + "1"),
            new PublishedFile("sections/member/counted/2dCwFrPFSgcFWn.bel", "ab".repeat(32))));
  }

  static Map<String, Long> votes(List<String> candidates, long... votes) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < votes.length; i++) {
      map.put(candidates.get(i), votes[i]);
    }
    return map;
  }

  private static RankedBallots ballotsOf(List<String> candidates, List<SectionCount> counts) {
    List<RankedBallot> ballots = new ArrayList<>();
    for (SectionCount count : counts) {
      for (int c = 0; c < candidates.size(); c++) {
        add(ballots, count.section().key(), count.votes().get(candidates.get(c)), c);
      }
    }
    return new RankedBallots(Candidates.of(candidates), ballots);
  }

  private static void add(List<RankedBallot> ballots, String section, long weight, int... ranking) {
    int[][] ranks = new int[ranking.length][];
    for (int r = 0; r < ranking.length; r++) {
      ranks[r] = new int[] {ranking[r]};
    }
    ballots.add(new RankedBallot(ranks, BigDecimal.valueOf(weight), section));
  }
}
