package org.scrutineer.contest.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.contest.error.FileChanged;
import org.scrutineer.contest.error.StepRefused;

class ContestProgressTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  private static ContestProgress after(Step... steps) {
    ContestProgress progress = ContestProgress.empty();
    for (Step step : steps) {
      progress = progress.record(StepRecord.of(step));
    }
    return progress;
  }

  private static final ContestProgress OPENED = after(Step.INIT, Step.ELECTORATE, Step.NOMINATIONS, Step.OPEN);

  private static String refusal(ContestProgress progress, Step step) {
    return progress.refusal(step).map(StepRefused::message).orElse("allowed");
  }

  @Test
  void aNewDirectoryAllowsOnlyInit() {
    assertThat(ContestProgress.empty().allowed()).containsExactly(Step.INIT);
    assertThat(refusal(ContestProgress.empty(), Step.ELECTORATE))
        .isEqualTo("electorate needs a contest: run `scrutineer contest init` first");
  }

  @Test
  void tallyBeforeCloseNamesTheStepToRunFirst() {
    assertThat(refusal(OPENED, Step.TALLY)).isEqualTo("tally needs the ballot box closed: run `scrutineer contest close` first");
  }

  @Test
  void openNeedsTheCandidatesNominated() {
    assertThat(refusal(after(Step.INIT, Step.ELECTORATE), Step.OPEN))
        .isEqualTo("open needs the candidates nominated: run `scrutineer contest nominations` first");
  }

  @Test
  void castStopsAtTheClose() {
    ContestProgress cast = OPENED.record(StepRecord.of(Step.CAST)).record(StepRecord.of(Step.CAST));
    assertThat(cast.refusal(Step.CAST)).isEmpty();
    ContestProgress closed = cast.record(StepRecord.of(Step.CLOSE));
    assertThat(refusal(closed, Step.CAST))
        .isEqualTo("cast cannot run after `scrutineer contest close`: no ballot can be added after the close");
  }

  @Test
  void removalIsAllowedAfterTheCloseButNotAfterTheTally() {
    ContestProgress closed = OPENED.record(StepRecord.of(Step.CLOSE));
    assertThat(closed.refusal(Step.REMOVE)).isEmpty();
    ContestProgress tallied = closed.record(StepRecord.of(Step.REMOVE)).record(StepRecord.of(Step.TALLY));
    assertThat(refusal(tallied, Step.REMOVE)).startsWith("remove cannot run after `scrutineer contest tally`: ")
        .contains("second decryption");
  }

  @Test
  void theTallyRunsOnce() {
    ContestProgress tallied = OPENED.record(StepRecord.of(Step.CLOSE)).record(StepRecord.of(Step.TALLY));
    assertThat(refusal(tallied, Step.TALLY)).startsWith("tally has already run: the ballots are decrypted once only");
    assertThat(tallied.allowed()).containsExactly(Step.REPORT, Step.VERIFY);
  }

  @Test
  void initRefusesADirectoryHoldingAContest() {
    assertThat(refusal(after(Step.INIT), Step.INIT)).startsWith("init has already run: this directory already holds a contest");
  }

  @Test
  void theElectorateMayBeRedoneUntilTheBallotBoxOpens() {
    ContestProgress nominated = after(Step.INIT, Step.ELECTORATE, Step.NOMINATIONS);
    ContestProgress redone = nominated.record(new StepRecord(Step.ELECTORATE, Map.of("electorate/snapshot.json", B)));
    assertThat(redone.done()).extracting(StepRecord::step).containsExactly(Step.INIT, Step.ELECTORATE, Step.NOMINATIONS);
    assertThat(redone.expectedFiles()).containsOnlyKeys("electorate/snapshot.json");
    assertThat(ContestProgress.of(redone.done())).isEqualTo(redone);
    assertThat(redone.refusal(Step.OPEN)).isEmpty();
    assertThat(refusal(OPENED, Step.ELECTORATE)).startsWith("electorate cannot run after `scrutineer contest open`: ")
        .contains("scrutineer contest remove");
    assertThat(refusal(OPENED, Step.NOMINATIONS)).startsWith("nominations cannot run after `scrutineer contest open`");
  }

  @Test
  void verifyRunsAnyTimeAfterOpenAndIsNeverRecorded() {
    assertThat(refusal(after(Step.INIT, Step.ELECTORATE, Step.NOMINATIONS), Step.VERIFY))
        .isEqualTo("verify needs the ballot box open: run `scrutineer contest open` first");
    assertThat(OPENED.refusal(Step.VERIFY)).isEmpty();
    assertThatThrownBy(() -> StepRecord.of(Step.VERIFY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordingARefusedStepIsABugAndChangesNothing() {
    ContestProgress before = OPENED;
    assertThatThrownBy(() -> before.record(StepRecord.of(Step.TALLY)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("run `scrutineer contest close` first");
    assertThat(before).isEqualTo(after(Step.INIT, Step.ELECTORATE, Step.NOMINATIONS, Step.OPEN));
  }

  @Test
  void recordsReadBackAreReplayedUnderTheSameRules() {
    ContestProgress closed = OPENED.record(StepRecord.of(Step.CAST)).record(StepRecord.of(Step.CLOSE));
    assertThat(ContestProgress.of(closed.done())).isEqualTo(closed);
    assertThatThrownBy(() -> ContestProgress.of(List.of(StepRecord.of(Step.INIT), StepRecord.of(Step.OPEN))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open needs the candidates nominated");
    assertThatThrownBy(() -> ContestProgress.of(List.of(StepRecord.of(Step.INIT), StepRecord.of(Step.ELECTORATE),
            StepRecord.of(Step.ELECTORATE))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recorded twice");
  }

  @Test
  void aLaterCastSupersedesTheArchiveDigestAnEarlierStepRecorded() {
    String bel = "sections/member/cast/UUID.bel";
    ContestProgress progress = after(Step.INIT, Step.ELECTORATE, Step.NOMINATIONS)
        .record(new StepRecord(Step.OPEN, Map.of(bel, A, "trustees/trustees.json", C)))
        .record(new StepRecord(Step.CAST, Map.of(bel, B)));
    assertThat(progress.expectedFiles().get(bel)).isEqualTo(new ContestProgress.Written(B, Step.CAST));
    assertThat(progress.changedFiles(Map.of(bel, B, "trustees/trustees.json", C))).isEmpty();
    assertThat(progress.changedFiles(Map.of(bel, A, "trustees/trustees.json", C)))
        .containsExactly(new FileChanged(bel, "cast", B, A));
  }

  @Test
  void aMissingOrChangedFileIsNamedWithTheStepThatWroteIt() {
    ContestProgress progress = ContestProgress.empty().record(new StepRecord(Step.INIT, Map.of("contest.json", A)))
        .record(new StepRecord(Step.ELECTORATE, Map.of("electorate/snapshot.json", B, "rules/electorate.json", C)));
    List<FileChanged> changed = progress.changedFiles(Map.of("contest.json", A, "rules/electorate.json", A));
    assertThat(changed).extracting(FileChanged::message).containsExactly(
        "electorate/snapshot.json is missing since `scrutineer contest electorate` wrote it (SHA-256 " + B
            + "): restore it from a copy, or redo `scrutineer contest electorate` if that step may still run",
        "rules/electorate.json changed (SHA-256 now " + A + ") since `scrutineer contest electorate` wrote it (SHA-256 " + C
            + "): restore it from a copy, or redo `scrutineer contest electorate` if that step may still run");
  }

  @Test
  void aRecordHoldsPathsInsideTheContestAndHexDigests() {
    assertThatThrownBy(() -> new StepRecord(Step.INIT, Map.of("../elsewhere", A))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StepRecord(Step.INIT, Map.of("/etc/passwd", A))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StepRecord(Step.INIT, Map.of("contest.json", "ABC"))).isInstanceOf(IllegalArgumentException.class);
  }
}
