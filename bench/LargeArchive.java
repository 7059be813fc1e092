import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.archive.EventBlock;
import org.scrutineer.belenios.election.SetupData;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.belenios.ballot.BallotFactory;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Decimal;

/**
 * The two halves of bench/million-ballots.sh that the command line would make too slowly at a
 * million voters, on every core:
 *
 * <ul>
 *   <li>{@code credentials N UUID DIR}: N private credentials (DIR/private_creds.txt, one per line)
 *       and their public credentials (DIR/public_creds.json), as {@code setup generate-credentials}
 *       derives them (spec §4.8);
 *   <li>{@code ballots DIR BEL}: one ballot per private credential for the election in
 *       BEL, whose questions must have two answers (voter i picks answer i mod 2 of
 *       each), made as {@code
 *       election generate-ballot} makes them and appended to BEL in batches of {@value #BATCH}, one
 *       fsync each.
 * </ul>
 *
 * Run with the jar on the class path and java.math opened (docs/adr/0003): java --add-opens
 * java.base/java.math=ALL-UNNAMED -cp cli/target/scrutineer.jar bench/LargeArchive.java …
 */
public final class LargeArchive {
  private static final int BATCH = 20_000;

  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("credentials")) {
      credentials(Integer.parseInt(args[1]), args[2], Path.of(args[3]));
    } else if (args.length == 3 && args[0].equals("ballots")) {
      ballots(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println("usage: LargeArchive credentials N UUID DIR | ballots DIR BEL");
      System.exit(2);
    }
  }

  private static void credentials(int n, String uuid, Path dir) throws IOException {
    Group group = Group.BELENIOS_2048;
    SecureRandom random = new SecureRandom();
    try (BufferedWriter privates = Files.newBufferedWriter(dir.resolve("private_creds.txt"), StandardCharsets.US_ASCII);
        BufferedWriter publics = Files.newBufferedWriter(dir.resolve("public_creds.json"), StandardCharsets.US_ASCII)) {
      publics.write('[');
      for (int start = 0; start < n; start += BATCH) {
        int end = Math.min(n, start + BATCH);
        String[] secret = new String[end - start];
        String[] open = new String[end - start];
        IntStream.range(0, secret.length).parallel().forEach(i -> {
          Credential credential = Credential.generate(random);
          secret[i] = credential.reveal();
          open[i] = Decimal.of(credential.publicCredential(group, uuid));
        });
        for (int i = 0; i < secret.length; i++) {
          privates.write(secret[i]);
          privates.write('\n');
          publics.write(start + i > 0 ? ",\"" : "\"");
          publics.write(open[i]);
          publics.write('"');
        }
        System.err.printf("\r%d / %d credentials", end, n);
      }
      publics.write("]");
    }
    System.err.println();
  }

  private static void ballots(Path dir, Path bel) throws Exception {
    Election election = electionOf(bel);
    List<String> credentials = Files.readAllLines(dir.resolve("private_creds.txt"), StandardCharsets.US_ASCII);
    int answers = election.questions().size();
    election.group().precompute(election.publicKey()); // y is raised in every encryption and proof
    BallotFactory factory = new BallotFactory(election, new SecureRandom());
    for (int start = 0; start < credentials.size(); start += BATCH) {
      int end = Math.min(credentials.size(), start + BATCH);
      int first = start;
      byte[][] ballots = new byte[end - start][];
      IntStream.range(0, ballots.length).parallel().forEach(i -> {
        Credential credential = Credential.parse(credentials.get(first + i)).orElseThrow();
        List<List<Integer>> choices = new ArrayList<>();
        for (int q = 0; q < answers; q++) {
          choices.add((first + i) % 2 == 0 ? List.of(1, 0) : List.of(0, 1));
        }
        ballots[i] = factory.create(credential, choices).toJson();
      });
      List<ArchiveWriter.PendingEvent> events = new ArrayList<>(ballots.length);
      for (byte[] ballot : ballots) {
        events.add(new ArchiveWriter.PendingEvent(EventType.Ballot, List.of(ballot)));
      }
      ArchiveWriter.appendAll(bel, events);
      System.err.printf("\r%d / %d ballots", end, credentials.size());
    }
    System.err.println();
  }

  /** The election as the archive holds it: its fingerprint is the hash of those exact bytes. */
  private static Election electionOf(Path bel) throws Exception {
    try (ArchiveReader reader = ArchiveReader.open(bel)) {
      EventBlock setup = reader.nextBlock().orElseThrow();
      SetupData data = SetupData.parse(setup.payload().orElseThrow().bytes());
      return Election.parse(setup.data(data.election()).orElseThrow().bytes());
    }
  }

  private LargeArchive() {}
}
