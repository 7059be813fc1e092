package org.scrutineer.cli.electorate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.ExitStatus;
import org.scrutineer.cli.Scrutineer;

/**
 * The electorate commands on a hand-made 2016-shaped register (test resources electorate/): nine
 * people, of whom two joined after the freeze date, one paid a second late, one was excluded.
 */
class ElectorateCommandsTest {
  @TempDir Path directory;

  @BeforeEach
  void copyFixtures() throws IOException {
    ElectorateFixtures.copyInto(directory);
  }

  CommandRun run(String... args) {
    return Scrutineer.run(directory, Clock.systemUTC(), new byte[0], args);
  }

  @Test
  void evaluateCountsVotersPerSectionAndSaysWhyOthersHaveNone() throws IOException {
    CommandRun run = run("electorate", "evaluate", "--extracts", "extracts", "--rules", "nec.json", "--json", "totals.json", "--decisions", "decisions.csv").assertSucceeded();
    assertThat(run.outLines())
        .contains(
            "Ruleset: NEC 2016 (reference date 2016-08-22)",
            "member                              1",
            "registered_supporter                1",
            "affiliated_supporter                1",
            "total                               3",
            "not eligible                        6");
    assertThat(run.out()).contains("members.freeze_date").contains("registered_supporters.window_opens/window_closes").contains("exclusions_apply");
    assertThat(run.errLines()).anyMatch(line -> line.startsWith("I: read 11 records and 1 exclusions from extracts"));
    assertThat(Files.readString(directory.resolve("totals.json"))).contains("\"member\" : 1").contains("\"not_eligible\" : 6");
    List<String> decisions = Files.readAllLines(directory.resolve("decisions.csv"), StandardCharsets.UTF_8);
    assertThat(decisions).contains("member:L0000001,ISL-N,member,member:L0000001,", "member:L0000002,ISL-N,registered_supporter,registered_supporter:RS0001,", "member:L0000003,PONT,,,members.freeze_date");
  }

  @Test
  void explainGivesEveryRuleWithItsFacts() {
    CommandRun run = run("electorate", "explain", "--extracts", "extracts", "--rules", "nec.json", "ben@example.org").assertSucceeded();
    assertThat(run.outLines())
        .contains(
            "Person member:L0000002: Ben Smith, Islington North (ISL-N), London",
            "Records: member:L0000002, registered_supporter:RS0001",
            "Under \"NEC 2016\": votes as registered_supporter through registered_supporter:RS0001",
            "  FAIL members.freeze_date [member:L0000002]: joined 2016-03-04, after the freeze date 2016-01-12",
            "  pass registered_supporters.window_opens/window_closes [registered_supporter:RS0001]: paid at 2016-07-18T16:11:00Z, inside the window 2016-07-18T16:00:00Z to 2016-07-20T16:00:00Z");
  }

