package org.scrutineer.contest.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.error.FileChanged;
import org.scrutineer.contest.step.ContestProgress;
import org.scrutineer.contest.step.Step;

class StepWriteTest {
  @TempDir Path root;

  private ContestFile init(ContestDirectory contest) throws IOException {
    ContestFile empty = new ContestFile("test", "BELENIOS-2048", Map.of(), ContestProgress.empty());
    try (StepWrite write = contest.begin(Step.INIT, empty)) {
      write.write("rules/electorate.json", "{}\n".getBytes(StandardCharsets.UTF_8));
      return write.commit(empty);
    }
  }

  @Test
  void commitMovesTheFilesInAndRecordsTheirDigestsInContestJson() throws IOException {
    ContestDirectory contest = new ContestDirectory(root);
    ContestFile written = init(contest);

    assertThat(Files.readString(root.resolve("rules/electorate.json"))).isEqualTo("{}\n");
    assertThat(contest.read()).contains(written);
    assertThat(written.progress().expectedFiles().get("rules/electorate.json").digest())
        .isEqualTo(ContestDirectory.sha256(root.resolve("rules/electorate.json")));
    assertThat(contest.snapshot()).containsOnlyKeys("contest.json", "rules/electorate.json");
  }

  @Test
  void aStepClosedWithoutCommitChangesNothing_stagedFilesGoneAppendsCutBack() throws IOException {
    ContestDirectory contest = new ContestDirectory(root);
    ContestFile before = init(contest);
    Files.writeString(root.resolve("box.bel"), "abc");
    Map<String, String> snapshot = contest.snapshot();

    try (StepWrite write = contest.begin(Step.ELECTORATE, before)) {
      write.write("electorate/snapshot.json", new byte[] {1});
      Files.writeString(write.appendedTo("box.bel"), "def", java.nio.file.StandardOpenOption.APPEND);
      // no commit: the step failed
    }

    assertThat(contest.snapshot()).isEqualTo(snapshot);
    assertThat(root.resolve(".staging")).doesNotExist();
  }

  @Test
  void aChangedFileStopsEveryLaterStep_namingTheFileAndItsStep() throws IOException {
    ContestDirectory contest = new ContestDirectory(root);
    init(contest);
    Files.writeString(root.resolve("rules/electorate.json"), "{\"tampered\":1}\n");

    List<ContestError> problems = contest.check(Step.ELECTORATE);

    assertThat(problems).singleElement().isInstanceOfSatisfying(FileChanged.class, changed -> {
      assertThat(changed.file()).isEqualTo("rules/electorate.json");
      assertThat(changed.writtenBy()).isEqualTo("init");
    });
  }

  @Test
  void aStepThatMayNotRunIsRefusedWithWhatToRunInstead() throws IOException {
    ContestDirectory contest = new ContestDirectory(root);
    assertThat(contest.check(Step.TALLY)).singleElement().extracting(ContestError::message).asString()
        .contains("scrutineer contest init");
    init(contest);
    assertThat(contest.check(Step.TALLY)).singleElement().extracting(ContestError::message).asString()
        .isEqualTo("tally needs the ballot box closed: run `scrutineer contest close` first");
  }

  @Test
  void aDamagedContestFileIsReportedNotThrown() throws IOException {
    ContestDirectory contest = new ContestDirectory(root);
    Files.writeString(root.resolve("contest.json"), "{\"format\":\"other\"}");
    assertThat(contest.check(Step.ELECTORATE)).singleElement().extracting(ContestError::message).asString()
        .contains("format");
    assertThatThrownBy(contest::read).isInstanceOf(IllegalArgumentException.class);
  }
}
