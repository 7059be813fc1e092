package org.scrutineer.cli.belenios.election;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.BallotChecker;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.Question;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.SizedEncryptedTally;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;

/**
 * Replays the ballots of a board as belenios-tool 2.0 does before computing anything from them
 * ({@code Tool_election.cast}): each ballot must parse, be in canonical form, carry a registered
 * credential and pass every proof (Belenios spec 2.0 §4.11–§4.15); the first that does not stops the
 * command. Then the tally of the counted ballots — the last one of each credential, §4.15 last(B) —
 * as §4.16 says: the weighted product of their ciphertexts for a homomorphic question, their
 * ciphertexts themselves, sorted, for a non-homomorphic one.
 *
 * <p>A caller running several commands in-process on the same ballots may have each ballot's proofs
 * checked once ({@link CheckedBallots}).
 *
 * <p>Two streaming passes: the first only notes which ballot is each credential's last, the second
 * checks ballots in parallel batches and multiplies the counted ones into the tally, so memory does
 * not grow with the ballots' size — except for the one ciphertext per counted ballot and
 * non-homomorphic question that the tally is made of; those are collected in lists and placed in the
 * tally once, at the end.
 */
final class BallotCasting {
  /** Ballots checked at once: enough to keep every core busy, few enough to stay small. */
  private static final int BATCH = 64;

  /** One cast ballot: its archive name (hex SHA-256), credential and weight. */
  record CastBallot(String hash, BigInteger credential, BigInteger weight) {}

  /**
   * Every cast ballot in archive order, and the encrypted tally of the counted ones (§4.16) — or,
   * when belenios-tool 2.0 cannot compute that tally, why. The ballots are still listed then:
   * belenios-tool's {@code compute-ballot-summary} and {@code compute-voters} do not need the tally.
   */
  static final class Outcome {
    private final List<CastBallot> ballots;
    private final Optional<EncryptedTally> tally;
    private final String untallied;
    private final int numTallied;
    private final BigInteger totalWeight;

    private Outcome(List<CastBallot> ballots, Optional<EncryptedTally> tally, String untallied, int numTallied, BigInteger totalWeight) {
      this.ballots = List.copyOf(ballots);
      this.tally = tally;
      this.untallied = untallied;
      this.numTallied = numTallied;
      this.totalWeight = totalWeight;
    }

    List<CastBallot> ballots() {
      return ballots;
    }

    /**
     * The encrypted tally of the counted ballots, before any shuffle (§4.16).
     *
     * @throws CommandFailure as belenios-tool fails, if a counted ballot answering a
     *     non-homomorphic question has a weight other than 1
     */
    EncryptedTally tally() {
      return tally.orElseThrow(() -> new CommandFailure(untallied));
    }

    int numTallied() {
      return numTallied;
    }

    BigInteger totalWeight() {
      return totalWeight;
    }

    /** The tally's exact JSON, as {@code compute-encrypted-tally} prints it. */
    byte[] tallyJson() {
      return tally().toJson();
    }

    /** The EncryptedTally event's payload naming {@link #tallyJson}. */
    SizedEncryptedTally sized() {
      return new SizedEncryptedTally(numTallied, totalWeight, Sha256.hex(tallyJson()));
    }
  }

  private BallotCasting() {}

  /** Casts every ballot of {@code board} against {@code roll}; fails on the first invalid one. */
  static Outcome cast(Board board, VoterRoll roll) throws IOException {
    Map<BigInteger, Integer> last = new HashMap<>();
    board.forEachBallot(
        (index, bytes) -> {
          try {
            last.put(Ballot.parse(bytes).credential(), index);
          } catch (BeleniosFormatException e) {
            // reported in order by the second pass
          }
        });
    Replay replay = new Replay(board, roll, last);
    board.forEachBallot(replay::add);
    replay.flush();
    return replay.outcome();
  }

  /** The second pass: batches of ballots checked in parallel, then accepted in archive order. */
  private static final class Replay {
    private final Election election;
    private final Group group;
    private final BallotChecker checker;
    /** The election's hash in the Setup, and ballots already checked against it in this process, if a caller keeps them. */
    private final String electionHash;
    private final Optional<CheckedBallots> checked;
    private final VoterRoll roll;
    private final Map<BigInteger, Integer> last;
    private final List<Pending> batch = new ArrayList<>(BATCH);
    private final List<CastBallot> cast = new ArrayList<>();
    private EncryptedTally tally;
    /** Per non-homomorphic question, the counted ballots' ciphertexts in archive order. */
    private final List<List<Ciphertext>> nonHomomorphic = new ArrayList<>();
    private Optional<String> weightedNonHomomorphic = Optional.empty();
    private int numTallied;
    private BigInteger totalWeight = BigInteger.ZERO;

