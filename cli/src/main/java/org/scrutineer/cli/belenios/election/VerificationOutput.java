package org.scrutineer.cli.belenios.election;

import java.util.List;
import org.scrutineer.archive.verify.Finding;
import org.scrutineer.archive.verify.VerificationReport;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;

/**
 * Renders a {@link VerificationReport} as belenios-tool's {@code election verify} speaks: {@code W:}
 * lines, {@code W: no result to check} for an archive not yet tallied, {@code I: all checks passed};
 * on failure every error as an {@code E:} line, then the one failure line.
 */
final class VerificationOutput {
  private VerificationOutput() {}

  /** Prints the report; throws the failure when it has errors. */
  static void render(CommandEnvironment environment, VerificationReport report) {
    report.warnings().forEach(warning -> environment.warning(warning.toString()));
    List<Finding> errors = report.errors();
    if (!errors.isEmpty()) {
      errors.forEach(error -> environment.error("E: " + error));
      throw new CommandFailure(
          "verification failed with " + errors.size() + (errors.size() == 1 ? " error: " : " errors, the first: ")
              + errors.get(0));
    }
    if (!report.tallied()) {
      environment.warning("no result to check");
    }
    environment.info("all checks passed");
  }
}
