package org.scrutineer.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.ScrutineerCommand;
import org.scrutineer.contest.report.Rounds;
import org.scrutineer.contest.run.ContestRunner;
import org.scrutineer.count.report.CountReport;

class DemoContestCommandTest {

  private static String run(Path work, int[] status, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandEnvironment environment = new CommandEnvironment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), work, Map.of("PATH", System.getenv().getOrDefault("PATH", "")), Clock.systemUTC(),
        SecureRandom::new);
    status[0] = ScrutineerCommand.run(environment, args);
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void twoCandidates_aSmallContestVerifiesEverywhere_andItsResultIsTheSimulatedVotes(@TempDir Path work) throws Exception {
    BeleniosTool.executable(); // fails on CI, aborts elsewhere, when belenios-tool is missing
    int[] status = new int[1];

    String text = run(work, status, "demo", "contest", "--voters", "40", "--seed", "7", "--dir", "demo");

    assertThat(status[0]).as(text).isZero();
    assertThat(text)
        .contains("decrypted by 2 of the 2-of-3 threshold trustees: [1.key, 3.key]")
        .contains("3 ballots rejected at casting and recorded in rejections.json")
        .contains("is signed with a credential whose vote was removed", "was cast already", "fails Belenios' checks")
        .contains("rejected at casting: 3 in result.json = the 3 the demo sent to be rejected")
        .contains("member: published [blank, Jeremy Corbyn, Owen Smith] = ")
        .doesNotContain(" != the simulated votes")
        .contains("the contest verifies")
        .contains("belenios-tool: I: all checks passed")
        .contains("Everything verifies and the result is the simulated votes' result")
        .contains(Files.readString(work.resolve("demo/contest/summary.txt")))
        .contains("Report: " + work.resolve("demo/contest/report.html"));
    assertThat(Files.readString(work.resolve("demo/contest/removals.json"))).contains("NEC disputes panel");
    assertThat(Files.readString(work.resolve("demo/contest/rejections.json")))
        .contains("\"credential-removed\"", "\"cast-already\"", "\"fails-checks\"");
    assertThat(Files.readString(work.resolve("demo/contest/report.html"))).contains("data-section=\"affiliated_supporter\"", "<svg");
  }

  @Test
  void alternativeVote_fourCandidatesRanked_theCountIsAnIrvCountOfTheSimulatedRankings(@TempDir Path work) throws Exception {
    BeleniosTool.executable();
    int[] status = new int[1];

    String text = run(work, status, "demo", "contest", "--variant", "alternative-vote", "--voters", "24", "--seed", "11", "--dir", "demo");

    assertThat(status[0]).as(text).isZero();
    assertThat(text)
        .contains("ballot: a ranking of the 4 candidates")
        .contains("shuffled by trustees [1, 3]")
        .contains("member: published [spoilt, first preferences of Ada Byrne, Ben Okafor, Cara Singh, Dana Hughes] = ")
        .doesNotContain(" != the simulated votes")
        .contains("count.json is the alternative vote on the verified rankings of every section")
        .contains("the same count, round by round and section by section, as an IRV count of the simulated rankings")
        .contains("belenios-tool: I: all checks passed")
        .contains("Everything verifies and the result is the simulated votes' result");
    Path contest = work.resolve("demo/contest");
    assertThat(Files.readString(contest.resolve("contest.json"))).contains("\"ballot\" : \"ranked\"", "\"method\" : \"irv\"");
    CountReport count = new ContestRunner(contest, (directory, stdin, args) -> {
      throw new IOException("no Belenios command is needed to read the count");
    }, Clock.systemUTC(), line -> {}).preferenceCount().orElseThrow();
    Rounds rounds = Rounds.from(count);
    assertThat(rounds.method()).isEqualTo("irv");
    assertThat(rounds.rounds().get(0).sections()).containsKey("member");
  }

  @Test
  void refusesANonEmptyDirectory(@TempDir Path work) throws Exception {
    Files.writeString(work.resolve("keep.txt"), "precious");
    int[] status = new int[1];

    String text = run(work, status, "demo", "contest", "--dir", ".");

    assertThat(status[0]).isNotZero();
    assertThat(text).contains("is not empty");
    assertThat(Files.readString(work.resolve("keep.txt"))).isEqualTo("precious");
  }
}
