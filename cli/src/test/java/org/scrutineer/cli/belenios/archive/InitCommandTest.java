package org.scrutineer.cli.belenios.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Implementation;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.cli.TestElection;

class InitCommandTest {
  @TempDir Path theirs;
  @TempDir Path ours;

  @Test
  void createsTheSameArchiveAsBeleniosToolAtTheSameSecond() throws Exception {
    TestElection election =
        TestElection.create(theirs, Implementation.BELENIOS_TOOL, TestElection.BLANK_TEMPLATE, List.of("a@x,a,2", "b@x,b,1"), 2);
    long timestamp;
    try (ArchiveReader reader = ArchiveReader.open(election.bel())) {
      timestamp = reader.header().header().timestamp();
    }
    CommandRun run =
        Scrutineer.beleniosAt(
            timestamp,
            ours,
            "archive",
            "init",
            "--election=" + theirs.resolve("election.json"),
            "--trustees",
            theirs.resolve("trustees.json").toString(),
            "--public-creds",
            theirs.resolve("public_creds.json").toString());
    assertThat(run.status()).as(run.stderr()).isZero();
    assertThat(run.stdout()).isEmpty();
    assertThat(ours.resolve(election.bel().getFileName())).hasSameBinaryContentAs(election.bel());
    BeleniosTool.ok(ours, "election", "verify");
  }

  @Test
  void refusesToOverwriteAnExistingArchive() {
    TestElection election =
        TestElection.create(ours, Implementation.SCRUTINEER, TestElection.BLANK_TEMPLATE, List.of("a@x"), 1);
    CommandRun again = Scrutineer.belenios(ours, "archive", "init");
    assertThat(again.status()).isEqualTo(124);
    assertThat(again.stderr()).isEqualTo("scrutineer: ./" + election.uuid() + ".bel already exists\n");
  }

  @Test
  void missingSetupFileIsNamed() {
    CommandRun run = Scrutineer.belenios(ours, "archive", "init");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.stderr()).isEqualTo("scrutineer: election.json: No such file or directory\n");
  }
}
