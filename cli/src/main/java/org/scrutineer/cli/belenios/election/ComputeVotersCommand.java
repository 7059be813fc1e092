package org.scrutineer.cli.belenios.election;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.credential.Credential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code election compute-voters --privcreds F}: the voters who cast a ballot, by their id in the
 * private credentials file ({@code ID CREDENTIAL} per line), in that file's order.
 *
 * <p>belenios-tool 2.0 prints nothing here (it never replays the ballots before looking for them);
 * Scrutineer prints what the command is documented to compute. Every ballot is checked first, as
 * the other commands do.
 */
@Command(
    name = "compute-voters",
    mixinStandardHelpOptions = true,
    description = "Print the ids of the voters who voted, from the ballots and the private credentials file.")
public final class ComputeVotersCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  @Option(names = "--privcreds", paramLabel = "PRIVCREDS", description = "Read private credentials (ID CREDENTIAL lines) from PRIVCREDS.")
  private String privcreds;

  public ComputeVotersCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    List<String> lines = new ArrayList<>();
    for (byte[] line : ToolFiles.lines(Files.readAllBytes(ToolFiles.existingFile(environment, "--privcreds", ToolFiles.mandatory("--privcreds", privcreds))))) {
      lines.add(new String(line, StandardCharsets.UTF_8));
    }
    Board board = directory.board(environment);
    Election election = board.election();
    List<String[]> entries = new ArrayList<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space < 0) {
        throw new CommandFailure("Invalid private credential line (\"" + line + "\"): expected ID CREDENTIAL");
      }
      entries.add(new String[] {line.substring(0, space), line.substring(space + 1)});
    }
    // PBKDF2 and g^s per voter: independent, so derived in parallel.
    List<BigInteger> order =
        entries.parallelStream()
            .map(
                entry ->
                    Credential.parse(entry[1])
                        .orElseThrow(() -> new CommandFailure("invalid credential for " + entry[0] + " in " + privcreds + " (spec §4.8)"))
                        .publicCredential(election.group(), election.uuid()))
            .toList();
    Map<BigInteger, String> ids = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      ids.put(order.get(i), entries.get(i)[0]);
    }
    BallotCasting.Outcome outcome = BallotCasting.cast(board, VoterRoll.parse(board.credentialsBytes(), election.group()));
    Map<BigInteger, String> lastBallot = new LinkedHashMap<>();
    outcome.ballots().forEach(ballot -> lastBallot.put(ballot.credential(), ballot.hash()));
    for (Map.Entry<BigInteger, String> voted : lastBallot.entrySet()) {
      if (!ids.containsKey(voted.getKey())) {
        String tracker = Base64.getEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(voted.getValue()));
        throw new CommandFailure("Unknown public key in ballot " + tracker + " (its credential is not in " + privcreds + ")");
      }
    }
    order.stream().distinct().filter(lastBallot::containsKey).map(ids::get).forEach(environment::output);
    return 0;
  }
}
