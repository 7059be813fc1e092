package org.scrutineer.cli.belenios.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;

class AddEventCommandTest {
  @TempDir Path election;
  @TempDir Path theirs;
  @TempDir Path ours;

  @Test
  void appendsExactlyWhatBeleniosToolAppends() {
    TestElection test =
        TestElection.create(election, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x", "b@x"), 1);
    test.copyArchiveTo(theirs);
    test.copyArchiveTo(ours);
    byte[] first = TestElection.withNewline(test.ballot(Implementation.BELENIOS_TOOL, 0, "[[0,1,0,0]]"));
    byte[] second = TestElection.withNewline(test.ballot(Implementation.BELENIOS_TOOL, 1, "[[1,0,0,0]]"));
    for (Path dir : List.of(theirs, ours)) {
      Implementation tool = dir.equals(ours) ? Implementation.SCRUTINEER : Implementation.BELENIOS_TOOL;
      tool.ok(dir, first, "archive", "add-event", "--type=Ballot");
      tool.ok(dir, second, "archive", "add-event", "--type", "Ballot");
      tool.ok(dir, "archive", "add-event", "--type=EndBallots");
    }
    assertThat(ours.resolve(test.bel().getFileName())).hasSameBinaryContentAs(theirs.resolve(test.bel().getFileName()));
    BeleniosTool.ok(ours, "election", "verify");
  }

  @Test
  void unknownOrMissingTypeIsRefused() {
    TestElection.create(ours, Implementation.SCRUTINEER, TestElection.BLANK_TEMPLATE, List.of("a@x"), 1);
    CommandRun unknown = Scrutineer.belenios(ours, "archive", "add-event", "--type=Foo");
    assertThat(unknown.status()).isEqualTo(124);
    assertThat(unknown.stderr()).startsWith("scrutineer: unknown event type \"Foo\"");
    CommandRun missing = Scrutineer.belenios(ours, "archive", "add-event");
    assertThat(missing.stderr()).isEqualTo("scrutineer: --type is mandatory\n");
  }

  @Test
  void directoryWithoutArchiveIsRefused() {
    CommandRun run = Scrutineer.belenios(ours, "archive", "add-event", "--type=EndBallots");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.stderr()).isEqualTo("scrutineer: directory . must contain a single .bel file (found none)\n");
  }
}
