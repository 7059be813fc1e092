package org.scrutineer.cli.belenios.election;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.BallotFactory;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.credential.Credential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code election generate-ballot}: encrypts and signs a vote (Belenios spec 2.0 §4.11–§4.15,
 * homomorphic and non-homomorphic questions alike) and
 * prints the ballot, ready for {@code archive add-event --type=Ballot}. Like belenios-tool it does
 * not check that the credential is registered.
 */
@Command(
    name = "generate-ballot",
    mixinStandardHelpOptions = true,
    description = {
      "Create a ballot and print it on standard output. BALLOT holds one JSON array per question:",
      "0/1 per answer, the blank slot first when blank votes are allowed, e.g. [[0,1,0]]; for a",
      "non-homomorphic question one integer from 0 to 255 per answer (a rank or a grade), e.g. [[2,1,3]]."
    })
public final class GenerateBallotCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  @Option(names = "--privcred", paramLabel = "PRIV_CRED", description = "Read the private credential from file PRIV_CRED.")
  private String privcred;

  @Option(names = "--ballot", paramLabel = "BALLOT", description = "Read the ballot choices from file BALLOT.")
  private String ballot;

  public GenerateBallotCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    ToolFiles.mandatory("--privcred", privcred);
    ToolFiles.mandatory("--ballot", ballot);
    Board board = directory.board(environment);
    List<List<Integer>> choices = choices(OneLineFile.read(environment, "--ballot", ballot, "invalid plaintext ballot file"));
    String line = OneLineFile.read(environment, "--privcred", privcred, "invalid credential");
    Credential credential =
        Credential.parse(line)
            .orElseThrow(() -> new CommandFailure("invalid credential: expected XXX-XXX-XXX-XXX-XXX with a valid checksum (spec §4.8)"));
    Ballot made = new BallotFactory(board.election(), environment.random().get()).create(credential, choices);
    environment.output(made.toJson());
    return 0;
  }

  /** The plaintext: a JSON array with one array of small integers per question. */
  private List<List<Integer>> choices(String line) {
    try {
      JsonNode node = JsonReading.parse(line.getBytes(StandardCharsets.UTF_8), ballot);
      return JsonReading.list(node, ballot, (question, path) -> JsonReading.list(question, path, JsonReading::smallInt));
    } catch (BeleniosFormatException e) {
      throw new CommandFailure("invalid plaintext ballot file: " + e.getMessage(), e);
    }
  }
}
