package org.scrutineer.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.verify.ArchiveVerifier;
import org.scrutineer.archive.verify.Finding;
import org.scrutineer.archive.verify.VerificationReport;
import org.scrutineer.archive.verify.VerificationProgress;
import org.scrutineer.archive.verify.VerifierOptions;
import org.scrutineer.cli.ThrottledLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scrutineer demo election}: a small election run end to end on this machine and verified —
 * the flow of belenios-tool's {@code demo.sh}, with every step done by Scrutineer's own {@code
 * belenios} commands: credentials, two trustees, simulated voters (some revote, some vote blank),
 * tally, decryption, result, then verification by Scrutineer and, when it is installed, by
 * belenios-tool. The published result is checked against the votes the simulation cast.
 */
@Command(
    name = "election",
    mixinStandardHelpOptions = true,
    description = "Run a small verifiable election end to end and verify it.")
public final class DemoElectionCommand implements Callable<Integer> {
  private static final List<String> LEADER = List.of("Owen Smith", "Jeremy Corbyn");
  private static final List<String> NEC = List.of("Ann Black", "Christine Shawcroft", "Rhea Wolfson", "Darren Williams");

  @Spec private CommandSpec spec;

  private final CommandEnvironment environment;

  public DemoElectionCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Option(names = "--voters", paramLabel = "N", defaultValue = "40", description = "Number of voters (default: ${DEFAULT-VALUE}).")
  private int voters;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2016", description = "Seed of the simulated voters' choices (keys and nonces stay random) (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the election (default: a new directory under the system temporary directory).")
  private Path dir;

