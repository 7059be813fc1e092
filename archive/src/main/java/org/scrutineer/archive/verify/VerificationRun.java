package org.scrutineer.archive.verify;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
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
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.Embedding;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.SetupData;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.shuffle.Shuffle;
import org.scrutineer.belenios.tally.DecryptionFactors;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.belenios.tally.PartialDecryption;
import org.scrutineer.belenios.tally.SizedEncryptedTally;
import org.scrutineer.belenios.trustee.ThresholdParameters;
import org.scrutineer.belenios.trustee.Trustees;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.shuffle.ShuffleCheck;
import org.scrutineer.crypto.shuffle.VerifiableShuffle;

/**
 * One verification of one archive: consumes its event blocks in order, as a state machine over the
 * phases of spec §4.4's table (setup, voting, tally, shuffles, decryption, result), and collects
 * findings.
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
    SHUFFLING,
    SHUFFLES_CLOSED,
    DECRYPTING,
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
  /** The Setup event could not be read: nothing after it can be checked. */
  private boolean halted;
  private Election election;
  private Trustees trustees;
  /** The public key each owner's partial decryption is checked against (owner 1 at index 0). */
  private List<BigInteger> decryptionKeys;
  private PublicCredentialChecks credentialChecks;
  private ParallelBallotChecks ballotChecks;
  /** The tally recomputed from the ballots (spec §4.16). */
  private EncryptedTally tally;
  /** The non-homomorphic ciphertexts the next shuffle takes: the tally's, then each shuffle's output (§4.17). */
  private List<List<Ciphertext>> shuffled;
  private int shuffles;
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
    if (halted) {
      return;
    }
    EventType type = block.event().event().type();
    switch (type) {
      case Setup -> inPhase(EnumSet.of(Phase.BEFORE_SETUP), block, () -> setup(block));
      case Ballot -> inPhase(EnumSet.of(Phase.VOTING), block, () -> ballot(block));
      case EndBallots -> inPhase(EnumSet.of(Phase.VOTING), block, () -> endBallots(block));
      case EncryptedTally -> inPhase(EnumSet.of(Phase.BALLOTS_CLOSED), block, () -> encryptedTally(block));
      case Shuffle -> inPhase(EnumSet.of(Phase.TALLIED, Phase.SHUFFLING), block, () -> shuffle(block));
      case EndShuffles -> inPhase(EnumSet.of(Phase.TALLIED, Phase.SHUFFLING), block, () -> endShuffles(block));
      case PartialDecryption -> inPhase(decryptionPhases(), block, () -> partialDecryption(block));
      case Result -> inPhase(decryptionPhases(), block, () -> result(block));
    }
  }

  /**
   * When trustees may decrypt (spec §3.4 steps 3–5): right after the encrypted tally for a
   * homomorphic election, but only after the shuffles (and EndShuffles) when some question is
   * non-homomorphic — decrypting the tally's own ciphertexts would tell how each ballot voted.
   */
  private EnumSet<Phase> decryptionPhases() {
    boolean nonHomomorphic = election != null && election.hasNonHomomorphicQuestions();
    return nonHomomorphic
        ? EnumSet.of(Phase.SHUFFLES_CLOSED, Phase.DECRYPTING)
        : EnumSet.of(Phase.TALLIED, Phase.SHUFFLES_CLOSED, Phase.DECRYPTING);
  }

  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  private void inPhase(Set<Phase> expected, EventBlock block, Step step) throws IOException {
    if (!expected.contains(phase)) {
      error(Check.EVENT_ORDER, block, "a " + block.event().event().type() + " event cannot come " + describe(phase)
          + (phase == Phase.TALLIED && election.hasNonHomomorphicQuestions()
              ? ": the election has non-homomorphic questions, whose ciphertexts must be shuffled (Shuffle events, then EndShuffles) before any decryption (spec §3.4)"
              : ""));
      return;
    }
    step.run();
  }

  private static String describe(Phase phase) {
    return switch (phase) {
      case BEFORE_SETUP -> "before the Setup event";
      case VOTING -> "while voting is open (before EndBallots)";
      case BALLOTS_CLOSED -> "after EndBallots and before the EncryptedTally event";
      case TALLIED -> "right after the EncryptedTally event";
      case SHUFFLING -> "while shuffling is open (after a Shuffle, before EndShuffles)";
      case SHUFFLES_CLOSED -> "after EndShuffles";
      case DECRYPTING -> "after a PartialDecryption event";
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
      if (election.hasNonHomomorphicQuestions() && Embedding.of(election.group()).isEmpty()) {
        error(Check.SETUP_ELECTION, block, "the election has non-homomorphic questions, but its group " + election.group().name()
            + " has no embedding (spec §5): its ballots can be neither encoded nor decrypted; use RFC-3526-2048");
      }
      checkTrustees(block);
      credentialChecks = new PublicCredentialChecks(registry, election.group(), options.progress(), findings::add);
      credentialChecks.register(block, credentials);
      ballotChecks = new ParallelBallotChecks(election, options.threads());
    } catch (BeleniosFormatException | MissingData e) {
      error(Check.SETUP_ELECTION, block, e.getMessage());
      halted = true;
    }
  }

  /**
   * Spec §4.5, §4.6, §4.7, §3.1.1: every Single trustee's key and proof of knowledge, every Pedersen
   * group's certificates, commitments and verification keys (belenios-tool's {@code check_pedersen}),
   * and the election key as their combination.
   */
  private void checkTrustees(EventBlock block) {
    Group group = election.group();
    int owner = 1;
    for (Trustees.Item item : trustees.items()) {
      if (item instanceof Trustees.Single single) {
        if (!single.key().isValid(group)) {
          error(Check.SETUP_TRUSTEES, block, "trustee " + owner + ": the public key is not in the subgroup or its proof of knowledge does not verify (spec §4.5)");
        }
        owner++;
      } else {
        ThresholdParameters parameters = ((Trustees.Pedersen) item).parameters();
        int first = owner;
        parameters.problem(group).ifPresent(problem -> error(Check.SETUP_TRUSTEES, block,
            "threshold trustees " + first + " to " + (first + parameters.size() - 1) + ": " + problem + " (spec §4.6)"));
        owner += parameters.size();
      }
    }
    decryptionKeys = DecryptionFactors.keysByOwner(trustees);
    if (!trustees.combinedKey(group).equals(election.publicKey())) {
      error(Check.SETUP_PUBLIC_KEY, block, "the election public key is not the combination of the trustees' keys (spec §3.1.1)");
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
    if (election.hasNonHomomorphicQuestions()) {
      nonHomomorphicBallot(block, tracker, ballot, voter);
    }
    if (ballotsCast == PRECOMPUTE_AFTER_BALLOTS) {
      election.group().precompute(election.publicKey());
    }
    ballotChecks.submit(height, hash, ballot, voter);
  }

  /**
   * Keeps the ballot's non-homomorphic ciphertexts with its voter, for the tally (spec §4.16). Such
   * ciphertexts are counted once each: belenios-tool 2.0 cannot tally them for a weighted voter
   * ({@code Question_nh.process_ciphertexts} fails), so that is an error here.
   */
  private void nonHomomorphicBallot(EventBlock block, String tracker, Ballot ballot, CredentialRegistry.Voter voter) {
    List<Ciphertext> ciphertexts = EncryptedTally.nonHomomorphicCiphertexts(election, ballot);
    voter.nonHomomorphic = ciphertexts.size() == nonHomomorphicQuestions() ? ciphertexts : null;
    if (!voter.weight.equals(BigInteger.ONE)) {
      error(Check.BALLOT_CREDENTIAL, block, "ballot " + tracker + ": its credential has weight " + voter.weight
          + ", but answers to non-homomorphic questions are counted once each and cannot be weighted"
          + " (belenios-tool cannot tally it: Question_nh.process_ciphertexts)");
    }
  }

  private int nonHomomorphicQuestions() {
    return (int) election.questions().stream().filter(NonHomomorphicQuestion.class::isInstance).count();
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
    TallyAccumulator removed = new TallyAccumulator(election);
    if (!supersededBallots.isEmpty()) {
      removeSuperseded(removed);
    }
    List<List<Ciphertext>> nonHomomorphic = new ArrayList<>();
    for (int i = 0; i < nonHomomorphicQuestions(); i++) {
      nonHomomorphic.add(new ArrayList<>());
    }
    registry.forEachVoter(voter -> {
      if (voter.countedBallotEvent >= 0) {
        ballotsCounted++;
        totalWeight = totalWeight.add(voter.weight);
        if (voter.nonHomomorphic != null) {
          for (int i = 0; i < voter.nonHomomorphic.size(); i++) {
            nonHomomorphic.get(i).add(voter.nonHomomorphic.get(i));
          }
        }
      }
    });
    EncryptedTally recomputed = outcome.product().dividedBy(removed).withNonHomomorphic(election, nonHomomorphic);
    shuffled = recomputed.nonHomomorphic(election);
    return recomputed;
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

  /**
   * Spec §4.17, §6 Table 5: a shuffle of the non-homomorphic ciphertexts, checked against the
   * previous shuffle's output (the tally's own ciphertexts for the first), as belenios-tool's {@code
   * shuffles_check}. Its output is the next one's input even when its proof fails: the failure then
   * stands alone, and the decryptions are checked against what the trustees were given.
   */
  private void shuffle(EventBlock block) {
    phase = Phase.SHUFFLING;
    shuffles++;
    try {
      OwnedPayload owned = OwnedPayload.parse(payload(block), "owned_shuffle");
      expectData(block, List.of(owned.payload(), block.event().event().payload().orElseThrow()));
      Shuffle shuffle = Shuffle.parse(data(block, owned.payload(), "shuffle"));
      String which = "shuffle " + shuffles + " (owner " + owned.owner() + ")";
      if (shuffle.ciphertexts().size() != shuffled.size() || shuffle.proofs().size() != shuffled.size()) {
        error(Check.SHUFFLE, block, which + " has " + shuffle.ciphertexts().size() + " lists of ciphertexts and "
            + shuffle.proofs().size() + " proofs, for " + shuffled.size() + " non-homomorphic questions (belenios-tool: shuffle #"
            + (shuffles - 1) + " failed tests)");
        return;
      }
      Group group = election.group();
      for (int i = 0; i < shuffled.size(); i++) {
        options.progress().shuffleChecking(shuffles, shuffled.get(i).size());
        ShuffleCheck check = VerifiableShuffle.verify(
            group, election.fingerprint(), election.publicKey(), shuffled.get(i), shuffle.ciphertexts().get(i), shuffle.proofs().get(i));
        if (check instanceof ShuffleCheck.Failed failed) {
          error(Check.SHUFFLE, block, which + ", non-homomorphic question " + (i + 1) + ": " + failed
              + " (belenios-tool: shuffle #" + (shuffles - 1) + " failed tests)");
        }
      }
      shuffled = shuffle.ciphertexts();
    } catch (BeleniosFormatException | MissingData e) {
      error(Check.SHUFFLE, block, e.getMessage());
    }
  }

  /** Spec §3.4 step 4: the shuffles are over; an election with non-homomorphic questions needs one at least. */
  private void endShuffles(EventBlock block) {
    phase = Phase.SHUFFLES_CLOSED;
    if (!block.data().isEmpty()) {
      error(Check.ARCHIVE_STRUCTURE, block, "EndShuffles has no payload, yet " + block.data().size() + " data entries precede it");
    }
    if (shuffles == 0 && election.hasNonHomomorphicQuestions()) {
      error(Check.SHUFFLE, block, "EndShuffles with no Shuffle before it: the non-homomorphic ciphertexts were never shuffled,"
          + " so decrypting them would tell how each ballot voted (spec §3.4 step 3)");
    }
  }

  /** The tally the trustees decrypt: the homomorphic sums and the last shuffle's output (spec §4.17 merge). */
  private EncryptedTally decryptedTally() {
    return shuffles == 0 ? tally : tally.withShuffled(election, shuffled);
  }

  /** Spec §4.18: a trustee's partial decryption of the tally. */
  private void partialDecryption(EventBlock block) {
    phase = Phase.DECRYPTING;
    try {
      OwnedPayload owned = OwnedPayload.parse(payload(block), "owned_partial_decryption");
      expectData(block, List.of(owned.payload(), block.event().event().payload().orElseThrow()));
      int owner = owned.owner();
      if (owner < 1 || owner > decryptionKeys.size()) {
        error(Check.PARTIAL_DECRYPTION, block, "owner " + owner + " is not a trustee (expected 1 to " + decryptionKeys.size() + ")");
        return;
      }
      if (decryptions.containsKey(owner)) {
        error(Check.PARTIAL_DECRYPTION, block, "trustee " + owner + " already published a partial decryption");
        return;
      }
      PartialDecryption decryption = PartialDecryption.parse(data(block, owned.payload(), "partial_decryption"));
      EncryptedTally decrypted = decryptedTally();
      options.progress().partialDecryptionChecking(owner, decrypted.questions().stream().mapToLong(List::size).sum());
      Optional<String> problem = decryption.check(election, decrypted, decryptionKeys.get(owner - 1));
      if (problem.isPresent()) {
        error(Check.PARTIAL_DECRYPTION, block, "trustee " + owner + ": " + problem.get());
        return;
      }
      decryptions.put(owner, decryption);
    } catch (BeleniosFormatException | MissingData e) {
      error(Check.PARTIAL_DECRYPTION, block, e.getMessage());
    }
  }

  /**
   * Spec §4.19: the result is the decryption of the tally by the trustees — every Single one and
   * enough members of each threshold group ({@link DecryptionFactors}).
   */
  private void result(EventBlock block) {
    phase = Phase.RESULT;
    try {
      ElectionResult published = ElectionResult.parse(payload(block), election);
      expectData(block, List.of(block.event().event().payload().orElseThrow()));
      DecryptionFactors.Combination combination = DecryptionFactors.combine(election.group(), trustees, decryptions);
      if (combination instanceof DecryptionFactors.Incomplete incomplete) {
        error(Check.RESULT, block, incomplete.reason() + " (belenios-tool: check_result failed)");
        return;
      }
      Optional<String> problem = published.check(election, decryptedTally(), totalWeight, ((DecryptionFactors.Combined) combination).factors());
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
    if (phase == Phase.VOTING && ballotChecks != null && !halted) {
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

  private void error(Check check, EventBlock block, String message) {
    error(check, block.event().event().height(), block.event().hash(), message);
  }

  private void error(Check check, long height, String hash, String message) {
    findings.add(Finding.error(check, height, hash, message));
  }
}
