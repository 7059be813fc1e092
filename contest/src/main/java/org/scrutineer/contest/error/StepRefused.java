package org.scrutineer.contest.error;

import java.util.Objects;

/**
 * A step cannot run now: {@code STEP PROBLEM: FIX}.
 *
 * @param step the command's name, e.g. {@code tally}
 * @param problem e.g. {@code needs the ballot box closed}
 * @param fix e.g. {@code run `scrutineer contest close` first}
 */
public record StepRefused(String step, String problem, String fix) implements ContestError {
  public StepRefused {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String message() {
    return step + " " + problem + ": " + fix;
  }

  @Override
  public String toString() {
    return message();
  }
}
