package org.scrutineer.cli.belenios.election;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.archive.DataItem;
import org.scrutineer.archive.EventBlock;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.SetupData;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.shuffle.Shuffle;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.belenios.trustee.Trustees;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;

/**
 * The public board {@code UUID.bel} as the election commands use it (belenios-tool's {@code
 * Tool_election.MakeGetters}, Belenios spec 2.0 §4.4): the setup files named by the Setup event,
 * the shuffles and the partial decryptions, read in one streaming pass; ballots are
 * streamed again on demand by {@link #forEachBallot}, so no command holds every ballot in memory. Of
 * the shuffles only the last one's data is kept: it is all the §4.17 merge needs.
 *
 * <p>Like belenios-tool, every command checks on loading that each trustee key has a valid proof
 * of knowledge and that the keys combine to the election public key (§4.5, §3.1.1).
 */
final class Board {
  /** A PartialDecryption event's payload and the data it names (§4.18). */
  record OwnedData(OwnedPayload owned, byte[] payload) {}

  /**
   * A Shuffle event (§4.17): its payload {@code {"owner":I,"payload":HASH}} and the sha256-b64 of
   * the shuffle data it names, as belenios-tool shows it to trustees.
   */
  record ShuffleEvent(OwnedPayload owned, String digest) {}

  /** Receives each ballot's exact bytes, in archive order, numbered from 0. */
  @FunctionalInterface
  interface BallotVisitor {
    void ballot(int index, byte[] bytes) throws IOException;
  }

  private final Path bel;
  private final SetupData setup;
  private final Election election;
  private final byte[] trusteesBytes;
  private final Trustees trustees;
  private final byte[] credentialsBytes;
  private final List<ShuffleEvent> shuffles;
  private final Optional<byte[]> lastShuffle;
  private final List<OwnedData> partialDecryptions;

  private Board(
      Path bel,
      SetupData setup,
      Election election,
      byte[] trusteesBytes,
      Trustees trustees,
      byte[] credentialsBytes,
      List<ShuffleEvent> shuffles,
      Optional<byte[]> lastShuffle,
      List<OwnedData> partialDecryptions) {
    this.bel = bel;
    this.setup = setup;
    this.election = election;
    this.trusteesBytes = trusteesBytes;
    this.trustees = trustees;
    this.credentialsBytes = credentialsBytes;
    this.shuffles = List.copyOf(shuffles);
    this.lastShuffle = lastShuffle;
    this.partialDecryptions = List.copyOf(partialDecryptions);
  }

  /**
   * Reads the board in {@code bel}, failing with a located message when a part is missing or the
   * trustees' keys do not check. Any election belenios-tool 2.0 handles is accepted: homomorphic
   * and non-homomorphic questions (spec §4.11), single and threshold trustees (§4.6).
   */
  static Board read(Path bel) throws IOException, BeleniosFormatException {
    SetupData setup = null;
    byte[] electionBytes = null;
    byte[] trusteesBytes = null;
    byte[] credentialsBytes = null;
    List<ShuffleEvent> shuffles = new ArrayList<>();
    Optional<byte[]> lastShuffle = Optional.empty();
    List<OwnedData> decryptions = new ArrayList<>();
    try (ArchiveReader reader = ArchiveReader.open(bel)) {
      for (Optional<EventBlock> next = reader.nextBlock(); next.isPresent(); next = reader.nextBlock()) {
        EventBlock block = next.get();
        EventType type = block.event().event().type();
        switch (type) {
          case Setup -> {
            setup = SetupData.parse(payload(block, "setup data"));
            electionBytes = data(block, setup.election(), "election");
            trusteesBytes = data(block, setup.trustees(), "trustees");
            credentialsBytes = data(block, setup.credentials(), "public credentials");
          }
          case Shuffle -> {
            OwnedPayload owned = OwnedPayload.parse(payload(block, "shuffle"), "owned shuffle");
            byte[] shuffle = data(block, owned.payload(), "shuffle payload");
            lastShuffle = Optional.of(shuffle);
            shuffles.add(new ShuffleEvent(owned, Sha256.base64(shuffle)));
          }
          case PartialDecryption -> {
            OwnedPayload owned = OwnedPayload.parse(payload(block, "partial decryption"), "owned partial decryption");
            decryptions.add(new OwnedData(owned, data(block, owned.payload(), "partial decryption payload")));
          }
          default -> {
            // Ballots are streamed again on demand; EndBallots, EncryptedTally, EndShuffles: the commands
            // recompute the tally, as belenios-tool does; the Result is only read by verify.
          }
        }
      }
    }
    if (setup == null) {
      throw new CommandFailure("setup data are missing: " + bel.getFileName() + " has no Setup event");
    }
    Election election = Election.parse(electionBytes);
    Trustees trustees = Trustees.parse(trusteesBytes, "trustees");
    checkTrustees(election, trustees);
    return new Board(
        bel, setup, election, trusteesBytes, trustees, credentialsBytes, shuffles, lastShuffle, decryptions);
  }

