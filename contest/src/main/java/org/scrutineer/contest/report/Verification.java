package org.scrutineer.contest.report;

import java.util.Objects;

/**
 * One statement of what was verified, and how it came out: the report says {@link Status#NOT_RUN}
 * rather than leave a check out or claim one that did not run.
 *
 * @param check what was checked, e.g. {@code member: counted archive sections/member/counted}
 * @param detail how, or what failed, e.g. {@code every check of belenios-tool election verify (…)}
 */
public record Verification(String check, Status status, String detail) {
  public Verification {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    if (check == null || check.isBlank()) {
      throw new IllegalArgumentException("a verification names its check");
    }
  }

  public enum Status {
    PASSED("passed"),
    FAILED("FAILED"),
    NOT_RUN("not run");

    private final String word;

    Status(String word) {
      this.word = word;
    }

    /** As the report prints it. */
    public String word() {
      return word;
    }
  }
}
