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
 * Elections in which every step of issue #3's list — credentials, each trustee's key, each ballot,
 * the tally, each trustee's decryption, the result — is made by one tool or the other, in both
 * groups, with weighted voters, revotes, a blank-allowed question and a question with min 1 max 2 of
 * 4. Both verifiers must accept every archive, and the result must be the count of the last ballots.
 */
class MixedInteropTest {
  /** Question 1: choose 1 or 2 of 4; question 2: one of 2 or blank (choices [blank, a, b]). */
  private static final String TEMPLATE =
      "{\"description\":\"Mixed interop\",\"name\":\"mixed\",\"questions\":["
          + "{\"answers\":[\"A\",\"B\",\"C\",\"D\"],\"min\":1,\"max\":2,\"question\":\"Pick one or two\"},"
          + "{\"answers\":[\"Yes\",\"No\"],\"blank\":true,\"min\":1,\"max\":1,\"question\":\"Yes or no?\"}]}";

  private static final List<String> VOTERS =
      List.of("v1@example.org,v1,3", "v2@example.org,v2,1", "v3@example.org,v3,2", "v4@example.org,v4,5");

  /** voter index and choices, in casting order: v1 and v3 revote, v2 votes blank on question 2. */
  private static final List<Vote> VOTES =
      List.of(
          new Vote(0, "[[1,1,0,0],[0,1,0]]"),
          new Vote(1, "[[0,0,1,0],[1,0,0]]"),
          new Vote(2, "[[0,1,0,1],[0,0,1]]"),
          new Vote(0, "[[0,0,0,1],[0,0,1]]"),
          new Vote(3, "[[1,0,0,0],[0,1,0]]"),
          new Vote(2, "[[0,0,1,1],[0,1,0]]"));

  /**
   * Weighted count of the last ballots (v1: D, No; v2: C, blank; v3: C D, Yes; v4: A, Yes) —
   * question 2's blank count first.
   */
  private static final String RESULT = "{\"result\":[[5,0,3,5],[1,7,3]]}";

  private record Vote(int voter, String choices) {}

  @TempDir Path dir;

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of("RFC-3526-2048: their credentials, keys by each, ballots by each, our tally, decryptions by each, their result",
            "RFC-3526-2048", BELENIOS_TOOL, List.of(SCRUTINEER, BELENIOS_TOOL), SCRUTINEER, List.of(BELENIOS_TOOL, SCRUTINEER), BELENIOS_TOOL),
        Arguments.of("BELENIOS-2048: our credentials, keys by each, ballots by each, their tally, decryptions by each, our result",
            "BELENIOS-2048", SCRUTINEER, List.of(BELENIOS_TOOL, SCRUTINEER), BELENIOS_TOOL, List.of(SCRUTINEER, BELENIOS_TOOL), SCRUTINEER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void everyStepByEitherToolVerifiesWithBoth(
      String name,
      String group,
      Implementation credentials,
      List<Implementation> trusteeKeys,
      Implementation tally,
      List<Implementation> decrypters,
      Implementation result) {
    Implementation setup = credentials == SCRUTINEER ? BELENIOS_TOOL : SCRUTINEER; // make-election by the other
    TestElection election = TestElection.create(dir, group, setup, credentials, trusteeKeys, TEMPLATE, VOTERS);
    for (int i = 0; i < VOTES.size(); i++) {
      Implementation maker = i % 2 == 0 ? SCRUTINEER : BELENIOS_TOOL;
      Implementation appender = i % 3 == 0 ? SCRUTINEER : BELENIOS_TOOL;
      election.vote(maker, appender, VOTES.get(i).voter(), VOTES.get(i).choices());
    }
    election.closeAndTally(tally);
    election.decrypt(decrypters, tally == SCRUTINEER ? BELENIOS_TOOL : SCRUTINEER);

    assertThat(election.publishResult(result)).isEqualTo(RESULT);
    assertThat(BeleniosTool.ok(dir, "election", "verify").errLines()).contains("I: all checks passed");
    assertThat(Scrutineer.ok(dir, "election", "verify").errLines()).containsExactly("I: using directory .", "I: all checks passed");
  }
}