  @Override
  public Integer call() throws IOException {
    if (voters < 1 || voters > 100_000) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--voters must be between 1 and 100000, got " + voters);
    }
    PrintWriter out = spec.commandLine().getOut();
    Path directory = dir != null ? Files.createDirectories(environment.resolve(dir.toString())) : Files.createTempDirectory("scrutineer-demo-");
    if (dir != null) {
      try (Stream<Path> existing = Files.list(directory)) {
        if (existing.findAny().isPresent()) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(), directory + " is not empty; give an empty or new --dir");
        }
      }
    }
    InProcessTool tool = new InProcessTool(directory);
    out.println("Election directory: " + directory);

    out.println("1/6 Setup: credentials for " + voters + " voters, 2 trustees, election");
    String uuid = tool.runText("setup", "generate-token");
    StringBuilder voterLines = new StringBuilder();
    for (int i = 1; i <= voters; i++) {
      voterLines.append("voter").append(i).append("@example.org,voter").append(i).append(",1\n");
    }
    Files.writeString(directory.resolve("voters.txt"), voterLines);
    tool.runText("setup", "generate-credentials", "--uuid", uuid, "--group", "BELENIOS-2048", "--file", "voters.txt");
    move(directory, ".pubcreds", "public_creds.json");
    move(directory, ".privcreds", "private_creds.txt");
    tool.runText("setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    tool.runText("setup", "generate-trustee-key", "--group", "BELENIOS-2048");
    List<Path> privateKeys = files(directory, ".privkey");
    StringBuilder publicKeys = new StringBuilder();
    for (Path key : files(directory, ".pubkey")) {
      publicKeys.append(Files.readString(key).trim()).append('\n');
    }
    Files.writeString(directory.resolve("public_keys.jsons"), publicKeys);
    tool.runText("setup", "make-trustees");
    Files.writeString(directory.resolve("template.json"), template());
    tool.runText("setup", "make-election", "--uuid", uuid, "--group", "BELENIOS-2048", "--template", "template.json");
    tool.runText("archive", "init");
    Path bel = directory.resolve(uuid + ".bel");

    out.println("2/6 Voting: every voter votes, some change their mind and vote again");
    List<String> credentials = Files.readAllLines(directory.resolve("private_creds.txt")).stream()
        .map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
    Random choices = new Random(seed);
    List<int[][]> votes = new ArrayList<>();
    List<Integer> voterOf = new ArrayList<>();
    for (int i = 0; i < credentials.size(); i++) {
      votes.add(vote(choices));
      voterOf.add(i);
    }
    for (int i = 0; i < credentials.size(); i += 7) { // one voter in seven revotes
      votes.add(vote(choices));
      voterOf.add(i);
    }
    byte[][] ballots = new byte[votes.size()][];
    ThrottledLines progress = progressLines(out);
    AtomicInteger made = new AtomicInteger();
    IntStream.range(0, votes.size()).parallel().forEach(k -> {
      Path choiceFile = directory.resolve("choice-" + k + ".json");
      Path credentialFile = directory.resolve("credential-" + k + ".txt");
      try {
        Files.writeString(choiceFile, json(votes.get(k)));
        Files.writeString(credentialFile, credentials.get(voterOf.get(k)) + "\n");
        ballots[k] = tool.run(new byte[0], "election", "generate-ballot", "--privcred", credentialFile.getFileName().toString(), "--ballot", choiceFile.getFileName().toString());
        Files.delete(choiceFile);
        Files.delete(credentialFile);
        progress.offer("    " + made.incrementAndGet() + " of " + votes.size() + " ballots made");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    List<ArchiveWriter.PendingEvent> events = new ArrayList<>();
    for (byte[] ballot : ballots) {
      events.add(new ArchiveWriter.PendingEvent(EventType.Ballot, List.of(trimmed(ballot))));
    }
    ArchiveWriter.appendAll(bel, events);
    out.println("    " + votes.size() + " ballots cast by " + credentials.size() + " voters");

    out.println("3/6 Tally: close the ballot box, multiply the encrypted ballots");
    tool.run(new byte[0], "archive", "add-event", "--type", "EndBallots");
    tool.run(tool.run(new byte[0], "election", "compute-encrypted-tally"), "archive", "add-event", "--type", "EncryptedTally");

    out.println("4/6 Decryption: each trustee decrypts the tally, with proofs");
    for (int t = 0; t < privateKeys.size(); t++) {
      byte[] partial = tool.run(new byte[0], "election", "decrypt", "--privkey", privateKeys.get(t).getFileName().toString(), "--trustee-id", Integer.toString(t + 1));
      tool.run(partial, "archive", "add-event", "--type", "PartialDecryption");
    }
    byte[] result = tool.run(new byte[0], "election", "compute-result");
    tool.run(result, "archive", "add-event", "--type", "Result");

    out.println("5/6 Verification by Scrutineer");
    ThrottledLines checked = progressLines(out);
    VerificationProgress verifying = new VerificationProgress() {
      @Override
      public void ballotsRead(long count) {
        checked.offer("    " + count + " of " + votes.size() + " ballots read and being checked");
      }
    };
    VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults().withProgress(verifying)).verify(bel);
    report.findings().forEach(finding -> out.println("    " + finding));
    String expected = expectedResult(votes, voterOf, credentials.size());
    String published = new String(trimmed(result), StandardCharsets.UTF_8);
    boolean resultMatches = published.equals("{\"result\":" + expected + "}");
    out.println("    archive " + (report.passed() ? "verified" : "FAILED verification") + "; published result " + published
        + (resultMatches ? " matches" : " DOES NOT match") + " the simulated votes " + expected);

    out.println("6/6 Verification by belenios-tool");
    boolean theirs = BeleniosToolCheck.verify(directory, environment.variables().getOrDefault("PATH", ""), votes.size(), out);

    printResult(out, report);
    out.println("Archive: " + bel);
    out.println("Re-verify it yourself: ./scrutineer belenios election verify --dir " + directory
        + "   or   belenios-tool election verify --dir " + directory);
    out.flush();
    return report.passed() && resultMatches && theirs ? 0 : 124;
  }

  /** Progress lines for the long steps of a large demo, on standard output with the rest. */
  private ThrottledLines progressLines(PrintWriter out) {
    return new ThrottledLines(line -> {
      out.println(line);
      out.flush();
    }, environment.clock());
  }

  /** A simulated voter: leader (blank slot first; 1 in 10 vote blank), then 1 or 2 NEC candidates. */
  private static int[][] vote(Random random) {
    int[] leader = new int[1 + LEADER.size()];
    if (random.nextInt(10) == 0) {
      leader[0] = 1;
    } else {
      leader[1 + (random.nextInt(100) < 62 ? 1 : 0)] = 1;
    }
    int[] nec = new int[NEC.size()];
    nec[random.nextInt(NEC.size())] = 1;
    if (random.nextBoolean()) {
      nec[random.nextInt(NEC.size())] = 1;
    }
    return new int[][] {leader, nec};
  }

  /** The result the trustees must find: the sum of each voter's last vote (spec §4.15 last()). */
  private static String expectedResult(List<int[][]> votes, List<Integer> voterOf, int voterCount) {
    int[][][] last = new int[voterCount][][];
    for (int k = 0; k < votes.size(); k++) {
      last[voterOf.get(k)] = votes.get(k);
    }
    int[][] sums = new int[][] {new int[1 + LEADER.size()], new int[NEC.size()]};
    for (int[][] vote : last) {
      for (int q = 0; q < sums.length; q++) {
        for (int a = 0; a < sums[q].length; a++) {
          sums[q][a] += vote[q][a];
        }
      }
    }
    return json(sums);
  }

  private static void printResult(PrintWriter out, VerificationReport report) {
    if (report.result().isEmpty()) {
      return;
    }
    List<List<BigInteger>> counts = report.result().get().counts();
    out.println();
    out.println("Leader (blank votes allowed)");
    out.printf("  %-22s %6s%n", "blank", counts.get(0).get(0));
    for (int a = 0; a < LEADER.size(); a++) {
      out.printf("  %-22s %6s%n", LEADER.get(a), counts.get(0).get(a + 1));
    }
    out.println("NEC (choose 1 or 2)");
    for (int a = 0; a < NEC.size(); a++) {
      out.printf("  %-22s %6s%n", NEC.get(a), counts.get(1).get(a));
    }
    out.println();
  }

  private static String template() {
    return "{\"description\":\"Scrutineer demo: a 2016-shaped leadership ballot\",\"name\":\"Leadership election (demo)\","
        + "\"questions\":[{\"answers\":[\"Owen Smith\",\"Jeremy Corbyn\"],\"blank\":true,\"min\":1,\"max\":1,\"question\":\"Leader\"},"
        + "{\"answers\":[\"Ann Black\",\"Christine Shawcroft\",\"Rhea Wolfson\",\"Darren Williams\"],\"min\":1,\"max\":2,\"question\":\"NEC\"}]}\n";
  }

  private static String json(int[][] vectors) {
    StringBuilder text = new StringBuilder("[");
    for (int q = 0; q < vectors.length; q++) {
      text.append(q == 0 ? "[" : ",[");
      for (int a = 0; a < vectors[q].length; a++) {
        text.append(a == 0 ? "" : ",").append(vectors[q][a]);
      }
      text.append(']');
    }
    return text.append(']').toString();
  }

  private static byte[] trimmed(byte[] line) {
    return new String(line, StandardCharsets.UTF_8).trim().getBytes(StandardCharsets.UTF_8);
  }

  private static List<Path> files(Path directory, String suffix) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static void move(Path directory, String suffix, String name) throws IOException {
    List<Path> found = files(directory, suffix);
    if (found.size() != 1) {
      throw new IllegalStateException("expected one *" + suffix + " file in " + directory + ", found " + found);
    }
    Files.move(found.get(0), directory.resolve(name));
  }
}
