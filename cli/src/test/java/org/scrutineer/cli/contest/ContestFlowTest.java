package org.scrutineer.cli.contest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.contest.directory.ContestDirectory;
import org.scrutineer.contest.directory.DirectoryLock;
import org.scrutineer.crypto.hash.Sha256;

/**
 * {@code scrutineer contest …} end to end on a small synthetic register (issue #7 item 6): the happy
 * path from init to verify, and bad steps — tally before close, a line that is not a ballot, a
 * tampered archive — each refused with a clear error and changing nothing in the directory; a ballot
 * from a removed voter, or replayed, is rejected and recorded in rejections.json, never cast.
 */
class ContestFlowTest {
  @TempDir Path work;

  private Path dir;

  @BeforeEach
  void register() {
    dir = work.resolve("contest");
    Scrutineer.run(work, Clock.systemUTC(), new byte[0], "demo", "register", "--people", "60", "--seed", "9", "--dir", "register").assertSucceeded();
  }

  private CommandRun contest(String command, String... args) {
    List<String> all = new ArrayList<>(List.of("contest", command, "--dir", dir.toString()));
    all.addAll(List.of(args));
    return Scrutineer.run(work, Clock.systemUTC(), new byte[0], all.toArray(String[]::new));
  }

  /** init → electorate → nominations (2016's two candidates) → open, each of which must succeed. */
  private void open(String... openOptions) throws IOException {
    openWith("2016-challenge", openOptions);
  }

  /** init → electorate → nominations of the example set {@code nominationsSet} → open, each of which must succeed. */
  private void openWith(String nominationsSet, String... openOptions) throws IOException {
    contest("init", "--name", "Leadership (test)", "--rules", example("rules/2016-nec.json").toString()).assertSucceeded();
    contest("electorate", "--extracts", "register").assertSucceeded();
    Path nominations = example("nominations/" + nominationsSet);
    List<String> files = new ArrayList<>(List.of("--rules", nominations.resolve("rules.json").toString(), "--nominators",
        nominations.resolve("nominators.csv").toString(), "--nominations", nominations.resolve("nominations.csv").toString(), "--withdrawals",
        nominations.resolve("withdrawals.csv").toString()));
    if (nominationsSet.startsWith("vacancy")) {
      // A vacancy's candidates also need supporting nominations (CLPs or affiliates).
      files.addAll(List.of("--clp", nominations.resolve("clp.csv").toString(), "--affiliates", nominations.resolve("affiliates.csv").toString()));
    }
    contest("nominations", files.toArray(String[]::new)).assertSucceeded();
    contest("open", openOptions).assertSucceeded();
  }

  /** The {@code k}-th voter of {@code section}: their id and private credential (private/credentials/). */
  private String[] voter(String section, int k) throws IOException {
    String line = Files.readAllLines(dir.resolve("private/credentials/" + section + ".privcreds")).get(k);
    String login = line.substring(0, line.lastIndexOf(' ')).split(",")[1];
    return new String[] {login, line.substring(line.lastIndexOf(' ') + 1)};
  }

  /** A ballot made by our generate-ballot for voter {@code k} of {@code section}: {@code choice} e.g. [[0,1,0]]. */
  private String ballot(String section, int k, String choice) throws IOException {
    Path cast = dir.resolve("sections/" + section + "/cast");
    Path credential = work.resolve("credential.txt");
    Files.writeString(credential, voter(section, k)[1] + "\n");
    Files.writeString(work.resolve("choice.json"), choice + "\n");
    return Scrutineer.ok(cast, "election", "generate-ballot", "--privcred", credential.toString(), "--ballot", work.resolve("choice.json").toString())
        .out().strip();
  }

  private CommandRun cast(String... ballots) throws IOException {
    Path file = Files.writeString(work.resolve("ballots.txt"), String.join("\n", ballots) + "\n");
    return contest("cast", "--ballots", file.toString());
  }

  private Map<String, String> snapshot() throws IOException {
    return new ContestDirectory(dir).snapshot();
  }

