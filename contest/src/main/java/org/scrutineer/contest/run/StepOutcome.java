package org.scrutineer.contest.run;

import java.util.List;
import org.scrutineer.contest.error.ContestError;

/** What a step did: its report lines, or every reason it was refused (and then nothing changed). */
public sealed interface StepOutcome permits StepOutcome.Done, StepOutcome.Refused {
  /**
   * The lines to show the user, e.g. {@code member: 312 voters}, and what the step rejected and
   * recorded while doing the rest, e.g. each ballot {@code cast} refused: the step is done, but the
   * caller must hear of them.
   */
  record Done(List<String> lines, List<String> rejected) implements StepOutcome {
    public Done {
      lines = List.copyOf(lines);
      rejected = List.copyOf(rejected);
    }

    public Done(List<String> lines) {
      this(lines, List.of());
    }
  }

  record Refused(List<ContestError> problems) implements StepOutcome {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal says why");
      }
    }
  }

  static Refused refused(ContestError problem) {
    return new Refused(List.of(problem));
  }
}
