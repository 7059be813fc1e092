package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;

class VerifyDiffCommandTest {
  @TempDir Path dir;
  @TempDir Path before;
  private TestElection election;

  @BeforeEach
  void setUp() {
    election = TestElection.create(dir, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x", "b@x"), 1);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,1,0,0]]");
  }

  @Test
  void acceptsAnAppendOnlyUpdate_asDemoShChecksRevotes() {
    election.copyArchiveTo(before);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 0, "[[0,0,1,0]]");
    CommandRun run = Scrutineer.ok(dir, "election", "verify-diff", "--dir1=" + before, "--dir2=.");
    assertThat(run.errLines()).containsExactly("W: no result to check", "I: all checks passed");
  }

  @Test
  void refusesWhenTheFirstIsNotAPrefixOfTheSecond() {
    election.copyArchiveTo(before);
    election.vote(Implementation.BELENIOS_TOOL, Implementation.BELENIOS_TOOL, 1, "[[0,0,1,0]]");
    CommandRun run = Scrutineer.belenios(dir, "election", "verify-diff", "--dir1", ".", "--dir2", before.toString());
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.stderr()).startsWith("scrutineer: verify-diff error: first is not a prefix of second");
  }

  @Test
  void bothDirectoriesAreNeeded() {
    assertThat(Scrutineer.belenios(dir, "election", "verify-diff", "--dir1", ".").stderr())
        .isEqualTo("scrutineer: --dir1 or --dir2 is missing\n");
  }
}
