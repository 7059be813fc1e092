package org.scrutineer.cli.belenios.election;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.archive.DataItem;
import org.scrutineer.archive.EventBlock;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.SetupData;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.shuffle.Shuffle;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.belenios.tally.SizedEncryptedTally;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.hash.Sha256;
import org.scrutineer.crypto.shuffle.ShuffledCiphertexts;
import org.scrutineer.crypto.shuffle.VerifiableShuffle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code election shuffle}: re-encrypts and permutes the non-homomorphic ciphertexts, with a proof
 * (Belenios spec 2.0 §4.17 "Shuffles", §6). The input is the last Shuffle event's ciphertexts, or
 * the NH questions of the EncryptedTally event's tally before the first shuffle. Prints two lines,
 * the {@code shuffle} and {@code {"owner":I,"payload":HASH}}, ready for {@code archive add-event
 * --type=Shuffle}. An election without NH questions gets the empty shuffle, as from belenios-tool.
 *
 * <p>Unlike belenios-tool, which recomputes the tally from the ballots, this reads the archived
 * EncryptedTally (which {@code election verify} checks against the ballots): Scrutineer does not
 * read non-homomorphic ballots yet.
 */
@Command(
    name = "shuffle",
    mixinStandardHelpOptions = true,
    description = "Shuffle the non-homomorphic ciphertexts; prints the shuffle and proofs, then {owner,payload}.")
public final class ShuffleCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  @Option(names = "--trustee-id", paramLabel = "TRUSTEE-ID", description = "Identifier of the shuffler (the owner of the Shuffle event).")
  private Integer trusteeId;

  public ShuffleCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    int owner = ToolFiles.mandatory("--trustee-id", trusteeId);
    Input input = Input.read(directory.archive(environment));
    List<ShuffledCiphertexts> questions = new ArrayList<>();
    for (List<Ciphertext> question : input.ciphertexts()) {
      questions.add(VerifiableShuffle.shuffle(
          input.election().group(), input.election().fingerprint(), input.election().publicKey(), question, environment.random().get()));
    }
    byte[] json = Shuffle.of(questions).toJson();
    environment.output(json);
    environment.output(new OwnedPayload(owner, Sha256.hex(json)).toJson());
    return 0;
  }

  /** The election and the ciphertexts the next shuffle takes (spec §4.17, nh_ciphertexts). */
  private record Input(Election election, List<List<Ciphertext>> ciphertexts) {
    static Input read(Path bel) throws IOException, BeleniosFormatException {
      Election election = null;
      Optional<byte[]> tally = Optional.empty();
      Optional<Shuffle> last = Optional.empty();
      try (ArchiveReader reader = ArchiveReader.open(bel)) {
        for (Optional<EventBlock> next = reader.nextBlock(); next.isPresent(); next = reader.nextBlock()) {
          EventBlock block = next.get();
          switch (block.event().event().type()) {
            case Setup -> election = Election.parse(data(block, SetupData.parse(payload(block)).election()));
            case EncryptedTally -> tally = Optional.of(data(block, SizedEncryptedTally.parse(payload(block)).encryptedTally()));
            case Shuffle -> last = Optional.of(Shuffle.parse(
                data(block, OwnedPayload.parse(payload(block), "owned_shuffle").payload())));
            default -> {
              // Ballots and the rest: the archived tally already sums them up.
            }
          }
        }
      }
      if (election == null) {
        throw new CommandFailure("setup data are missing: " + bel.getFileName() + " has no Setup event");
      }
      if (!election.hasNonHomomorphicQuestions()) {
        return new Input(election, List.of());
      }
      if (last.isPresent()) {
        return new Input(election, last.get().ciphertexts());
      }
      if (tally.isEmpty()) {
        throw new CommandFailure("no encrypted tally: add the EncryptedTally event (election compute-encrypted-tally) before shuffling");
      }
      EncryptedTally encrypted = EncryptedTally.parse(tally.get());
      List<List<Ciphertext>> nh = new ArrayList<>();
      for (int i = 0; i < election.questions().size(); i++) {
        if (election.questions().get(i) instanceof NonHomomorphicQuestion) {
          nh.add(encrypted.questions().get(i));
        }
      }
      return new Input(election, nh);
    }

    private static byte[] payload(EventBlock block) {
      return block.payload().map(DataItem::bytes).orElseThrow(() -> new CommandFailure(
          "the " + block.event().event().type() + " event at entry " + block.event().index() + " names no payload written just before it"));
    }

    private static byte[] data(EventBlock block, String hash) {
      return block.data(hash).map(DataItem::bytes).orElseThrow(() -> new CommandFailure(
          "no data entry " + hash + " before the event at entry " + block.event().index()));
    }
  }
}
