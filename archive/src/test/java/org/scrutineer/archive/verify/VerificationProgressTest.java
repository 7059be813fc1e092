package org.scrutineer.archive.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The verifier tells its progress listener about the credentials it reads, every ballot it reads,
 * and the credentials it checks on their own: those that cast no valid ballot.
 */
class VerificationProgressTest {
  @Test
  void reportsCredentialsAndEveryBallotOfAGoldenArchive() throws Exception {
    Path dir = Path.of(VerificationProgressTest.class.getResource("/golden/bel2048-open").toURI());
    Path bel;
    try (Stream<Path> files = Files.list(dir)) {
      bel = files.filter(p -> p.toString().endsWith(".bel")).findFirst().orElseThrow();
    }
    long voters;
    try (Stream<String> lines = Files.lines(dir.resolve("voters.txt"))) {
      voters = lines.filter(line -> !line.isBlank()).count();
    }
    List<Long> credentials = new ArrayList<>();
    List<Long> checked = new ArrayList<>();
    List<Long> ballots = new ArrayList<>();
    VerificationProgress listener = new VerificationProgress() {
      @Override
      public void credentialsRead(long count) {
        credentials.add(count);
      }

      @Override
      public void credentialsChecked(long count) {
        checked.add(count);
      }

      @Override
      public void ballotsRead(long count) {
        ballots.add(count);
      }
    };

    VerificationReport report = new ArchiveVerifier(VerifierOptions.defaults().withProgress(listener)).verify(bel);

    assertThat(report.passed()).isTrue();
    assertThat(credentials).last().isEqualTo(voters);
    assertThat(report.ballotsCounted()).as("the case needs voters who did not vote").isLessThan(voters);
    assertThat(checked).last().isEqualTo(voters - report.ballotsCounted());
    assertThat(ballots).hasSize((int) report.ballotsCast());
    assertThat(ballots).isSorted().last().isEqualTo(report.ballotsCast());
  }
}
