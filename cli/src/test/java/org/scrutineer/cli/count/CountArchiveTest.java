package org.scrutineer.cli.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;

/**
 * Issue #6 item 5: a verifiable preferential contest from the command line — a Belenios election
 * with a ranked (non-homomorphic) question is set up, voted, shuffled twice, decrypted and published
 * by {@code scrutineer belenios} alone (belenios-tool then verifies it), and {@code scrutineer count
 * --archive} verifies the archive and counts the decrypted rankings by the rules of a real rule book;
 * a tampered archive is counted by nobody.
 */
class CountArchiveTest {
  /** Question 1 homomorphic (approve?), question 2 ranked: Corbyn, Smith, Eagle. */
  static final String TEMPLATE =
      "{\"description\":\"Leader\",\"name\":\"leader\",\"questions\":[{\"answers\":[\"Yes\",\"No\"],\"min\":0,\"max\":1,\"question\":\"Approve the rules?\"},"
          + "{\"type\":\"NonHomomorphic\",\"value\":{\"answers\":[\"Corbyn\",\"Smith\",\"Eagle\"],\"question\":\"Rank the candidates\"}}]}";
  /** First preferences Corbyn 3, Smith 3, Eagle 2; Eagle's go to Smith: Smith wins by IRV, 5 to 3. */
  static final List<String> VOTES = List.of(
      "[[1,0],[1,2,3]]", "[[1,0],[1,3,2]]", "[[0,1],[1,0,0]]",
      "[[1,0],[2,1,3]]", "[[0,0],[3,1,2]]", "[[0,1],[0,1,0]]",
      "[[1,0],[3,2,1]]", "[[0,1],[0,2,1]]");

  @TempDir static Path root;
  static TestElection election;
  static String published;

  @BeforeAll
  static void publishedElection() throws Exception {
    Implementation tool = Implementation.SCRUTINEER;
    Path dir = Files.createDirectory(root.resolve("election"));
    List<String> voters = java.util.stream.IntStream.range(0, VOTES.size()).mapToObj(i -> "v" + i + "@example.org,v" + i).toList();
    election = TestElection.create(dir, "RFC-3526-2048", tool, tool, List.of(tool, tool), TEMPLATE, voters);
    for (int i = 0; i < VOTES.size(); i++) {
      election.vote(tool, tool, i, VOTES.get(i));
    }
    election.closeAndTally(tool);
    for (int shuffler = 1; shuffler <= 2; shuffler++) {
      election.append(tool, "Shuffle", tool.ok(dir, "election", "shuffle", "--trustee-id=" + shuffler).stdout());
    }
    tool.ok(dir, "archive", "add-event", "--type=EndShuffles");
    election.decrypt(tool, tool);
    published = election.publishResult(tool);
    assertThat(Implementation.BELENIOS_TOOL.ok(dir, "election", "verify").errLines()).contains("I: all checks passed");
  }

  private static CommandRun count(Path dir, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "count";
    System.arraycopy(args, 0, all, 1, args.length);
    return Scrutineer.run(dir, Clock.systemUTC(), new byte[0], all);
  }

  @Test
  void theVerifiedRankingsAreCountedByTheQuestionsCandidates(@TempDir Path work) throws Exception {
    Path archive = election.copyArchiveTo(work);
    CommandRun run = count(work, "--method", "irv", "--archive", archive.toString(), "--question", "2", "--json", "irv.json")
        .assertSucceeded();
    assertThat(run.errLines()).contains("I: verifying " + election.bel().getFileName() + " before counting it");
    assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("I: verified: 8 ballots counted, question 2 has 8 decrypted ballots"));
    assertThat(run.outLines()).contains("Elected, in order: Smith");
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("Corbyn +3 .*"));
    assertThat(Files.readString(work.resolve("irv.json"))).contains("\"winners\" : [ \"Smith\" ]");
  }

  @Test
  void theCountAgreesWithBeleniosToolsOwnMethodOnTheSameResult(@TempDir Path work) throws Exception {
    Path archive = election.copyArchiveTo(work);
    CommandRun ours = count(work, "--method", "stv-belenios", "--seats", "2", "--archive", archive.toString(), "--question", "2")
        .assertSucceeded();
    String rankings = nonHomomorphicEntry(published);
    CommandRun theirs = Implementation.BELENIOS_TOOL.ok(work, rankings.getBytes(StandardCharsets.UTF_8), "method", "stv", "--nseats", "2");
    Matcher winners = Pattern.compile("\"winners\":\\[(\\d+),(\\d+)\\]").matcher(theirs.out());
    assertThat(winners.find()).as(theirs.out()).isTrue();
    List<String> names = List.of("Corbyn", "Smith", "Eagle");
    assertThat(ours.outLines()).contains("Elected, in order: " + names.get(Integer.parseInt(winners.group(1))) + ", "
        + names.get(Integer.parseInt(winners.group(2))));
  }

  @Test
  void anArchiveThatDoesNotVerifyIsNotCounted(@TempDir Path work) throws Exception {
    Path archive = work.resolve(election.bel().getFileName());
    byte[] bytes = Files.readAllBytes(election.bel());
    // One digit of the last partial decryption's proof changed: that entry is no longer the one its
    // name and the chain promise.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int proof = text.lastIndexOf("\"response\":\"") + "\"response\":\"".length();
    bytes[proof] = (byte) (bytes[proof] == '1' ? '2' : '1');
    Files.write(archive, bytes);
    CommandRun run = count(work, "--method", "irv", "--archive", archive.toString(), "--question", "2", "--json", "irv.json");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("E: ERROR "));
    assertThat(run.errLines().get(run.errLines().size() - 1)).contains("does not verify").contains("nothing was counted");
    assertThat(work.resolve("irv.json")).doesNotExist();
    assertThat(run.outLines()).isEmpty();
  }

  @Test
  void theQuestionMustBeANonHomomorphicOneOfTheArchive(@TempDir Path work) throws Exception {
    Path archive = election.copyArchiveTo(work);
    CommandRun homomorphic = count(work, "--method", "irv", "--archive", archive.toString(), "--question", "1");
    assertThat(homomorphic.status()).isEqualTo(124);
    assertThat(homomorphic.errLines()).last().asString().contains("question 1 of").contains("is homomorphic").contains("give --question 2");
    CommandRun missing = count(work, "--method", "irv", "--archive", archive.toString(), "--question", "3");
    assertThat(missing.errLines()).last().asString().contains("--question 3 is not a question of").contains("give 1 to 2");
    CommandRun both = count(work, "--method", "irv", "--archive", archive.toString(), "--input", "x.csv", "--candidates", "A,B");
    assertThat(both.errLines()).containsExactly(
        "E: --input and --archive both given: count one or the other",
        "scrutineer: 1 problem; nothing was counted. Fix the command line and run again.");
    CommandRun noQuestion = count(work, "--method", "irv", "--archive", archive.toString(), "--candidates", "A,B");
    assertThat(noQuestion.errLines()).containsExactly(
        "E: --archive needs --question N: which non-homomorphic question of the election to count (1 = the first)",
        "E: --candidates \"A,B\" cannot rename an archive's candidates: they are the question's answers, in the election's order (drop --candidates)",
        "scrutineer: 2 problems; nothing was counted. Fix the command line and run again.");
  }

  /** The JSON array of result[1] — what {@code jq -c '.result[1]'} gives, demo-stv.sh's way. */
  private static String nonHomomorphicEntry(String result) {
    int start = result.indexOf("[[", result.indexOf("],") + 2);
    return result.substring(start, result.lastIndexOf(']', result.lastIndexOf(']') - 1) + 1);
  }
}