  private static void checkTrustees(Election election, Trustees trustees) {
    Group group = election.group();
    for (int i = 0; i < trustees.singles().size(); i++) {
      TrusteePublicKey key = trustees.singles().get(i);
      if (!key.isValid(group)) {
        throw new CommandFailure(
            "trustee " + (i + 1) + ": the public key is not in the group or its proof of knowledge does not verify (spec §4.5)");
      }
    }
    for (int i = 0; i < trustees.thresholdGroups().size(); i++) {
      int index = i + 1;
      trustees.thresholdGroups().get(i).problem(group).ifPresent(problem -> {
        throw new CommandFailure("threshold trustees " + index + ": " + problem + " (spec §4.6)");
      });
    }
    if (!trustees.combinedKey(group).equals(election.publicKey())) {
      throw new CommandFailure("the election public key is not the product of the trustees' keys (spec §3.1.1)");
    }
  }

  /** Streams the Ballot events' payloads again, in archive order. */
  void forEachBallot(BallotVisitor visitor) throws IOException {
    int index = 0;
    try (ArchiveReader reader = ArchiveReader.open(bel)) {
      for (Optional<EventBlock> next = reader.nextBlock(); next.isPresent(); next = reader.nextBlock()) {
        EventBlock block = next.get();
        if (block.event().event().type() == EventType.Ballot) {
          visitor.ballot(index++, payload(block, "ballot"));
        }
      }
    }
  }

  private static byte[] payload(EventBlock block, String what) {
    Optional<DataItem> payload = block.payload();
    if (payload.isEmpty()) {
      throw new CommandFailure(
          "could not get " + what + ": the " + block.event().event().type() + " event at entry " + block.event().index()
              + " names no payload written just before it");
    }
    return payload.get().bytes();
  }

  private static byte[] data(EventBlock block, String hash, String what) {
    return block
        .data(hash)
        .orElseThrow(
            () -> new CommandFailure("could not get " + what + ": no data entry " + hash + " before the event at entry " + block.event().index()))
        .bytes();
  }

  SetupData setup() {
    return setup;
  }

  Election election() {
    return election;
  }

  Trustees trustees() {
    return trustees;
  }

  byte[] trusteesBytes() {
    return trusteesBytes.clone();
  }

  byte[] credentialsBytes() {
    return credentialsBytes.clone();
  }


  /** The Shuffle events, in archive order (§4.17). */
  List<ShuffleEvent> shuffles() {
    return shuffles;
  }

  /**
   * The tally the trustees decrypt: {@code tally} with its non-homomorphic entries replaced by the
   * last shuffle's output, or {@code tally} itself before any shuffle — spec §4.17 "Shuffles", the
   * merge (belenios-tool's {@code merge_nh_ciphertexts} of the last shuffle).
   */
  EncryptedTally merged(EncryptedTally tally) throws BeleniosFormatException {
    if (lastShuffle.isEmpty()) {
      return tally;
    }
    Shuffle last = Shuffle.parse(lastShuffle.get());
    try {
      return tally.withShuffled(election, last.ciphertexts());
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("the last shuffle does not fit the election: " + e.getMessage()
          + " (spec §4.17: one list of ciphertexts per non-homomorphic question)", e);
    }
  }

  /** The partial decryptions in archive order; a later one for the same owner replaces an earlier one. */
  List<OwnedData> partialDecryptions() {
    return partialDecryptions;
  }
}
