package org.scrutineer.contest.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.removal.VoteRemoval;
import org.scrutineer.contest.result.CandidateVotes;
import org.scrutineer.contest.result.ContestResult;
import org.scrutineer.contest.result.ResultLine;

/**
 * Everything {@link ResultJson}, {@link ReportHtml} and {@link SummaryText} render: the published
 * result, what each section's ballot box received, the public removal log, the rounds of a
 * preferential count, what was verified and how anyone re-verifies it. All of it is public: the
 * removal log names credentials, never voters, and nothing here says how anyone voted.
 *
 * <p>The figures must agree — a section of the result has its ballot box and vice versa; it cannot
 * count more ballots than its voters cast, nor leave out more than its removed voters' ballots; the
 * removals it lists are the ones the result subtracts — or the constructor throws: they all come from
 * verified files, so disagreement is a bug in the step that gathered them.
 *
 * @param title e.g. {@code Labour Party leadership election 2016}
 * @param method the counting method, e.g. {@code plurality} or {@code irv}
 * @param ballots one per section of the result, in any order
 * @param rounds the count's rounds when the method is preferential
 * @param verifications what was verified, and how it came out
 * @param reverifications commands anyone can run to check it again ({@link Reverification#standard})
 * @param sources the files the result comes from, with their digests
 * @param electorate who could vote, when the contest's electorate snapshot is at hand
 */
public record ContestReport(
    String title,
    String method,
    ContestResult result,
    List<SectionBallots> ballots,
    RemovalLog removals,
    Optional<Rounds> rounds,
    List<Verification> verifications,
    List<Reverification> reverifications,
    List<PublishedFile> sources,
    Optional<Electorate> electorate) {
  public ContestReport {
    Objects.requireNonNull(electorate, "electorate");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(removals, "removals");
    Objects.requireNonNull(rounds, "rounds");
    ballots = ballots.stream().sorted(Comparator.comparing(SectionBallots::section)).toList();
    verifications = List.copyOf(verifications);
    reverifications = List.copyOf(reverifications);
    sources = List.copyOf(sources);
    List<String> problems = problems(result, ballots, removals);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the report's figures disagree: " + String.join("; ", problems));
    }
  }

  /** A report without the electorate's figures. */
  public ContestReport(String title, String method, ContestResult result, List<SectionBallots> ballots, RemovalLog removals,
      Optional<Rounds> rounds, List<Verification> verifications, List<Reverification> reverifications, List<PublishedFile> sources) {
    this(title, method, result, ballots, removals, rounds, verifications, reverifications, sources, Optional.empty());
  }

  private static List<String> problems(ContestResult result, List<SectionBallots> ballots, RemovalLog removals) {
    List<String> problems = new ArrayList<>();
    List<String> resultSections = result.sections().stream().map(ResultLine::label).toList();
    List<String> ballotSections = ballots.stream().map(box -> box.section().key()).toList();
    if (!resultSections.equals(ballotSections)) {
      problems.add("the result has sections " + resultSections + " but the ballot boxes " + ballotSections);
      return problems;
    }
    for (int i = 0; i < ballots.size(); i++) {
      SectionBallots box = ballots.get(i);
      ResultLine line = result.sections().get(i);
      long listed = removals.removals().stream().filter(removal -> removal.section() == box.section()).count();
      if (listed != line.removed()) {
        problems.add(line.label() + ": the result subtracts " + line.removed() + " removed votes, the removal log lists " + listed);
      }
      if (box.cast() > line.issued()) {
        problems.add(line.label() + ": " + box.cast() + " voters cast, but only " + line.issued() + " credentials issued");
      }
      if (line.ballots() > box.cast()) {
        problems.add(line.label() + ": " + line.ballots() + " ballots counted, but only " + box.cast() + " cast");
      } else if (box.cast() - line.ballots() > line.removed()) {
        problems.add(line.label() + ": " + (box.cast() - line.ballots()) + " cast ballots not counted, but only "
            + line.removed() + " votes removed");
      }
    }
    return problems;
  }

  /**
   * Who won: the count's winners when it had rounds; otherwise the candidate with the most votes in
   * total, or nobody when the most votes are tied (a tie is for the rules to break, not the report).
   */
  public List<String> winners() {
    if (rounds.isPresent()) {
      return rounds.get().winners();
    }
    List<CandidateVotes> candidates = result.total().candidates();
    long most = candidates.stream().mapToLong(CandidateVotes::votes).max().orElse(0);
    List<String> top = candidates.stream().filter(c -> c.votes() == most).map(CandidateVotes::candidate).toList();
    return most > 0 && top.size() == 1 ? top : List.of();
  }

  /** The candidates in ballot order. */
  public List<String> candidates() {
    return result.total().candidates().stream().map(CandidateVotes::candidate).toList();
  }

  /** Each section's figures, then the total's: the columns of every table. */
  List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < ballots.size(); i++) {
      SectionBallots box = ballots.get(i);
      columns.add(new Column(box.section().key(), result.sections().get(i), box.received(), box.cast(), box.rejected()));
    }
    Map<String, Long> rejected = new LinkedHashMap<>();
    ballots.forEach(box -> box.rejected().forEach(r -> rejected.merge(r.reason(), r.ballots(), Long::sum)));
    columns.add(new Column(ResultLine.TOTAL, result.total(), ballots.stream().mapToLong(SectionBallots::received).sum(),
        ballots.stream().mapToLong(SectionBallots::cast).sum(), SectionBallots.ordered(rejected)));
    return List.copyOf(columns);
  }

  /** The removals in the order recorded. */
  List<VoteRemoval> removalList() {
    return removals.removals();
  }
}
