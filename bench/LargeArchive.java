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
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.Question;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Decimal;

/**
 * The two halves of bench/million-ballots.sh and bench/shuffle-bench.sh that the command line would
 * make too slowly at a million voters (or at ten thousand with 2047-bit exponents), on every core:
 *
 * <ul>
 *   <li>{@code credentials N UUID DIR [GROUP]}: N private credentials (DIR/private_creds.txt, one per
 *       line) and their public credentials in GROUP (default BELENIOS-2048) (DIR/public_creds.json),
 *       as {@code setup generate-credentials} derives them (spec §4.8);
 *   <li>{@code ballots DIR BEL}: one ballot per private credential for the election in BEL, made as
 *       {@code election generate-ballot} makes them and appended to BEL in batches of {@value
 *       #BATCH}, one fsync each. Voter i picks answer i mod 2 of each homomorphic question, which
 *       must have two answers, and ranks the k answers of each non-homomorphic question by a
 *       permutation of 1…k, cycling through all k! (spec §4.11.2; rankings as in demo-stv.sh's
 *       votes.txt).
 * </ul>
 *
 * Run with the jar on the class path and java.math opened (docs/adr/0003): java --add-opens
 * java.base/java.math=ALL-UNNAMED -cp cli/target/scrutineer.jar bench/LargeArchive.java …
 */
public final class LargeArchive {
  private static final int BATCH = 20_000;

  public static void main(String[] args) throws Exception {
    if ((args.length == 4 || args.length == 5) && args[0].equals("credentials")) {
      String name = args.length == 5 ? args[4] : Group.BELENIOS_2048.name();
      Group group =
          Group.byName(name)
              .orElseThrow(() -> new IllegalArgumentException("unknown group " + name + ", expected one of "
                  + Group.knownNames()));
      credentials(Integer.parseInt(args[1]), args[2], Path.of(args[3]), group);
    } else if (args.length == 3 && args[0].equals("ballots")) {
      ballots(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println("usage: LargeArchive credentials N UUID DIR [GROUP] | ballots DIR BEL");
      System.exit(2);
    }
  }

  private static void credentials(int n, String uuid, Path dir, Group group) throws IOException {
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
    List<Question> questions = election.questions();
    election.group().precompute(election.publicKey()); // y is raised in every encryption and proof
    BallotFactory factory = new BallotFactory(election, new SecureRandom());
    for (int start = 0; start < credentials.size(); start += BATCH) {
      int end = Math.min(credentials.size(), start + BATCH);
      int first = start;
      byte[][] ballots = new byte[end - start][];
      IntStream.range(0, ballots.length).parallel().forEach(i -> {
        Credential credential = Credential.parse(credentials.get(first + i)).orElseThrow();
        List<List<Integer>> choices = new ArrayList<>();
        for (Question question : questions) {
          choices.add(
              question instanceof NonHomomorphicQuestion nh
                  ? ranking(nh.answers().size(), first + i)
                  : (first + i) % 2 == 0 ? List.of(1, 0) : List.of(0, 1));
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

  /** A permutation of the ranks 1…k, a different one for each of k! consecutive indices. */
  private static List<Integer> ranking(int k, int index) {
    List<Integer> left = new ArrayList<>(IntStream.rangeClosed(1, k).boxed().toList());
    List<Integer> ranks = new ArrayList<>(k);
    int rest = index;
    for (int n = k; n > 0; n--) {
      ranks.add(left.remove(rest % n));
      rest /= n;
    }
    return ranks;
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
