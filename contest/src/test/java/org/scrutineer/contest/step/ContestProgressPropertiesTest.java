package org.scrutineer.contest.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Whatever a returning officer types, in whatever order: only allowed steps are recorded, and every
 * progress so reached keeps the contest's order — each step after the one it needs, no ballot after
 * the close, no removal after the tally, one tally — and reads back from its records unchanged.
 */
class ContestProgressPropertiesTest {
  @Property(tries = 500)
  void anyOrderOfCommandsKeepsTheContestsOrder(@ForAll @Size(max = 40) List<Step> typed) {
    ContestProgress progress = ContestProgress.empty();
    for (Step step : typed) {
      if (step.repeat() == Repeat.READ_ONLY) {
        continue;
      }
      ContestProgress before = progress;
      if (progress.refusal(step).isEmpty()) {
        progress = progress.record(StepRecord.of(step));
        assertThat(progress.isDone(step)).isTrue();
      } else {
        assertThat(progress).isEqualTo(before);
      }
    }
    List<Step> order = progress.done().stream().map(StepRecord::step).toList();
    for (int i = 0; i < order.size(); i++) {
      Step step = order.get(i);
      List<Step> earlier = new ArrayList<>(order.subList(0, i));
      step.needs().ifPresent(needed -> assertThat(earlier).as("%s after %s", step, needed).contains(needed));
      step.frozenBy().ifPresent(freezer -> assertThat(earlier).as("%s before %s", step, freezer).doesNotContain(freezer));
    }
    assertThat(order.stream().filter(step -> step == Step.TALLY).count()).isLessThanOrEqualTo(1);
    assertThat(order.stream().filter(step -> step == Step.INIT).count()).isLessThanOrEqualTo(1);
    assertThat(ContestProgress.of(progress.done())).isEqualTo(progress);
  }

  @Property(tries = 300)
  void fromWhereverCommandsLeaveItTheContestCanStillBeFinished(@ForAll @Size(max = 30) List<Step> typed) {
    ContestProgress progress = ContestProgress.empty();
    for (Step step : typed) {
      if (step.repeat() != Repeat.READ_ONLY && progress.refusal(step).isEmpty()) {
        progress = progress.record(StepRecord.of(step));
      }
    }
    for (Step step : List.of(Step.INIT, Step.ELECTORATE, Step.NOMINATIONS, Step.OPEN, Step.CLOSE, Step.TALLY, Step.REPORT)) {
      if (!progress.isDone(step)) {
        assertThat(progress.refusal(step)).as("%s after %s", step, progress).isEmpty();
        progress = progress.record(StepRecord.of(step));
      }
    }
    assertThat(progress.allowed()).containsExactly(Step.REPORT, Step.VERIFY);
  }
}
