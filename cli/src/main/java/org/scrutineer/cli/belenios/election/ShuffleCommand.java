package org.scrutineer.cli.belenios.election;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.shuffle.Shuffle;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.cli.CommandEnvironment;
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
 * (Belenios spec 2.0 §4.17 "Shuffles", §6). As belenios-tool 2.0 does, the input is the encrypted
 * tally recomputed from the ballots (§4.16; so it works before EndBallots too) merged with the last
 * Shuffle event's output (§4.17 merge), of which it takes the non-homomorphic questions
 * (nh_ciphertexts). Prints two lines, the {@code shuffle} and {@code {"owner":I,"payload":HASH}},
 * ready for {@code archive add-event --type=Shuffle}. An election without NH questions gets the
 * empty shuffle, as from belenios-tool. Earlier shuffles are not checked here (nor by the tool):
 * {@code election verify} does that.
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
    Board board = directory.board(environment);
    Election election = board.election();
    BallotCasting.Outcome outcome = BallotCasting.cast(board, VoterRoll.parse(board.credentialsBytes(), election.group()));
    List<ShuffledCiphertexts> questions = new ArrayList<>();
    for (List<Ciphertext> question : board.merged(outcome.tally()).nonHomomorphic(election)) {
      questions.add(VerifiableShuffle.shuffle(
          election.group(), election.fingerprint(), election.publicKey(), question, environment.random().get()));
    }
    byte[] json = Shuffle.of(questions).toJson();
    environment.output(json);
    environment.output(new OwnedPayload(owner, Sha256.hex(json)).toJson());
    return 0;
  }
}
