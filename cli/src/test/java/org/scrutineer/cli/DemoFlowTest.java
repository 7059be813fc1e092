package org.scrutineer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.cli.Implementation.BELENIOS_TOOL;
import static org.scrutineer.cli.Implementation.SCRUTINEER;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Debian's {@code demo.sh} (five weighted voters, three trustees, two questions, three revotes),
 * each phase run by the implementation a case names; both implementations must verify the final
 * archive and it must hold demo.sh's reference result.
 */
class DemoFlowTest {
  private static final List<String> VOTERS =
      List.of(
          "voter1@example.com,voter1,1000000000",
          "voter2@example.com,voter2,2000000000",
          "voter3@example.com,voter3,3000000000",
          "voter4@example.com,voter4,4000000000",
          "voter5@example.com,voter5,90000000000");
  private static final List<String> VOTES =
      List.of("[[1,0],[1,0,0]]", "[[1,0],[0,1,0]]", "[[0,1],[0,0,1]]", "[[1,0],[1,0,0]]", "[[0,0],[0,1,0]]");

  @TempDir Path dir;
  @TempDir Path before;

  static Stream<Arguments> phases() {
    return Stream.of(
        Arguments.of("scrutineer only", SCRUTINEER, SCRUTINEER, SCRUTINEER, SCRUTINEER, SCRUTINEER),
        Arguments.of("their setup, our ballots and result", BELENIOS_TOOL, SCRUTINEER, BELENIOS_TOOL, BELENIOS_TOOL, SCRUTINEER),
        Arguments.of("our setup, their ballots, our tally and decryptions", SCRUTINEER, BELENIOS_TOOL, SCRUTINEER, SCRUTINEER, BELENIOS_TOOL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phases")
  void demoElectionGivesTheReferenceResultAndVerifiesWithBothTools(
      String name, Implementation setup, Implementation voting, Implementation tally, Implementation decryption, Implementation result) {
    TestElection election = TestElection.create(dir, setup, TestElection.DEMO_TEMPLATE, VOTERS, 3);
    Implementation other = voting == SCRUTINEER ? BELENIOS_TOOL : SCRUTINEER;
    for (int i = 0; i < VOTES.size(); i++) {
      election.vote(voting, other, i, VOTES.get(i));
    }
    voting.ok(dir, "election", "verify");
    election.copyArchiveTo(before);
    for (int i = 0; i < 3; i++) {
      election.vote(voting, voting, i, VOTES.get(i));
    }
    other.ok(dir, "election", "verify-diff", "--dir1=" + before, "--dir2=.");
    election.closeAndTally(tally);
    election.decrypt(decryption, tally);
    assertThat(election.publishResult(result))
        .isEqualTo("{\"result\":[[\"7000000000\",\"3000000000\"],[\"5000000000\",\"92000000000\",\"3000000000\"]]}");
    assertThat(BeleniosTool.ok(dir, "election", "verify").errLines()).contains("I: all checks passed");
    assertThat(Scrutineer.ok(dir, "election", "verify").errLines()).containsExactly("I: using directory .", "I: all checks passed");
  }
}
