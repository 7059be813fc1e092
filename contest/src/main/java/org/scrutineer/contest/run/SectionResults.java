package org.scrutineer.contest.run;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.contest.ballot.BallotKind;
import org.scrutineer.contest.result.ResultTable;
import org.scrutineer.contest.result.SectionCount;

/**
 * Each section's result, as its counted archive gives it, gathered one section at a time — the same
 * way by {@code tally} (from the archives it just verified), {@code report} (from the archives whose
 * digests it checked) and {@code verify} (from the archives it verified again) — and what they give
 * the published result: for a one-mark ballot each section's sums, for a ranked one the alternative
 * vote over every section's decrypted rankings, whose first round gives each section's figures
 * ({@link AlternativeVote}).
 */
final class SectionResults {
  private final List<String> candidates;
  private final boolean ranked;
  private final List<AlternativeVote.SectionRankings> rankings = new ArrayList<>();
  private final List<SectionCount> counts = new ArrayList<>();
  private final List<Publication.Box> boxes = new ArrayList<>();

  /** @param candidates in ballot order */
  SectionResults(List<String> candidates, BallotKind ballot) {
    this.candidates = List.copyOf(candidates);
    this.ranked = ballot == BallotKind.RANKED;
  }

  /**
   * Adds {@code box}'s section.
   *
   * @param removed the section's removed credentials
   * @param result its counted archive's result; the contest's one question is the first
   * @return the result in a few words, e.g. {@code [3, 198, 159]} or {@code 535 decrypted rankings}
   */
  String add(Publication.Box box, int removed, ElectionResult result) throws IOException {
    ElectionResult.QuestionResult question = result.questions().get(0);
    boxes.add(box);
    if (ranked) {
      if (!(question instanceof ElectionResult.DecryptedBallots decrypted)) {
        throw new IOException(box.section().key() + ": a ranked ballot's result is not decrypted rankings: " + question);
      }
      rankings.add(new AlternativeVote.SectionRankings(box.section(), Tallying.issued(box.cast()), removed, decrypted.ballots()));
      return decrypted.ballots().size() + " decrypted rankings";
    }
    if (!(question instanceof ElectionResult.Counts sums)) {
      throw new IOException(box.section().key() + ": a one-mark ballot's result is not sums: " + question);
    }
    counts.add(count(box, removed, sums.counts()));
    return sums.counts().toString();
  }

  List<Publication.Box> boxes() {
    return List.copyOf(boxes);
  }

  /** For a ranked ballot, the alternative vote over every section's rankings; empty for a one-mark ballot. */
  Optional<AlternativeVote.Counted> alternativeVote() {
    return ranked ? Optional.of(AlternativeVote.count(candidates, rankings)) : Optional.empty();
  }

  /** The result by section and in total, with {@code alternativeVote}'s figures for a ranked ballot. */
  ResultTable.Outcome table(Optional<AlternativeVote.Counted> alternativeVote) {
    List<SectionCount> all = new ArrayList<>(counts);
    alternativeVote.ifPresent(count -> all.addAll(count.sections()));
    return ResultTable.compute(candidates, all);
  }

  /** A one-mark section's figures: {@code sums} is [blank, candidates in ballot order]. */
  private SectionCount count(Publication.Box box, int removed, List<BigInteger> sums) throws IOException {
    Map<String, Long> votes = new LinkedHashMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      votes.put(candidates.get(c), sums.get(c + 1).longValueExact());
    }
    return new SectionCount(box.section(), Tallying.issued(box.cast()), removed, votes, sums.get(0).longValueExact());
  }
}
