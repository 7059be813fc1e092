package org.scrutineer.archive.verify;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.archive.DataItem;
import org.scrutineer.archive.EventBlock;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.tar.ArchiveFormatException;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.BallotChecker;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.SetupData;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.belenios.tally.PartialDecryption;
import org.scrutineer.belenios.tally.SizedEncryptedTally;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.belenios.trustee.Trustees;

/**
 * One verification of one archive: consumes its event blocks in order, as a state machine over the
 * phases of spec §4.4's table (setup, voting, tally, decryption, result), and collects findings.
 */
final class VerificationRun implements AutoCloseable {
  /** The archive again, for second passes: over superseded ballots, over unchecked credentials. */
  interface Reopen {
    ArchiveReader open() throws IOException;

    /** A data entry's bytes, streamed ({@link ArchiveReader#dataEntry}). */
    Optional<InputStream> dataEntry(String hash) throws IOException;
  }

  private enum Phase {
    BEFORE_SETUP,
    VOTING,
    BALLOTS_CLOSED,
    TALLIED,
    RESULT
  }

  /** A table for y costs about as much as 8 ballots' y-exponentiations; build it once it will pay. */
  private static final int PRECOMPUTE_AFTER_BALLOTS = 16;

  private final VerifierOptions options;
  private final Reopen reopen;
  private final List<Finding> findings = new ArrayList<>();
  private final CredentialRegistry registry = new CredentialRegistry();
  private final Set<Long> supersededBallots = new HashSet<>();
  private final Map<Integer, PartialDecryption> decryptions = new TreeMap<>();
  private Phase phase = Phase.BEFORE_SETUP;
  private boolean unsupported;
  private Election election;
  private Trustees trustees;
  private PublicCredentialChecks credentialChecks;
  private ParallelBallotChecks ballotChecks;
  private EncryptedTally tally;
  private long eventCount;
  private long ballotsCast;
  private long ballotsCounted;
  private BigInteger totalWeight = BigInteger.ZERO;
  private ElectionResult result;

  VerificationRun(VerifierOptions options, Reopen reopen) {
    this.options = options;
    this.reopen = reopen;
  }

  void header(List<ArchiveProblem> problems) {
    findings.addAll(ArchiveVerifier.structural(problems));
  }