  @Test
  void aWholeContest_castRemoveCloseTallyReportVerify_givesTheResultBySectionAndVerifies() throws Exception {
    open();
    List<String> sections = new ArrayList<>();
    new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("contest.json"))).path("elections").fieldNames().forEachRemaining(sections::add);
    assertThat(sections).contains("member");
    // Candidates in ballot order: Jeremy Corbyn, Owen Smith. Each section: voter 0 for Corbyn, voter 1 blank;
    // in member, voter 2 votes Smith then revotes Corbyn, and voter 3 votes Smith and is then removed.
    List<String> ballots = new ArrayList<>();
    for (String section : sections) {
      ballots.add(ballot(section, 0, "[[0,1,0]]"));
      if (Files.readAllLines(dir.resolve("private/credentials/" + section + ".privcreds")).size() > 1) {
        ballots.add(ballot(section, 1, "[[1,0,0]]"));
      }
    }
    ballots.add(ballot("member", 2, "[[0,0,1]]"));
    ballots.add(ballot("member", 3, "[[0,0,1]]"));
    cast(ballots.toArray(String[]::new)).assertSucceeded();
    cast(ballot("member", 2, "[[0,1,0]]")).assertSucceeded();
    contest("remove", "--voter", voter("member", 3)[0], "--reason", "intimidation of other voters", "--authority", "NEC disputes panel",
        "--decided", "2016-09-01").assertSucceeded();
    // Rejected and recorded, never cast: a replay of voter 0's ballot, and a new ballot of the removed voter.
    CommandRun rejected = cast(ballots.get(0), ballot("member", 3, "[[0,1,0]]"));
    assertThat(rejected.status()).as("done, some input rejected").isEqualTo(1);
    assertThat(rejected.out()).contains("2 ballots rejected (not cast), recorded in rejections.json");
    contest("close").assertSucceeded();
    contest("tally").assertSucceeded();
    CommandRun report = contest("report").assertSucceeded();
    CommandRun verify = contest("verify").assertSucceeded();

    JsonNode result = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("result.json")));
    JsonNode member = result.path("sections").get(0);
    assertThat(member.path("section").asText()).isEqualTo("member");
    assertThat(member.path("removed").asLong()).isEqualTo(1);
    assertThat(member.path("candidates").get(0).path("votes").asLong()).as("Corbyn in member: voter 0 and voter 2's revote").isEqualTo(2);
    assertThat(member.path("candidates").get(1).path("votes").asLong()).as("Smith in member: the removed vote is not counted").isZero();
    assertThat(member.path("spoilt").asLong()).isEqualTo(1);
    assertThat(result.path("total").path("candidates").get(0).path("votes").asLong()).isEqualTo(sections.size() + 1);
    assertThat(result.path("format").asText()).isEqualTo("scrutineer-contest-result/1");
    assertThat(member.path("received").asLong()).as("five ballots, one a revote").isEqualTo(5);
    assertThat(member.path("cast").asLong()).as("four voters").isEqualTo(4);
    assertThat(member.path("counted").asLong()).as("less the removed voter's").isEqualTo(3);
    assertThat(member.path("rejected").path("ballots").asLong()).isEqualTo(2);
    assertThat(member.path("rejected").path("reasons").findValuesAsText("reason")).containsExactlyInAnyOrder(
        "signed with a credential whose vote was removed", "the same ballot was cast already (a replay)");
    assertThat(result.path("sources").findValuesAsText("path").subList(0, 3))
        .containsExactly("electorate/snapshot.json", "removals.json", "rejections.json");
    assertThat(report.out()).contains("Elected: Jeremy Corbyn", "Votes removed", "Verification: ", "0 FAILED", "report.html");
    assertThat(report.out()).startsWith(Files.readString(dir.resolve("summary.txt")));
    String html = Files.readString(dir.resolve("report.html"));
    for (String section : sections) {
      assertThat(html).contains("<table class=\"result\" data-section=\"" + section + "\">");
    }
    assertThat(html).contains("people on the register were considered", "<table class=\"eligibility\">");
    assertThat(html).contains("<table class=\"result\" data-section=\"total\">", "<svg", "intimidation of other voters",
        "belenios-tool election verify --dir contest/sections/member/counted").doesNotContain("FAILED");
    assertThat(verify.out()).contains("member: same Setup; counted ballots = cast ballots (5) minus 1", "the contest verifies");
    assertThat(Files.readString(dir.resolve("removals.json"))).contains("\"authority\" : \"NEC disputes panel\"").doesNotContain(voter("member", 3)[0]);
    for (String section : sections) {
      assertBeleniosToolVerifies(dir.resolve("sections/" + section + "/counted"));
    }
  }

  @Test
  void thresholdTrustees_twoOfThreeDecrypt_andEveryArchiveVerifies() throws Exception {
    open("--trustees", "2-of-3");
    assertThat(Files.readString(dir.resolve("trustees/trustees.json"))).startsWith("[[\"Pedersen\",{\"threshold\":2,");
    cast(ballot("member", 0, "[[0,1,0]]"), ballot("member", 1, "[[0,0,1]]")).assertSucceeded();
    contest("close").assertSucceeded();
    Map<String, String> before = snapshot();
    CommandRun one = contest("tally", "--trustee-key", dir.resolve("private/trustees/2.key").toString());
    assertThat(one.stderr()).contains("the 2-of-3 trustees need 2 different ones to decrypt");
    assertThat(snapshot()).isEqualTo(before);

    CommandRun tally = contest("tally", "--trustee-key", dir.resolve("private/trustees/1.key").toString(), "--trustee-key",
        dir.resolve("private/trustees/3.key").toString()).assertSucceeded();
    contest("verify").assertSucceeded();

    assertThat(tally.out()).contains("decrypted by 2 of the 2-of-3 threshold trustees: [1.key, 3.key]");
    JsonNode member = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("result.json"))).path("sections").get(0);
    assertThat(member.path("candidates").get(0).path("votes").asLong()).isEqualTo(1);
    assertThat(member.path("candidates").get(1).path("votes").asLong()).isEqualTo(1);
    assertBeleniosToolVerifies(dir.resolve("sections/member/counted"));
  }

  /**
   * Four candidates ranked, one trustee: A = Ada Byrne, B = Ben Okafor, C = Cara Singh, D = Dana
   * Hughes. Members' first preferences A 3, B 1, C 3, D 2 and a blank; a D vote removed. B is
   * eliminated (to A: A 4, C 3, D 2), then D (both to C): C wins 5 to 4 of 9 in round 3.
   */
  @Test
  void rankedBallot_shuffledDecryptedAndCountedByTheAlternativeVote_andVerified() throws Exception {
    openWith("vacancy-2020-four", "--ballot", "ranked");
    JsonNode contestJson = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("contest.json")));
    assertThat(contestJson.path("ballot").asText()).isEqualTo("ranked");
    assertThat(contestJson.path("method").asText()).isEqualTo("irv");
    assertThat(contestJson.path("group").asText()).isEqualTo("RFC-3526-2048");
    String[] rankings = {"[[1,2,0,0]]", "[[0,0,0,0]]", "[[2,0,1,0]]", "[[0,0,2,1]]", "[[1,0,0,2]]", "[[0,0,1,0]]", "[[0,0,2,1]]",
      "[[0,0,1,2]]", "[[2,1,0,0]]", "[[1,0,0,0]]", "[[0,0,0,1]]"};
    List<String> ballots = new ArrayList<>();
    for (int k = 0; k < rankings.length; k++) {
      ballots.add(ballot("member", k, rankings[k]));
    }
    cast(ballots.toArray(String[]::new)).assertSucceeded();
    contest("remove", "--voter", voter("member", 10)[0], "--reason", "intimidation of other voters", "--authority", "NEC disputes panel",
        "--decided", "2020-03-01").assertSucceeded();
    contest("close").assertSucceeded();
    CommandRun tally = contest("tally").assertSucceeded();
    CommandRun verify = contest("verify").assertSucceeded();

    assertThat(tally.out()).contains("member: 10 ballots counted (1 of removed credentials left out), shuffled by trustees [1], archive verified");
    JsonNode count = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("count.json")));
    assertThat(count.path("method").asText()).isEqualTo("irv");
    assertThat(count.path("winners").get(0).asText()).isEqualTo("Cara Singh");
    assertThat(count.path("rounds")).hasSize(3);
    assertThat(count.path("sections").path("member").get(0).path("tally").path("Ada Byrne").asInt()).isEqualTo(3);
    JsonNode member = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("result.json"))).path("sections").get(0);
    assertThat(member.path("candidates")).extracting(candidate -> candidate.path("votes").asLong()).containsExactly(3L, 1L, 3L, 2L);
    assertThat(member.path("spoilt").asLong()).isEqualTo(1);
    assertThat(verify.out()).contains("count.json is the alternative vote on the verified rankings of every section (3 rounds, elected: Cara Singh)");
    assertBeleniosToolVerifies(dir.resolve("sections/member/counted"));

    Files.writeString(dir.resolve("count.json"), Files.readString(dir.resolve("count.json")).replace("Cara Singh\" ]", "Ada Byrne\" ]"));
    CommandRun tampered = contest("verify");
    assertThat(tampered.status()).isEqualTo(124);
    assertThat(tampered.stderr()).contains("count.json");
  }

  @Test
  void openRefusesAnUnknownBallot() throws Exception {
    CommandRun open = contest("open", "--ballot", "approval");
    assertThat(open.status()).isNotZero();
    assertThat(open.stderr()).contains("--ballot approval is not a ballot: give plurality or ranked");
  }

  @Test
  void tallyBeforeClose_isRefusedNamingTheStepToRun_andChangesNothing() throws Exception {
    open();
    cast(ballot("member", 0, "[[0,1,0]]")).assertSucceeded();
    Map<String, String> before = snapshot();

    CommandRun tally = contest("tally");

    assertThat(tally.status()).isEqualTo(124);
    assertThat(tally.stderr()).contains("tally needs the ballot box closed: run `scrutineer contest close` first");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aBallotFromARemovedVoter_isRejectedAndRecordedWithoutItsContent_andTheOthersAreCast() throws Exception {
    open();
    String fine = ballot("member", 0, "[[0,1,0]]");
    String removedVoters = ballot("member", 1, "[[0,0,1]]");
    contest("remove", "--voter", voter("member", 1)[0], "--reason", "intimidation", "--authority", "NEC disputes panel", "--decided", "2016-09-01")
        .assertSucceeded();
    Path archive = castArchive("member");
    long before = Files.size(archive);

    CommandRun cast = cast(fine, removedVoters);

    assertThat(cast.status()).isEqualTo(1);
    assertThat(cast.stderr()).contains("W: ballot 2 (member): is signed with a credential whose vote was removed (removal 1, decided 2016-09-01"
        + " by NEC disputes panel)", "recorded as rejection 1 in rejections.json");
    assertThat(cast.out()).contains("member: 1 ballot cast", "1 ballot rejected (not cast), recorded in rejections.json");
    String appended = new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1).substring((int) before);
    assertThat(appended).as("the good ballot is cast").contains(fine).doesNotContain(removedVoters);
    JsonNode rejection = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("rejections.json"))).path("rejections").get(0);
    assertThat(rejection.path("number").asInt()).isEqualTo(1);
    assertThat(rejection.path("section").asText()).isEqualTo("member");
    assertThat(rejection.path("reason").asText()).isEqualTo("credential-removed");
    assertThat(rejection.path("tracker").asText()).as("its smart ballot tracker, as belenios-tool sha256-b64 gives it")
        .isEqualTo(Sha256.base64(removedVoters.getBytes(StandardCharsets.UTF_8)));
    assertThat(rejection.toString()).as("nothing of the ballot's content").doesNotContain("alpha", "proof", voter("member", 1)[0]);
  }

  @Test
  void aBallotFromARemovedVoterAlone_castsNothing_andChangesNothingButTheRejectionLog() throws Exception {
    open();
    cast(ballot("member", 0, "[[0,1,0]]")).assertSucceeded();
    String removedVoters = ballot("member", 1, "[[0,0,1]]");
    contest("remove", "--voter", voter("member", 1)[0], "--reason", "intimidation", "--authority", "NEC disputes panel", "--decided", "2016-09-01")
        .assertSucceeded();
    Map<String, String> before = snapshot();

    CommandRun cast = cast(removedVoters);

    assertThat(cast.status()).isEqualTo(1);
    assertThat(cast.stderr()).contains("W: ballot 1 (member): is signed with a credential whose vote was removed");
    assertThat(cast.out()).doesNotContain("cast\n").contains("1 ballot rejected (not cast)");
    Map<String, String> after = new java.util.HashMap<>(snapshot());
    assertThat(after.remove("rejections.json")).isNotNull();
    after.remove("contest.json");
    Map<String, String> unchanged = new java.util.HashMap<>(before);
    unchanged.remove("contest.json");
    assertThat(after).as("every ballot box, and every other file, as it was").isEqualTo(unchanged);
    contest("close").assertSucceeded();
    contest("tally").assertSucceeded();
    assertThat(new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("result.json"))).path("sections").get(0).path("counted").asLong())
        .as("voter 0's ballot only").isEqualTo(1);
  }

  @Test
  void aBatchWithALineThatIsNotABallot_isRefusedWhole_andAReplayIsRejectedAndRecorded() throws Exception {
    open();
    String ballot = ballot("member", 0, "[[0,1,0]]");
    cast(ballot).assertSucceeded();
    Map<String, String> before = snapshot();

    CommandRun garbage = cast(ballot("member", 1, "[[1,0,0]]"), "{\"not\":\"a ballot\"}");

    assertThat(garbage.status()).isEqualTo(124);
    assertThat(garbage.stderr()).contains("ballot 2: is not a Belenios ballot", "nothing of this batch was cast");
    assertThat(snapshot()).as("not even the good ballot of the batch is cast").isEqualTo(before);

    long size = Files.size(castArchive("member"));
    CommandRun replay = cast(ballot);

    assertThat(replay.status()).isEqualTo(1);
    assertThat(replay.stderr()).contains("W: ballot 1 (member): was cast already");
    assertThat(Files.size(castArchive("member"))).isEqualTo(size);
    JsonNode rejections = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("rejections.json"))).path("rejections");
    assertThat(rejections).hasSize(1);
    assertThat(rejections.get(0).path("reason").asText()).isEqualTo("cast-already");
    assertThat(contest("verify").assertSucceeded().out()).contains("rejections.json: its 1 rejection(s) agree with the cast archives");

    // A log claiming the cast ballot was refused for its proofs is caught by its digest and by its content.
    Path log = dir.resolve("rejections.json");
    Files.writeString(log, Files.readString(log).replace("\"cast-already\"", "\"fails-checks\""));
    CommandRun verify = contest("verify");
    assertThat(verify.status()).isEqualTo(124);
    assertThat(verify.stderr()).contains("E: rejections.json changed",
        "E: rejections.json: rejection 1 (member, fails-checks): the rejected ballot is in the section's cast archive");
  }

  private Path castArchive(String section) throws IOException {
    try (var files = Files.list(dir.resolve("sections/" + section + "/cast"))) {
      return files.filter(file -> file.toString().endsWith(".bel")).findFirst().orElseThrow();
    }
  }

  @Test
  void whileAnotherStepHoldsTheContest_aStepIsRefusedAndChangesNothing_thenRunsOnceItIsFree() throws Exception {
    open();
    String ballot = ballot("member", 0, "[[0,1,0]]");
    Map<String, String> before = snapshot();

    try (DirectoryLock busy = DirectoryLock.tryAcquire(dir, false).orElseThrow()) {
      CommandRun cast = cast(ballot);
      CommandRun verify = contest("verify");

      assertThat(cast.status()).isEqualTo(124);
      assertThat(cast.stderr()).contains("cast cannot run while another step works on this contest", "nothing changed");
      assertThat(verify.status()).isEqualTo(124);
      assertThat(verify.stderr()).contains("verify cannot run while another step works on this contest");
      assertThat(snapshot()).isEqualTo(before);
    }
    cast(ballot).assertSucceeded();
  }

  @Test
  void aTamperedArchive_stopsTheTallyAndFailsVerify_andChangesNothing() throws Exception {
    open();
    cast(ballot("member", 0, "[[0,1,0]]")).assertSucceeded();
    contest("close").assertSucceeded();
    Path archive = castArchive("member");
    byte[] bytes = Files.readAllBytes(archive);
    bytes[bytes.length / 2] ^= 1;
    Files.write(archive, bytes);
    Map<String, String> before = snapshot();

    CommandRun tally = contest("tally");
    CommandRun verify = contest("verify");

    assertThat(tally.status()).isEqualTo(124);
    assertThat(tally.stderr()).contains("sections/member/cast/" + archive.getFileName() + " changed", "since `scrutineer contest close` wrote it");
    assertThat(verify.status()).isEqualTo(124);
    assertThat(verify.stderr()).contains("E: sections/member/cast/" + archive.getFileName());
    assertThat(snapshot()).isEqualTo(before);
  }

  private static Path example(String path) {
    try {
      return Path.of(ContestFlowTest.class.getResource("/examples/" + path).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** belenios-tool, when installed, verifies the archive in {@code directory}. */
  private static void assertBeleniosToolVerifies(Path directory) throws Exception {
    boolean installed = false;
    for (String path : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      installed |= !path.isEmpty() && Files.isExecutable(Path.of(path, "belenios-tool"));
    }
    if (!installed) {
      return;
    }
    Path log = Files.createTempFile("belenios-tool", ".log");
    Process process = new ProcessBuilder("belenios-tool", "election", "verify", "--dir", directory.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
  }
}
