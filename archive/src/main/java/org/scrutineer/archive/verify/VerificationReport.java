package org.scrutineer.archive.verify;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.tally.ElectionResult;

/**
 * What the verifier found: every finding in archive order, and what the archive holds — the
 * election, how many ballots were cast and counted, and the verified result when it is tallied.
 */
public record VerificationReport(
    List<Finding> findings,
    Optional<Election> election,
    long eventCount,
    long ballotsCast,
    long ballotsCounted,
    BigInteger totalWeight,
    Optional<ElectionResult> result) {

  public VerificationReport {
    findings = List.copyOf(findings);
  }

  /** True when no finding is an error. */
  public boolean passed() {
    return findings.stream().noneMatch(finding -> finding.severity() == Finding.Severity.ERROR);
  }

  public List<Finding> errors() {
    return findings.stream().filter(finding -> finding.severity() == Finding.Severity.ERROR).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(finding -> finding.severity() == Finding.Severity.WARNING).toList();
  }

  /** Whether the archive holds a verified result. */
  public boolean tallied() {
    return result.isPresent();
  }
}