  void block(EventBlock block) throws IOException {
    eventCount++;
    long height = block.event().event().height();
    String hash = block.event().hash();
    for (ArchiveProblem problem : block.problems()) {
      error(Check.ARCHIVE_STRUCTURE, height, hash, problem.toString());
    }
    if (unsupported) {
      return;
    }
    EventType type = block.event().event().type();
    switch (type) {
      case Setup -> inPhase(Phase.BEFORE_SETUP, block, () -> setup(block));
      case Ballot -> inPhase(Phase.VOTING, block, () -> ballot(block));
      case EndBallots -> inPhase(Phase.VOTING, block, () -> endBallots(block));
      case EncryptedTally -> inPhase(Phase.BALLOTS_CLOSED, block, () -> encryptedTally(block));
      case PartialDecryption -> inPhase(Phase.TALLIED, block, () -> partialDecryption(block));
      case Result -> inPhase(Phase.TALLIED, block, () -> result(block));
      case Shuffle, EndShuffles -> {
        error(Check.NOT_SUPPORTED, height, hash, type + " events (mixnets for non-homomorphic questions) are not supported yet; this archive cannot be verified by Scrutineer");
        unsupported = true;
      }
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  private void inPhase(Phase expected, EventBlock block, Step step) throws IOException {
    if (phase != expected) {
      error(Check.EVENT_ORDER, block, "a " + block.event().event().type() + " event cannot come " + describe(phase));
      return;
    }
    step.run();
  }

  private static String describe(Phase phase) {
    return switch (phase) {
      case BEFORE_SETUP -> "before the Setup event";
      case VOTING -> "while voting is open (before EndBallots)";
      case BALLOTS_CLOSED -> "after EndBallots and before the EncryptedTally event";
      case TALLIED -> "after the EncryptedTally event";
      case RESULT -> "after the Result event";
    };
  }

  /** Spec §4.10, §4.7, §4.8, §3.1.1: the setup data and the keys and credentials in it. */
  private void setup(EventBlock block) {
    phase = Phase.VOTING;
    try {
      SetupData setup = SetupData.parse(payload(block));
      expectData(block, List.of(setup.election(), setup.trustees(), setup.credentials(), block.event().event().payload().orElseThrow()));
      election = Election.parse(data(block, setup.election(), "election"));
      trustees = Trustees.parse(data(block, setup.trustees(), "trustees"), "trustees");
      DataItem credentials = dataItem(block, setup.credentials(), "public_credentials");
      if (election.hasNonHomomorphicQuestions()) {
        unsupported(block, "the election has non-homomorphic questions, which need shuffles; they are not supported yet");
        return;
      }
      if (trustees.hasThresholdTrustees()) {
        unsupported(block, "the election has threshold (Pedersen) trustees; they are not supported yet");
        return;
      }
      for (int i = 0; i < trustees.singles().size(); i++) {
        TrusteePublicKey key = trustees.singles().get(i);
        if (!key.isValid(election.group())) {
          error(Check.SETUP_TRUSTEES, block, "trustee " + (i + 1) + ": the public key is not in the subgroup or its proof of knowledge does not verify (spec §4.5)");
        }
      }
      if (!trustees.combinedKey(election.group()).equals(election.publicKey())) {
        error(Check.SETUP_PUBLIC_KEY, block, "the election public key is not the product of the trustees' public keys (spec §3.1.1)");
      }
      credentialChecks = new PublicCredentialChecks(registry, election.group(), options.progress(), findings::add);
      credentialChecks.register(block, credentials);
      ballotChecks = new ParallelBallotChecks(new BallotChecker(election), election.group(), EncryptedTally.empty(election), options.threads());
    } catch (BeleniosFormatException | MissingData e) {
      error(Check.SETUP_ELECTION, block, e.getMessage());
      unsupported = true;
    }
  }

  /** Spec §3.5.1 step 1: the ballot's proofs, its credential, last(B) — and replays. */
  private void ballot(EventBlock block) {
    long height = block.event().event().height();
    String hash = block.event().hash();
    byte[] bytes;
    try {
      bytes = payload(block);
      expectData(block, List.of(block.event().event().payload().orElseThrow()));
    } catch (MissingData e) {
      error(Check.BALLOT_FORMAT, block, e.getMessage());
      return;
    }
    ballotsCast++;
    options.progress().ballotsRead(ballotsCast);
    String tracker = Ballot.tracker(bytes);
    Ballot ballot;
    try {
      ballot = Ballot.parse(bytes);
    } catch (BeleniosFormatException e) {
      error(Check.BALLOT_FORMAT, block, "ballot " + tracker + ": " + e.getMessage());
      return;
    }
    if (!Arrays.equals(ballot.toJson(), bytes)) {
      error(Check.BALLOT_FORMAT, block, "ballot " + tracker + " is not in canonical form (compact JSON, fields in spec order; belenios-tool: ballot not in canonical form)");
      return;
    }
    Optional<CredentialRegistry.Voter> found = registry.voter(ballot.credential());
    if (found.isEmpty()) {
      error(Check.BALLOT_CREDENTIAL, block, "ballot " + tracker + ": its credential is not one of the election's public credentials (belenios-tool: invalid credential)");
      return;
    }
    Optional<Long> replayed = registry.previousOccurrence(Digest.ofHex(block.event().event().payload().orElseThrow()), height);
    if (replayed.isPresent()) {
      Finding replay = Finding.error(Check.BALLOT_REPLAY, height, hash, "ballot " + tracker + " replays the ballot of event " + replayed.get() + " byte for byte; a voter's device never sends the same ballot twice, so it was appended again by someone else" + (options.lenient() ? " (counted as belenios-tool does, because of --lenient)" : ""));
      findings.add(options.lenient() ? replay.asWarning() : replay);
    }
    CredentialRegistry.Voter voter = found.get();
    if (voter.countedBallotEvent >= 0) {
      supersededBallots.add(voter.countedBallotEvent);
    }
    voter.countedBallotEvent = height;
    if (ballotsCast == PRECOMPUTE_AFTER_BALLOTS) {
      election.group().precompute(election.publicKey());
    }
    ballotChecks.submit(height, hash, ballot, voter);
  }

  /** Spec §4.15–§4.16: voting is over; recompute the tally of last(B). */
  private void endBallots(EventBlock block) throws IOException {
    phase = Phase.BALLOTS_CLOSED;
    if (!block.data().isEmpty()) {
      error(Check.ARCHIVE_STRUCTURE, block, "EndBallots has no payload, yet " + block.data().size() + " data entries precede it");
    }
    tally = finishBallots();
  }

  private EncryptedTally finishBallots() throws IOException {
    ParallelBallotChecks.Outcome outcome = ballotChecks.finish();
    findings.addAll(outcome.findings());
    credentialChecks.checkRemaining(reopen);
    TallyAccumulator removed = new TallyAccumulator(election.group(), EncryptedTally.empty(election));
    if (!supersededBallots.isEmpty()) {
      removeSuperseded(removed);
    }
    registry.forEachVoter(voter -> {
      if (voter.countedBallotEvent >= 0) {
        ballotsCounted++;
        totalWeight = totalWeight.add(voter.weight);
      }
    });
    return outcome.product().dividedBy(removed);
  }

  /** The second pass: multiplies up the superseded ballots, to divide them out of the product of all. */
  private void removeSuperseded(TallyAccumulator removed) throws IOException {
    try (ArchiveReader again = reopen.open()) {
      for (Optional<EventBlock> block = again.nextBlock(); block.isPresent(); block = again.nextBlock()) {
        long height = block.get().event().event().height();
        if (block.get().event().event().type() == EventType.Ballot && supersededBallots.contains(height)) {
          try {
            Ballot ballot = Ballot.parse(payload(block.get()));
            removed.addIfShaped(ballot, registry.voter(ballot.credential()).orElseThrow().weight);
          } catch (BeleniosFormatException | MissingData e) {
            // Reported in the first pass; such a ballot was not multiplied in either.
          }
        }
      }
    }
  }

  /** Spec §4.16: the archived encrypted tally is the recomputed one, with the right size and weight. */
  private void encryptedTally(EventBlock block) {
    phase = Phase.TALLIED;
    try {
      SizedEncryptedTally sized = SizedEncryptedTally.parse(payload(block));
      expectData(block, List.of(sized.encryptedTally(), block.event().event().payload().orElseThrow()));
      EncryptedTally archived = EncryptedTally.parse(data(block, sized.encryptedTally(), "encrypted_tally"));
      if (!archived.equals(tally)) {
        error(Check.ENCRYPTED_TALLY, block, "the encrypted tally is not the weighted product of the last ballot of each credential (spec §4.16)");
      }
      if (sized.numTallied() != ballotsCounted) {
        error(Check.ENCRYPTED_TALLY, block, "num_tallied is " + sized.numTallied() + " but " + ballotsCounted + " ballots count");
      }
      if (!sized.totalWeight().equals(totalWeight)) {
        error(Check.ENCRYPTED_TALLY, block, "total_weight is " + sized.totalWeight() + " but the counted ballots weigh " + totalWeight);
      }
    } catch (BeleniosFormatException | MissingData e) {
      error(Check.ENCRYPTED_TALLY, block, e.getMessage());
    }
  }

  /** Spec §4.18: a trustee's partial decryption of the tally. */
  private void partialDecryption(EventBlock block) {
    try {
      OwnedPayload owned = OwnedPayload.parse(payload(block), "owned_partial_decryption");
      expectData(block, List.of(owned.payload(), block.event().event().payload().orElseThrow()));
      int owner = owned.owner();
      if (owner < 1 || owner > trustees.singles().size()) {
        error(Check.PARTIAL_DECRYPTION, block, "owner " + owner + " is not a trustee (expected 1 to " + trustees.singles().size() + ")");
        return;
      }
      if (decryptions.containsKey(owner)) {
        error(Check.PARTIAL_DECRYPTION, block, "trustee " + owner + " already published a partial decryption");
        return;
      }
      PartialDecryption decryption = PartialDecryption.parse(data(block, owned.payload(), "partial_decryption"));
      Optional<String> problem = decryption.check(election, tally, trustees.singles().get(owner - 1).publicKey());
      if (problem.isPresent()) {
        error(Check.PARTIAL_DECRYPTION, block, "trustee " + owner + ": " + problem.get());
        return;
      }
      decryptions.put(owner, decryption);
    } catch (BeleniosFormatException | MissingData e) {
      error(Check.PARTIAL_DECRYPTION, block, e.getMessage());
    }
  }

  /** Spec §4.19: the result is the decryption of the tally by every trustee. */
  private void result(EventBlock block) {
    phase = Phase.RESULT;
    try {
      ElectionResult published = ElectionResult.parse(payload(block));
      expectData(block, List.of(block.event().event().payload().orElseThrow()));
      if (decryptions.size() != trustees.singles().size()) {
        error(Check.RESULT, block, "only " + decryptions.size() + " of " + trustees.singles().size() + " trustees published a valid partial decryption");
        return;
      }
      Optional<String> problem = published.check(election, tally, totalWeight, List.copyOf(decryptions.values()));
      if (problem.isPresent()) {
        error(Check.RESULT, block, problem.get() + " (belenios-tool: check_result failed)");
        return;
      }
      result = published;
    } catch (BeleniosFormatException | MissingData e) {
      error(Check.RESULT, block, e.getMessage());
    }
  }

  void end(List<ArchiveProblem> problems) throws IOException {
    findings.addAll(ArchiveVerifier.structural(problems));
    finishOpenVoting();
  }

  void unreadable(ArchiveFormatException e) throws IOException {
    findings.add(Finding.errorWithoutEvent(Check.ARCHIVE_STRUCTURE, e.problem().toString()));
    finishOpenVoting();
  }

  /** An archive still open for voting: its ballots are checked all the same. */
  private void finishOpenVoting() throws IOException {
    if (phase == Phase.VOTING && ballotChecks != null && !unsupported) {
      tally = finishBallots();
    }
    if (phase == Phase.BEFORE_SETUP && eventCount == 0) {
      findings.add(Finding.errorWithoutEvent(Check.EVENT_ORDER, "the archive has no Setup event"));
    }
  }

  VerificationReport report() {
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(Comparator.comparingLong(finding -> finding.eventIndex().orElse(-1)));
    return new VerificationReport(ordered, Optional.ofNullable(election), eventCount, ballotsCast, ballotsCounted, totalWeight, Optional.ofNullable(result));
  }

  @Override
  public void close() {
    if (ballotChecks != null) {
      ballotChecks.close();
    }
  }

  /** A payload or referenced data file that is not among the block's data entries. */
  private static final class MissingData extends Exception {
    private static final long serialVersionUID = 1L;

    MissingData(String message) {
      super(message);
    }
  }

  private static byte[] payload(EventBlock block) throws MissingData {
    Optional<String> hash = block.event().event().payload();
    if (hash.isEmpty()) {
      throw new MissingData("the " + block.event().event().type() + " event has no payload");
    }
    return data(block, hash.get(), "payload");
  }

  private static byte[] data(EventBlock block, String hash, String what) throws MissingData {
    return dataItem(block, hash, what).bytes();
  }

  private static DataItem dataItem(EventBlock block, String hash, String what) throws MissingData {
    return block.data(hash).orElseThrow(() -> new MissingData("the " + what + " " + hash + " is not among the data entries written just before the event"));
  }

  /** belenios-tool writes exactly the data an event needs, in this order, just before it. */
  private void expectData(EventBlock block, List<String> hashes) {
    List<String> actual = block.data().stream().map(DataItem::hash).toList();
    if (!actual.equals(hashes)) {
      error(Check.ARCHIVE_STRUCTURE, block, "the data entries before this event are " + actual + ", expected exactly " + hashes + " (belenios-tool would not regenerate this archive)");
    }
  }

  private void unsupported(EventBlock block, String message) {
    error(Check.NOT_SUPPORTED, block, message + "; this archive cannot be verified by Scrutineer");
    unsupported = true;
  }

  private void error(Check check, EventBlock block, String message) {
    error(check, block.event().event().height(), block.event().hash(), message);
  }

  private void error(Check check, long height, String hash, String message) {
    findings.add(Finding.error(check, height, hash, message));
  }
}
