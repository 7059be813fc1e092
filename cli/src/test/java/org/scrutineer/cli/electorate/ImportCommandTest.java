package org.scrutineer.cli.electorate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.ExitStatus;
import org.scrutineer.cli.Scrutineer;

/** {@code electorate import} and {@code history} on the default SQLite store, then the commands reading it. */
class ImportCommandTest {
  @TempDir Path directory;

  @BeforeEach
  void copyFixtures() throws IOException {
    ElectorateFixtures.copyInto(directory);
  }

  CommandRun run(String... args) {
    return Scrutineer.run(directory, Clock.fixed(Instant.parse("2016-08-20T09:00:00Z"), ZoneOffset.UTC), new byte[0], args);
  }

  @Test
  void importThenReimportThenANewerExtractWithItsChangeLog() throws IOException {
    CommandRun first = run("electorate", "import", "--extracts", "extracts").assertSucceeded();
    assertThat(first.outLines()).contains("Import 1 committed at 2016-08-20T09:00:00Z:", "  member                          5          0          0          0          0");
    assertThat(first.errLines()).contains("I: compared 5 member records with the store: 5 added, 0 changed, 0 returned, 0 withdrawn", "I: wrote the member changes of import 1 (not committed yet)");
    assertThat(Files.exists(directory.resolve("scrutineer.db"))).isTrue();

    CommandRun again = run("electorate", "import", "--extracts", "extracts").assertSucceeded();
    assertThat(again.outLines()).first().isEqualTo("Nothing changed: the store already holds exactly this (the same files as import 1); nothing was written.");

    Path members = directory.resolve("extracts/members.csv");
    Files.writeString(members, Files.readString(members).replace("ada@example.org,N7 8AA,ISL-N,1998", "ada.jones@example.org,N7 8AA,ISL-N,1998").replace("L0000005,Ed Hughes,,CF37 1AC,PONT,1985-01-01,active,2017-01-01,2016-06-01,,under investigation\n", ""));
    CommandRun newer = run("electorate", "import", "--members", "extracts/members.csv").assertSucceeded();
    assertThat(newer.outLines()).contains("Import 2 committed at 2016-08-20T09:00:00Z:", "  member                          0          1          0          1          3");

    assertThat(run("electorate", "history", "--import", "2").assertSucceeded().outLines())
        .containsExactly("2 2016-08-20T09:00:00Z member:L0000001 changed email \"ada@example.org\" -> \"ada.jones@example.org\"", "2 2016-08-20T09:00:00Z member:L0000005 withdrawn");
    assertThat(run("electorate", "history").assertSucceeded().out()).contains("Import 1 at 2016-08-20T09:00:00Z:").contains("Import 2 at 2016-08-20T09:00:00Z:");

    // The withdrawn member no longer counts; the default store is found without --store.
    CommandRun stats = run("electorate", "stats").assertSucceeded();
    assertThat(stats.outLines()).contains("member records                                      4");
  }

  @Test
  void anExclusionWhoseRecordIsWithdrawnIsNamedNotSilentlyDropped() throws IOException {
    run("electorate", "import", "--extracts", "extracts").assertSucceeded();
    Path supporters = directory.resolve("extracts/registered_supporters.csv");
    Files.writeString(supporters, Files.readString(supporters).replaceAll("(?m)^RS0003,.*\n", ""));
    CommandRun newer = run("electorate", "import", "--registered-supporters", "extracts/registered_supporters.csv").assertSucceeded();
    assertThat(newer.errLines())
        .contains(
            "W: 1 exclusion is recorded against records later extracts withdrew, and apply to no one now; review whether the person holds another record (docs/store.md):",
            "W:   registered_supporter:RS0003: abuse of members online (decided 2016-08-15T11:00:00Z by NEC procedures committee panel)");
    assertThat(run("electorate", "evaluate", "--rules", "nec.json").assertSucceeded().errLines()).anyMatch(line -> line.startsWith("W: 1 exclusion is recorded against records later extracts withdrew"));
  }

  @Test
  void anImportWithAnyProblemChangesNothing() throws IOException {
    run("electorate", "import", "--extracts", "extracts").assertSucceeded();
    byte[] before = Files.readAllBytes(directory.resolve("scrutineer.db"));
    Path members = directory.resolve("extracts/members.csv");
    Files.writeString(members, Files.readString(members).replace("Ada Jones", "Ada Smith").replace("2016-03-04", "2016-03-44"));
    CommandRun bad = run("electorate", "import", "--members", "extracts/members.csv");
    assertThat(bad.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(bad.errLines()).contains("E: members.csv:3: column joined_on: \"2016-03-44\" is not a date (expected YYYY-MM-DD, e.g. 2016-01-12)", "scrutineer: 1 problem in the input; nothing was imported. Fix them and run again.");
    assertThat(run("electorate", "history", "--record", "member:L0000001").assertSucceeded().outLines()).containsExactly("1 2016-08-20T09:00:00Z member:L0000001 added");
    assertThat(run("electorate", "explain", "L0000001", "--rules", "nec.json").assertSucceeded().out()).contains("Ada Jones");
    assertThat(Files.readAllBytes(directory.resolve("scrutineer.db"))).isEqualTo(before);
  }

  @Test
  void withoutAStoreOrExtractsTheCommandsSayWhatToGive() throws IOException {
    CommandRun run = run("electorate", "evaluate", "--rules", "nec.json");
    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.stderr()).contains("no register: give --store STORE (import one first with scrutineer electorate import) or --extracts DIR");
    assertThat(run("electorate", "import").stderr()).contains("nothing to import");
    CommandRun mistyped = run("electorate", "evaluate", "--store", "scrutinee.db", "--rules", "nec.json");
    assertThat(mistyped.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(mistyped.stderr()).contains("scrutinee.db: No such file or directory (import extracts into it first with scrutineer electorate import --store scrutinee.db)");
    assertThat(Files.exists(directory.resolve("scrutinee.db"))).isFalse();
    assertThat(run("electorate", "history").stderr()).contains("scrutineer.db: No such file or directory");
  }
}