  @Test
  void explainOfSomeoneUnknownFails() {
    CommandRun run = run("electorate", "explain", "--extracts", "extracts", "--rules", "nec.json", "nobody@example.org");
    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.stderr()).contains("no person matches \"nobody@example.org\"");
  }

  @Test
  void diffShowsTheHighCourtRulingGivingRecentMembersTheirVote() throws IOException {
    CommandRun run = run("electorate", "diff", "--extracts", "extracts", "--rules", "nec.json", "--against", "high-court.json", "--changes", "changes.csv").assertSucceeded();
    assertThat(run.outLines())
        .contains(
            "From \"NEC 2016\" to \"High Court\": 2 people change",
            "  gained a vote 1; lost a vote 0; moved section 1",
            "member                              1            3          2          0         +2",
            "registered_supporter                1            0          0          1         -1",
            "  ISL-N      Islington North                  member +1, registered_supporter -1");
    assertThat(Files.readAllLines(directory.resolve("changes.csv"))).containsExactly("person_id,clp,before,after,failed_before,failed_after", "member:L0000002,ISL-N,registered_supporter,member,,", "member:L0000003,PONT,,member,members.freeze_date,");
  }

  @Test
  void exportWritesVoterListsBeleniosToolReads() throws IOException {
    run("electorate", "export", "--extracts", "extracts", "--rules", "nec.json", "--dir", "lists").assertSucceeded();
    assertThat(Files.readAllLines(directory.resolve("lists/voters-member.txt"))).containsExactly("ada@example.org,member:L0000001,1");
    assertThat(Files.readAllLines(directory.resolve("lists/voters-registered_supporter.txt"))).containsExactly("ben@example.org,member:L0000002,1");
    assertThat(Files.readAllLines(directory.resolve("lists/voters-affiliated_supporter.txt"))).containsExactly("io@union.example,affiliated_supporter:UNISON:N3001,1");
    // belenios-tool takes the lists as they are: one credential per voter, named by the whole line.
    Path credentials = Files.createDirectories(directory.resolve("credentials"));
    String uuid = BeleniosTool.run(credentials, "setup", "generate-token").assertSucceeded().out().strip();
    BeleniosTool.run(credentials, "setup", "generate-credentials", "--uuid", uuid, "--group", "BELENIOS-2048", "--file", directory.resolve("lists/voters-registered_supporter.txt").toString()).assertSucceeded();
    try (Stream<Path> files = Files.list(credentials)) {
      Path privcreds = files.filter(file -> file.toString().endsWith(".privcreds")).findFirst().orElseThrow();
      assertThat(Files.readAllLines(privcreds)).singleElement().asString().startsWith("ben@example.org,member:L0000002,1 ");
    }
    CommandRun again = run("electorate", "export", "--extracts", "extracts", "--rules", "nec.json", "--dir", "lists");
    assertThat(again.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(again.stderr()).contains("File exists");
  }

  @Test
  void badExtractsAreReportedWholeAndNothingIsRead() throws IOException {
    Files.writeString(directory.resolve("extracts/members.csv"), Files.readString(directory.resolve("extracts/members.csv")).replace("1998-05-01", "1998-05-32").replace(",PONT,2001", ",NOPE,2001"));
    CommandRun run = run("electorate", "evaluate", "--extracts", "extracts", "--rules", "nec.json");
    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.errLines())
        .contains(
            "E: members.csv:2: column joined_on: \"1998-05-32\" is not a date (expected YYYY-MM-DD, e.g. 2016-01-12)",
            "E: members.csv:5: column clp: \"NOPE\" is not a known CLP code; add it to clps.csv or correct it",
            "scrutineer: 2 problems in the input; nothing was read. Fix them and run again.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBadRulesetIsReportedByField() throws IOException {
    Files.writeString(directory.resolve("bad.json"), Files.readString(directory.resolve("nec.json")).replace("\"fee\"", "\"fees\""));
    CommandRun run = run("electorate", "evaluate", "--extracts", "extracts", "--rules", "bad.json");
    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.errLines()).contains("E: bad.json: field registered_supporters.fees: is not a known field; known here: comment, enabled, fee, vetting_required, window_closes, window_opens", "E: bad.json: field registered_supporters.fee: is missing; give an amount in pounds, e.g. \"25.00\"");
  }

  @Test
  void statsWriteTheNearMatchesForReview() throws IOException {
    Files.writeString(directory.resolve("extracts/affiliated_supporters.csv"), "Jo Bloggs,jo@union.example,N7 8AA,ISL-N,2016-08-01,passed,\n".replace("Jo Bloggs", "UNITE,U1002,Ada Jones"), java.nio.file.StandardOpenOption.APPEND);
    run("electorate", "stats", "--extracts", "extracts", "--near-matches", "near.csv").assertSucceeded();
    assertThat(Files.readAllLines(directory.resolve("near.csv"))).containsExactly("first,second,why", "member:L0000001,affiliated_supporter:UNITE:U1002,\"same name and postcode, but no shared membership number or e-mail\"");
  }

  @Test
  void statsCountTheRegisterAndVotersByRegion() {
    CommandRun run = run("electorate", "stats", "--extracts", "extracts", "--rules", "nec.json").assertSucceeded();
    assertThat(run.outLines()).contains("people                                              9", "people holding more than one record                 2", "near matches to review                              0");
    assertThat(run.outLines()).contains("London                              3            1            1            1            0", "Wales                               6            0            0            0            6");
  }
}