    Replay(Board board, VoterRoll roll, Map<BigInteger, Integer> last) {
      this.election = board.election();
      this.group = board.election().group();
      this.checker = new BallotChecker(board.election());
      this.electionHash = board.setup().election();
      this.checked = Optional.ofNullable(CheckedBallots.current());
      this.roll = roll;
      this.last = last;
      this.tally = EncryptedTally.empty(board.election());
      for (Question question : election.questions()) {
        if (question instanceof NonHomomorphicQuestion) {
          nonHomomorphic.add(new ArrayList<>());
        }
      }
    }

    void add(int index, byte[] bytes) {
      batch.add(new Pending(index, bytes));
      if (batch.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      List<Verdict> verdicts = batch.parallelStream().map(this::check).toList();
      batch.clear();
      for (Verdict verdict : verdicts) {
        if (verdict.failure().isPresent()) {
          throw new CommandFailure("error while casting ballot " + verdict.tracker() + ": " + verdict.failure().get());
        }
        Ballot ballot = verdict.ballot();
        BigInteger weight = roll.weight(ballot.credential()).orElseThrow();
        cast.add(new CastBallot(verdict.hash(), ballot.credential(), weight));
        if (last.get(ballot.credential()) == verdict.index()) {
          tally = tally.plus(group, ballot, weight);
          numTallied++;
          totalWeight = totalWeight.add(weight);
          if (!nonHomomorphic.isEmpty()) {
            countNonHomomorphic(verdict.tracker(), ballot, weight);
          }
        }
      }
    }

    /**
     * Keeps a counted ballot's non-homomorphic ciphertexts for the tally (§4.16). belenios-tool 2.0
     * counts them once each and fails on a weight other than 1 ({@code
     * Question_nh.process_ciphertexts}); so does the tally here, once every ballot is checked, as
     * the tool checks them all before tallying.
     */
    private void countNonHomomorphic(String tracker, Ballot ballot, BigInteger weight) {
      if (!weight.equals(BigInteger.ONE) && weightedNonHomomorphic.isEmpty()) {
        weightedNonHomomorphic = Optional.of("Invalid_argument(\"Question_nh.process_ciphertexts\") (ballot " + tracker
            + ": its credential has weight " + weight + ", but answers to non-homomorphic questions are counted once each"
            + " and cannot be weighted; give every voter weight 1 in an election with non-homomorphic questions)");
      }
      List<Ciphertext> ciphertexts = EncryptedTally.nonHomomorphicCiphertexts(election, ballot);
      for (int i = 0; i < nonHomomorphic.size(); i++) {
        nonHomomorphic.get(i).add(ciphertexts.get(i));
      }
    }

    /** The counted ballots' tally: the non-homomorphic ciphertexts placed and sorted once (§4.16). */
    Outcome outcome() {
      if (weightedNonHomomorphic.isPresent()) {
        return new Outcome(cast, Optional.empty(), weightedNonHomomorphic.get(), numTallied, totalWeight);
      }
      EncryptedTally complete = nonHomomorphic.isEmpty() ? tally : tally.withNonHomomorphic(election, nonHomomorphic);
      return new Outcome(cast, Optional.of(complete), "", numTallied, totalWeight);
    }

    /** belenios-tool's checks, in its order (ill-formed, non-canonical, unknown credential, invalid). */
    private Verdict check(Pending pending) {
      byte[] bytes = pending.bytes();
      String tracker = Sha256.base64(bytes);
      String hash = Sha256.hex(bytes);
      Ballot ballot;
      try {
        ballot = Ballot.parse(bytes);
      } catch (BeleniosFormatException e) {
        return Verdict.failed(pending.index(), tracker, hash, "ill-formed ballot: " + e.getMessage());
      }
      if (!Arrays.equals(ballot.toJson(), bytes)) {
        return Verdict.failed(pending.index(), tracker, hash, "ballot not in canonical form");
      }
      if (roll.weight(ballot.credential()).isEmpty()) {
        return Verdict.failed(pending.index(), tracker, hash, "invalid credential");
      }
      if (checked.isEmpty() || !checked.get().passed(electionHash, hash)) {
        Optional<String> problem = checker.check(ballot);
        if (problem.isPresent()) {
          return Verdict.failed(pending.index(), tracker, hash, "invalid ballot (" + problem.get() + ")");
        }
        checked.ifPresent(memory -> memory.pass(electionHash, hash));
      }
      return new Verdict(pending.index(), tracker, hash, ballot, Optional.empty());
    }
  }

  private record Pending(int index, byte[] bytes) {}

  private record Verdict(int index, String tracker, String hash, Ballot ballot, Optional<String> failure) {
    static Verdict failed(int index, String tracker, String hash, String failure) {
      return new Verdict(index, tracker, hash, null, Optional.of(failure));
    }
  }
}
