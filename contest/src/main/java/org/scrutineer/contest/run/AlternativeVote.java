package org.scrutineer.contest.run;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.contest.result.SectionCount;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;
import org.scrutineer.count.input.belenios.BeleniosBallotConversion;
import org.scrutineer.count.input.belenios.BeleniosInput;
import org.scrutineer.count.json.ReportJson;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.method.Methods;
import org.scrutineer.count.method.RankedCount;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.RuleOverrides;
import org.scrutineer.electorate.register.Section;

/**
 * The count of a ranked ballot (docs/adr/0012-contest-design.md): the decrypted rankings of every
 * section's verified counted archive, each labelled with its section's key, counted together by the
 * alternative vote — {@code scrutineer count --method irv} under its default rules, the candidates'
 * ballot order as the official order — so that every round is broken down by section; {@code
 * count.json} is its report (docs/formats/count-report.md). A ranking is read as {@code count
 * --archive} reads one (each candidate's rank, 1 = first, 0 = not ranked; equal ranks are an
 * overvote); one that cannot be read as a ranking (a rank below 0 or beyond any ballot's) is set
 * aside and counted as spoilt.
 *
 * <p>The published result ({@code result.json}) of each section gives each candidate's first
 * preferences, the votes of round 1, and as spoilt every counted ballot that gave no candidate a
 * first preference: blank, set aside, or exhausted in round 1 (an overvote at rank 1).
 */
final class AlternativeVote {
  private AlternativeVote() {}

  /** One section's verified election: credentials issued and removed, and its decrypted rankings. */
  record SectionRankings(Section section, long issued, long removed, List<List<Integer>> rankings) {
    SectionRankings {
      rankings = List.copyOf(rankings);
    }
  }

  /** The count and what it gives each section's published result. */
  record Counted(CountReport report, List<SectionCount> sections) {}

  static Counted count(List<String> candidates, List<SectionRankings> sections) {
    Candidates names = Candidates.of(candidates);
    List<SectionRankings> ordered = sections.stream().sorted(Comparator.comparing(SectionRankings::section)).toList();
    List<RankedBallot> ballots = new ArrayList<>();
    for (SectionRankings section : ordered) {
      for (List<Integer> ranking : section.rankings()) {
        long[] ranks = ranking.stream().mapToLong(Integer::longValue).toArray();
        BeleniosInput<RankedBallots> read = BeleniosBallotConversion.ranked(new BeleniosBallots(List.of(ranks)), names);
        if (read instanceof BeleniosInput.Ok<RankedBallots> ok) {
          RankedBallot ballot = ok.value().ballots().get(0);
          ballots.add(new RankedBallot(ballot.ranks(), ballot.weight(), section.section().key()));
        }
      }
    }
    RankedCount irv = Methods.ranked(CountMethod.IRV).orElseThrow();
    CountRules rules = RuleOverrides.none().withCandidateOrder(candidates).applyTo(irv.defaults());
    CountReport report = irv.count(new RankedBallots(names, ballots).grouped(), 1, rules);
    List<SectionCount> counts = new ArrayList<>();
    for (SectionRankings section : ordered) {
      Map<String, Long> first = new LinkedHashMap<>();
      candidates.forEach(name -> first.put(name, 0L));
      List<SectionRound> rounds = report.sections().getOrDefault(section.section().key(), List.of());
      if (!rounds.isEmpty()) {
        rounds.get(0).tally().forEach((name, votes) -> first.put(name, whole(votes)));
      }
      long valid = first.values().stream().mapToLong(Long::longValue).sum();
      counts.add(new SectionCount(section.section(), section.issued(), section.removed(), first, section.rankings().size() - valid));
    }
    return new Counted(report, counts);
  }

  /** {@code count.json}: the report as {@code scrutineer count --json} writes it. */
  static byte[] json(CountReport report) {
    StringWriter out = new StringWriter();
    try {
      ReportJson.write(report, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string does not fail", e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Ballots of weight one: every figure of the count is a whole number. */
  private static long whole(BigDecimal votes) {
    return votes.stripTrailingZeros().longValueExact();
  }
}
